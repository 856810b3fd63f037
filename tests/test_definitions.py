"""Definitions a teacher accepts: the sentence says what the term IS or MEANS, and the defined subject is exactly it.

The rejected sentences are copied from the round-3 audit sheets (docs/audits/independent-2026-11-29/round3/
*-concepts.csv and *-train.csv, kind template:open_qa/definition), where a judge rejected them as definitions: they
describe, evaluate, exemplify or use a term, or define a neighbouring one.  Both gates are checked: the extractor's
sentence rules (:func:`proda.ingest.extract.definitions.definitions`) and the stored-definition check
(:func:`proda.ingest.termhood.valid_definitions`).
"""

from __future__ import annotations

import pytest

from proda.config import ResolutionConfig
from proda.ingest.extract.definitions import definitions
from proda.ingest.extract.nlp import load_nlp
from proda.ingest.resolve import Resolver
from proda.ingest.termhood import valid_definitions
from proda.models import ConceptDraft


def _extracted(sentence: str) -> dict[str, str]:
    """name -> definition of every defining construction the extractor finds in ``sentence``."""
    doc = load_nlp()(sentence)
    return {f.name.lower(): f.definition for s in doc.sents for f in definitions(s) if f.definition}


def _kept(name: str, sentence: str, how: str = "is_a") -> bool:
    return bool(valid_definitions([ConceptDraft(name=name, definition=sentence, how=how)])[0].definition)


# the judge's class of rejection, the term, the book's sentence
REJECTED = [
    ("a neighbouring term's definition", "urbanization",
     "Urbanization is the study of the social, political, and economic relationships in cities, and someone "
     "specializing in urban sociology studies those relationships."),
    ("a classification, not what it means", "radioactivity", "Radioactivity is a form of air pollution."),
    ("a property", "socialization",
     "Socialization is a lifelong process that reoccurs as we enter new phases of life, such as adulthood or senior "
     "age."),
    ("an evaluation", "polarization",
     "Polarization is a systemic threat that can affect politics all across a political system."),
    ("a part, not a genus", "conflict",
     "Conflict is a natural part of a system in which multiple organizations vie for access to limited common "
     "resources and sovereign states may choose from many different courses of action."),
    ("a perspective", "balance of power",
     "The balance of power is a classic realist way of seeing the structure of the international system."),
    ("a relation", "security dilemma",
     "The security dilemma is the byproduct of a system in which states are motivated to act in their own interest."),
    ("an example", "cuban missile crisis",
     "The Cuban Missile Crisis is a classic example of how each of the three levels of analysis plays a role in "
     "complex potential or realized international conflicts."),
    ("an example", "north korea",
     "North Korea is an example of a modern state that leans on deterrence through military means."),
    ("a part, not a genus", "nongovernmental organizations",
     "Nongovernmental organizations are part of a system that works to benefit people rather than states."),
    ("tied to its context", "ultraviolet radiation",
     "Ultraviolet radiation is the source of the energy that drives this reaction in the upper atmosphere."),
    ("a second clause about something else", "speeding",
     "Speeding is a deviant act, but receiving a speeding ticket generally does not make others view you as a bad "
     "person, nor does it alter your own self-concept."),
    ("a judgement", "native americans", "Native Americans are unquestionably victims of environmental racism."),
]


@pytest.mark.parametrize("why,name,sentence", REJECTED, ids=[f"{r[1]}: {r[0]}" for r in REJECTED])
def test_a_sentence_that_describes_evaluates_or_exemplifies_defines_nothing(why, name, sentence):
    assert name not in _extracted(sentence)
    assert not _kept(name, sentence)


@pytest.mark.parametrize("name,sentence", [
    # a neighbouring term: "its 'specific heat'" is not "heat", "the most superficial region" is no term
    ("heat", "The specific heat capacity (c) of a substance, commonly called its “specific heat,” is the quantity of "
             "heat required to raise the temperature of 1 gram of a substance by 1 degree Celsius (or 1 kelvin)."),
    ("region of adrenal cortex", "The most superficial region of the adrenal cortex is the zona glomerulosa, which "
                                 "produces a group of hormones collectively referred to as mineralocorticoids."),
    ("disease", "In contrast, the hyposecretion of corticosteroids can result in Addison’s disease, a rare disorder "
                "that causes low blood glucose levels and low blood sodium levels."),
    ("u.s. megalopolis", "New York was the first U.S. megalopolis, a huge urban corridor encompassing multiple cities "
                         "and their surrounding suburbs."),
    ("medial region", "The medial region, called the isthmus, is flanked by wing-shaped left and right lobes."),
    ("shoulder joint", "At the hip joint, the head of the femur articulates with the acetabulum of the hip bone, and "
                       "at the shoulder joint, the head of the humerus articulates with the glenoid cavity of the "
                       "scapula."),
    ("scarlet fever", "One common trigger for this inflammation is rheumatic fever, or scarlet fever, an autoimmune "
                      "response to the presence of a bacterium, Streptococcus pyogenes."),
    ("final bond", "The final bond, belief, is an agreement on common values in society."),
    ("net result", "The net result is a forward and downward motion of the condyle and mandibular depression."),
    ("hydrogen carbonate", "The carbon dioxide was then dissolved in water, reacting to produce hydrogen carbonate, "
                           "a weak acid that subsequently ionized to yield bicarbonate and hydrogen ions."),
    ("essential norm", "Recognition as a state within the international system of states is an essential norm—a "
                       "generally accepted rule, institution, or behavior—that forms the foundation of international "
                       "relations."),
    # a named person or a citation described, no term
    ("timothy j. mckeown", "Timothy J. McKeown, “The Cuban Missile Crisis and Politics as Usual,” The Journal of "
                           "Politics 62, no. 1 (2000): 70–87."),
    ("émile durkheim", "Émile Durkheim: The Essential Nature of Deviance"),
    # a consequence, not a meaning
    ("collision", "More collisions mean a faster reaction rate, assuming the energy of the collisions is adequate."),
    ("anarchic nature of international system",
     "The anarchic nature of the international system means that intergovernmental organizations are not able to "
     "take meaningful preventive action to head off a state’s decision."),
    # what it names is in another sentence
    ("cuban missile crisis", "This 13-day standoff has become known as the Cuban Missile Crisis."),
    ("core-periphery model", "This view is known as the core-periphery model."),
    # a list item is not glossed by its neighbour
    ("perception of physical threat", "Psychological stresses include the perception of a physical threat, a fight "
                                      "with a loved one, or just a bad day at school."),
])
def test_the_defined_name_is_exactly_the_sentences_subject(name, sentence):
    assert name not in _extracted(sentence)


