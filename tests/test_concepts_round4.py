"""Concepts a teacher rejected in audit round 4 (docs/audits/independent-2026-11-29/round4/*-concepts.csv).

Each sentence is the book's; the judge's reason is in the id.  Both definition gates are checked: the extractor's
sentence rules (:func:`proda.ingest.extract.definitions.definitions`) and the stored-definition check
(:func:`proda.ingest.termhood.valid_definitions`).  The accepted sentences of the same sheets must stay definitions.
"""

from __future__ import annotations

import pytest

from proda.ingest.extract.definitions import definitions
from proda.ingest.extract.nlp import load_nlp
from proda.ingest.extract.terms import heading_term, is_term
from proda.ingest.termhood import valid_definitions
from proda.models import ConceptDraft


def _extracted(sentence: str) -> dict[str, str]:
    doc = load_nlp()(sentence)
    return {f.name.lower(): f.definition for s in doc.sents for f in definitions(s)}


def _kept(name: str, sentence: str, how: str) -> bool:
    return bool(valid_definitions([ConceptDraft(name=name, definition=sentence, how=how)])[0].definition)


REJECTED = [
    ("a role in one process", "nickel", "is_a",
     "Nickel is the catalyst used in the hydrogenation of polyunsaturated fats and oils (which contain several "
     "carbon–carbon double bonds) to produce saturated fats and oils (which contain only carbon–carbon single bonds)."),
    ("a story that mentions it, ranked by a superlative", "ammonia", "appos_def",
     "In the early 20th century, German chemist Fritz Haber developed a practical process for converting diatomic "
     "nitrogen, which cannot be used by plants as a nutrient, to ammonia, a form of nitrogen that is easiest for "
     "plants to absorb."),
    ("a measured value", "density of water", "is_a",
     "The density of water is 1.0 g/mL, so 425 mL of water = 425 g."),
    ("a class without a differentia", "environmental quality", "is_a",
     "Environmental quality is a widespread benefit."),
    ("the gloss's phrase belongs to the term", "causal mechanism", "gloss",
     "Nevertheless, even though most developed countries are democracies, it is difficult to establish a causal "
     "mechanism, or a link, between economic growth and democratic institutions."),
    ("an author and a title", "stone", "appos_def", "Stone, “The Scope of IMF Conditionality.”"),
    ("a lineage, not a genus", "libertarians", "is_a",
     "Libertarians are the heirs of John Stuart Mill’s philosophy as developed in On Liberty."),
    ("the dash explains the safeguard", "abusive property taxation", "appos_def",
     "This would be a safeguard against abusive property taxation—a forerunner of the principle, popularized in the "
     "American colonies, that there should be no taxation without some measure of popular representation."),
    ("the subject is named, not defined", "online environments", "refers_to",
     "Online environments in which the same opinions are repeatedly voiced and promoted to the exclusion of opposing "
     "views, often referred to as echo chambers, are a recurring and real problem."),
    ("what 'them' is, is another sentence's", "positive checks", "called",
     "He termed them “positive checks” because they increase mortality rates, thus keeping the population in check."),
    ("a use, not what it is", "symbolic interactionism", "is_a",
     "Symbolic interactionism is a theoretical approach that can be used to explain how societies and/or social "
     "groups come to view behaviors as deviant or conventional."),
]


# read on whole chapters of the round-4 political-science and sociology books (not held out)
REJECTED += [
    ("a citation: a person and a title", "f. a. hayek", "appos_gloss",
     "F. A. Hayek, The Road to Serfdom: Text and Documents, ed."),
    ("the noun after the comma is the main clause's subject", "social media", "appos_def",
     "When it comes to social media, the networked nature of the technology—being connected to multiple other "
     "networks of people—is also what makes it so powerful, as this characteristic is what allows users to share "
     "content widely."),
    ("the quoted word is defined, not the people who use it", "sociologists", "refers_to",
     "By “community,” sociologists refer to a definable region of a society, real terra firma—as small as a "
     "neighborhood (Brooklyn, or “the east side of town”), as large as a country (Ethiopia, Nepal or the U.S.), or "
     "somewhere in between."),
    ("a pronoun glosses nothing", "members of proletariat", "gloss",
     "According to Marx, in an industrialized society, most people become members of the proletariat, or those who "
     "sell their labor to a few large companies."),
    ("the gloss defines the inner noun", "use of cookies", "gloss",
     "This is accomplished by the use of cookies, or blocks of data that allow web browsers to track and save "
     "information about the sites people visit."),
]


