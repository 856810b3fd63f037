"""Definitions a teacher reads in prose that the sentence rules missed (second wave of issue #11 on the development
chapters of sociology 02/04/08/09/10/15 and political science 01/03/07/09/15/16, checked on chemistry and anatomy):
the active "A define(s) X as Y", with the definer named, and a verb predicate "X describes Y" where a bare concept
name opens the sentence; and the look-alikes that must stay undefined."""

from __future__ import annotations

import pytest

from proda.ingest.extract.definitions import definitions_in
from proda.ingest.termhood import full_nlp
from tests.definitions_util import defined as _defined


@pytest.mark.parametrize("name,sentence", [
    ("gatekeeping", "Shoemaker and Vos (2009) define gatekeeping as the sorting process by which thousands of possible "
                    "messages are shaped into a mass media-appropriate form and reduced to a manageable amount."),
    # sociology 08 (the parse tags "define" a noun and "gatekeeping" a gerund)
    ("civil disobedience", "Liberal political philosopher John Rawls defines civil disobedience as a “public, "
                           "nonviolent, conscientious yet political act contrary to law usually done with the aim of "
                           "bringing about a change in the law or policies of the government.”"),  # political science 07
    ("bond order", "When using Lewis structures to describe the distribution of electrons in molecules, we define bond "
                   "order as the number of bonding pairs of electrons between two atoms."),  # chemistry 05
    ("religion", "As stated earlier, French sociologist Émile Durkheim (1858–1917) defined religion as a “unified "
                 "system of beliefs and practices relative to sacred things” (1915)."),  # sociology 15: past, his own
    ("marriage", "For our purposes, we’ll define marriage as a legally recognized social contract between two people, "
                 "traditionally based on a sexual relationship and implying a permanence of the union."),  # sociology 14
])
def test_a_definer_defines_x_as_y(name, sentence):
    assert _defined(sentence).get(name) == "defined_as"


@pytest.mark.parametrize("sentence", [
    "Some define it as an issue of physical health, while others simply define it by chronological age.",  # sociology 13
    "If one defines science as a body of universal laws about an unchanging universe, then politics is not and cannot "
    "be a science.",  # political science 01: a supposition
    "Prior to 1973, the American Psychological Association (APA) defined homosexuality as an abnormal or deviant "
    "disorder.",  # sociology 12: a past reading set in its time
])
def test_one_reading_among_others_or_a_supposition_defines_nothing(sentence):
    assert _defined(sentence) == {}


@pytest.mark.parametrize("name,sentence", [
    ("subjective poverty", "Subjective poverty describes poverty that is composed of many dimensions; it is "
                           "subjectively present when your actual income does not meet your expectations and "
                           "perceptions."),  # sociology 10
    ("social mobility", "Social mobility describes a shift from one social class to another."),  # sociology 09
    ("respiratory volume", "Respiratory volume describes the amount of air in a given space within the lungs, or which "
                           "can be moved by the lung, and is dependent on a variety of factors."),  # anatomy 22
    ("electron spin", "Electron spin describes an intrinsic electron \"rotation\" or \"spinning.\""),  # chemistry 03
])
def test_a_bare_concept_name_that_describes_y_is_defined(name, sentence):
    assert _defined(sentence).get(name) == "refers_to"


@pytest.mark.parametrize("sentence", [
    "This quantum number describes the shape or type of the orbital.",  # chemistry 03: a word of the context
    "John Stuart Mill describes the idea in a slightly different way: “The mass do not now take their opinions from "
    "dignitaries in Church or State, from ostensible leaders, or from books.",  # political science 05: a person
    "Equation 3 describes the rate of the reaction.",
])
def test_a_thing_or_person_that_describes_defines_nothing(sentence):
    assert _defined(sentence) == {}


def test_a_verb_predicate_defines_only_at_the_terms_first_mention():
    # chemistry 03: after "The electron spin is a different kind of property." the passage has used the term; the
    # second sentence tells more about it (a verb predicate without a copula cannot show that it introduces X)
    passage = ("The magnitude of the overall electron spin can only have one value, and an electron can only spin in "
               "one of two quantized states. Electron spin describes an intrinsic electron rotation.")
    doc = full_nlp()(passage)
    found = [f.name for fs in definitions_in(doc, list(doc.sents)).values() for f in fs if f.definition]
    assert "electron spin" not in found


def test_x_or_y_describes_keeps_y_as_another_name():
    s = ("Majority theory, or majoritarianism, describes the roles and responsibilities of the majority and who has "
         "the power to shape the rules of government and society.")  # political science 07 (glossary: majoritarianism)
    doc = full_nlp()(s)
    found = [f for fs in definitions_in(doc, list(doc.sents)).values() for f in fs if f.definition]
    assert [(f.name, f.aliases) for f in found] == [("majority theory", ["majoritarianism"])]


@pytest.mark.parametrize("name,sentence", [
    ("internal respiration", "External respiration refers to gas exchange that occurs in the alveoli, whereas internal "
                             "respiration refers to gas exchange that occurs in the tissue."),  # anatomy 22
    ("technological globalization", "As the names suggest, media globalization is the worldwide integration of media "
                                    "through the cross-cultural exchange of ideas, while technological globalization "
                                    "refers to the cross-cultural development and exchange of technology."),  # sociology 08
    ("ethnicity", "The idea of race refers to superficial physical differences that a particular society considers "
                  "significant, while ethnicity describes shared culture."),  # sociology 11
])
def test_the_second_half_of_a_contrast_defines_its_own_term(name, sentence):
    assert _defined(sentence).get(name) == "refers_to"


@pytest.mark.parametrize("sentence", [
    "Since the term sex refers to biological or physical distinctions, characteristics of sex will not vary "
    "significantly between different human societies.",  # sociology 12: a reason clause
    "Although CFT successfully describes many properties of coordination complexes, molecular orbital explanations "
    "(beyond the introductory scope provided here) are required to understand fully the behavior of coordination "
    "complexes.",  # chemistry 19: a concession
])
def test_another_adverbial_clause_defines_nothing(sentence):
    assert _defined(sentence) == {}


@pytest.mark.parametrize("sentence", [
    # constructed look-alikes (no book sentence of this shape was found): a bare everyday word names no term
    "History describes the rise of the nation-state.",
    "Evidence describes a clear trend.",
])
def test_an_everyday_word_that_describes_defines_nothing(sentence):
    assert _defined(sentence) == {}