@pytest.mark.parametrize("name,sentence", [
    ("ozone", "Ozone is a relatively unstable molecule that decomposes to yield diatomic oxygen."),
    ("heat", "Heat is the transfer of thermal energy between objects at different temperatures."),
    ("gout", "Gout is a form of arthritis that results from the deposition of uric acid crystals within a body joint."),
    ("resocialization", "Resocialization is a process that removes the socialization we have developed over time and "
                        "replaces it with newly learned rules and roles."),
    ("realism", "Realism is a theory of international relations that places states at the center of the system."),
    ("game theory", "Game theory is a way of conceptualizing what motivates a political actor in terms of the steps "
                    "the actor takes to reach what they deem to be the optimal outcome for themselves."),
    ("articular cartilage", "Friction between the bones at a synovial joint is prevented by the presence of the "
                            "articular cartilage, a thin layer of hyaline cartilage that covers the entire "
                            "articulating surface of each bone."),
    ("culture lag", "Coined by William Ogburn, the term culture lag refers to the time that passes before a new item "
                    "is accepted."),
    ("exothermic process", "A change that releases heat is called an exothermic process."),
    ("corporate crime", "An often overlooked category is corporate crime, or crime committed by white-collar workers "
                        "in a business environment."),
    ("greenhouse effect", "The greenhouse effect is the warming of the surface by radiation trapped by gases in the "
                          "atmosphere."),
    ("strong acid", "A strong acid is an acid that ionizes completely in water."),
    ("semi-presidential system", "A system with both a president and a prime minister is called a "
                                 "semi-presidential system."),
    ("standard electrocardiograph", "The standard electrocardiograph (the instrument that generates an ECG) uses "
                                    "3, 5, or 12 leads."),
    ("anticipatory socialization", "Just as young children pretend to be doctors or lawyers, play house, and dress "
                                   "up, adults also engage in anticipatory socialization, the preparation for future "
                                   "life roles."),
])
def test_a_genus_and_differentia_is_still_a_definition(name, sentence):
    assert name in _extracted(sentence)
    assert _kept(name, sentence, {"culture lag": "refers_to", "exothermic process": "called",
                                  "articular cartilage": "appos_def", "corporate crime": "gloss",
                                  "anticipatory socialization": "appos_gloss", "semi-presidential system": "called",
                                  "standard electrocardiograph": "appos_def"}.get(name, "is_a"))


def test_a_name_given_to_the_previous_sentence_is_named_but_not_defined():
    """"This view is known as the core-periphery model": a term (judged so), but no definition to teach."""
    doc = load_nlp()("This intolerant stance on views that a government deems intolerant is referred to as the "
                     "paradox of tolerance.")
    found = [f for s in doc.sents for f in definitions(s)]
    assert [(f.name, f.definition) for f in found] == [("paradox of tolerance", "")]


class _NoModel:
    def encode(self, texts):  # pragma: no cover - the exact pass must not embed
        raise AssertionError("the model must not be used")


def test_a_one_letter_symbol_does_not_merge_two_glossary_terms():
    """Round 3: "heat (q)" and "reaction quotient (Q)" became one concept through the key "q", and the quiz asked
    for "heat" with reaction quotient's definition; "heat capacity (C)" took "specific heat capacity (c)"'s."""
    res = Resolver(ResolutionConfig(enabled=False), embedder=_NoModel()).resolve([
        ConceptDraft(name="heat (q)", definition="transfer of thermal energy between two bodies",
                     how="definition_list"),
        ConceptDraft(name="reaction quotient (Q)", definition="mathematical function describing the relative amounts "
                     "of reactants and products in a reaction mixture", how="definition_list"),
        ConceptDraft(name="heat capacity (C)", definition="extensive property of a body of matter",
                     how="definition_list"),
        ConceptDraft(name="specific heat capacity (c)", definition="intensive property of a substance",
                     how="definition_list"),
    ])
    got = {c.name: c.definition for c in res.concepts}
    assert got["heat"].startswith("transfer of thermal energy")
    assert got["reaction quotient"].startswith("mathematical function")
    assert got["heat capacity"].startswith("extensive") and got["specific heat capacity"].startswith("intensive")