@pytest.mark.parametrize("why,name,how,sentence", REJECTED, ids=[f"{r[1]}: {r[0]}" for r in REJECTED])
def test_a_sentence_that_only_mentions_or_uses_a_term_defines_nothing(why, name, how, sentence):
    assert not _extracted(sentence).get(name)
    assert not _kept(name, sentence, how)


@pytest.mark.parametrize("sentence", [
    "Heat Transfer between Substances at Different TemperaturesA 360.0-g piece of rebar (a steel rod used for "
    "reinforcing concrete) is dropped into 425 mL of water at 24.0 °C.",
    "Degrowth: A Vocabulary for a New Era (New York: Routledge, 2014), https://doi.org/10.4324/9780203796146.",
])
def test_a_heading_run_into_a_sentence_or_a_reference_is_no_stored_definition(sentence):
    name = "rebar" if "rebar" in sentence else "degrowth"
    assert not _kept(name, sentence, "appos_def")


@pytest.mark.parametrize("name,how,sentence", [
    ("calorimeter", "is_a", "A calorimeter is a device used to measure the amount of heat involved in a chemical or "
                            "physical process."),
    ("sovereignty", "is_a", "Sovereignty is the ability of a state to run its institutions without fear of "
                            "interference from other states or entities."),
    ("negative sanctions", "is_a", "Negative sanctions are punishments for violating norms."),
    ("suburbs", "is_a", "Suburbs are the communities surrounding cities, typically close enough for a daily commute in, "
                        "but far enough away to allow for more space than city living affords."),
    ("corporate crime", "gloss", "An often overlooked category is corporate crime, or crime committed by white-collar "
                                 "workers in a business environment."),
    # a past-tense sentence may introduce a term when its gloss repeats the term's head (a glossary term)
    ("knowledge institution", "appos_def", "The mid-2000s brought the idea of the World Bank as a knowledge "
                                           "institution, an institution that collects and publishes data and reports, "
                                           "and by 2010, the Bank initiated a more transparent approach to data."),
    # a superlative inside the differentia ("most stable states") does not rank the term; "precursor" is a genus
    ("standard enthalpy of formation", "is_a", "The standard enthalpy of formation, ΔHf°, is the enthalpy change "
                                               "accompanying the formation of 1 mole of a substance from the elements "
                                               "in their most stable states at 1 bar and 298.15 K."),
    ("angiotensinogen", "is_a", "Angiotensinogen is the precursor to angiotensin, mentioned earlier, which increases "
                                "blood pressure."),
    ("yellow journalism", "gloss", "In his 1919 work The Brass Check, Sinclair exposed the journalism industry’s "
                                   "penchant for yellow journalism, or journalism that relies on catchy titles and "
                                   "human interest stories to drive sales over well-researched articles or pieces."),
    ("street crime", "gloss", "When we think of crime, we often picture street crime, or offenses committed by "
                              "ordinary people against other people or organizations, usually in public spaces."),
    ("security pact", "appos_gloss", "A state can also obtain military protection by entering into a security pact, an "
                                     "agreement among multiple states to support each other in case of a military "
                                     "attack, such as NATO or the Warsaw Pact."),
    ("white flight", "refers_to", "In the United States, White flight refers to the migration of economically secure "
                                  "White people from racially mixed urban areas and toward the suburbs."),
    ("parole", "refers_to", "Parole refers to a temporary release from prison or jail that requires supervision and "
                            "the consent of officials."),
    ("power elite", "called", "In his book The Power Elite (1956), sociologist C. Wright Mills described the existence "
                              "of what he dubbed the power elite, a small group of wealthy and influential people at "
                              "the top of society who hold the power and resources."),
])
def test_accepted_definitions_of_the_same_sheets_stay(name, how, sentence):
    assert _extracted(sentence).get(name)
    assert _kept(name, sentence, how)


def test_a_heading_gives_its_whole_name_or_none():
    """"Atrioventricular (AV) Node" became the concept "node" (round 4); "20th-Century Fascists" names people of a
    period, not a term (the concept is fascism)."""
    nlp = load_nlp()
    assert heading_term(nlp("Atrioventricular (AV) Node")) == "atrioventricular node"
    assert heading_term(nlp("The Thyroid Gland")) == "thyroid gland"
    assert heading_term(nlp("Bond Strength: Covalent Bonds")) == "bond strength"  # a subtitle is not the name
    assert heading_term(nlp("20th-Century Fascists")) == ""
    assert not is_term("1960s protesters") and is_term("vitamin B12") and is_term("T3")
