"""A term the book names may open with a classifying word of ``terms.vague_modifiers`` ("actual yield", "primary
deviance", "total lung capacity"); the same word anywhere else still makes a fragment ("small amounts", "major
player", "good example").

Why (issue 11, prose glossary recall): ``is_term`` refused every name holding such a word and ``term_of`` dropped
it, so about 24 glossary terms of the development chapters could never be defined.  Only the book's own naming
keeps the word: a naming verb's name ("is called / known as / referred to as X", "X refers to", "X is defined
as") or the subject of a genus-and-differentia definition, and only words that classify
(``terms.naming_modifiers``); a size or rank word under "a"/"an" describes one case ("is referred to as a major
crash", ``terms.naming_sizes``).  Sentences are invented.
"""

from __future__ import annotations

import pytest

from proda.ingest.extract.l1_terms import l1_term
from proda.ingest.extract.terms import is_term
from tests.definitions_util import defined, kept_definitions


@pytest.mark.parametrize("name,sentence", [
    ("actual yield", "The mass of product collected is called the actual yield."),
    ("primary election", "A primary election is a vote in which party members choose their candidate."),
    ("total fertility rate", "The total fertility rate is the average number of children that a woman bears."),
    ("first messenger", "The first messenger refers to the hormone that binds to the receptor on the cell."),
    ("common law", "Law that judges build from earlier rulings is known as common law."),
    ("specific heat", "Specific heat is the amount of heat that raises one gram of a substance by one degree."),
    ("great vessels", "The arteries and veins that enter and leave the heart are called the great vessels."),
    ("third ventricle", "The third ventricle is the space between the left and right halves of the brainstem."),
    ("low-spin complexes", "Complexes in which the electrons are paired are called low-spin complexes."),
])
def test_the_books_name_keeps_its_classifying_word(name, sentence):
    assert name in defined(sentence)


@pytest.mark.parametrize("sentence", [
    "The sudden drop in prices is referred to as a major crash.",
    "The new compound is known as a large molecule.",
    "A good example is called a case study.",
    "The first step is a process that separates the ions from the water.",
    "Many cells are structures that divide rapidly in the embryo.",
    "The main idea is a claim that societies change over time.",
    "The other method is a technique that uses heat to separate the metals.",
    "Several reactions are processes that release energy into the room.",
    # an "of" phrase's relation graded, a rank on a rank, a counted point, a size without "the"
    "Common causes of inflation are policies that increase the money supply.",
    "The actual distribution of votes is an outcome that differs from the polls.",
    "The first major function of the kidney is filtration that removes waste from the blood.",
    "The second mechanism is transport in the form of bicarbonate, which dissolves in plasma.",
    "Large anions are a component of the inner membrane that faces the cytosol.",
    "Cortical regions can be described as primary sensory or motor areas, or association areas.",
])
def test_fragments_stay_undefined(sentence):
    names = defined(sentence) | {a.lower(): "alias" for d in kept_definitions(sentence) for a in d.aliases or []}
    assert not any(w in n.split() for n in names for w in
                   ("major", "large", "good", "first", "second", "many", "main", "other", "several", "common",
                    "actual")), names


def test_termhood_keeps_the_word_only_for_a_named_term():
    assert not is_term("actual yield") and is_term("actual yield", named=True)
    assert not is_term("major player", named=False)
    for fragment in ("good example", "many cases", "other method", "first step", "yield actual", "actual"):
        assert not is_term(fragment, named=True), fragment
    ev = {"defined": True, "docs": 1, "sections": 1}
    assert l1_term("primary deviance", ev) and not l1_term("primary deviance", {"docs": 1, "sections": 1})


@pytest.mark.parametrize("sentence", [
    "The new system is a network that links every hospital in the region.",
    "The small company is a firm that makes parts for cars.",
    "The high dose is an amount that causes side effects in most patients.",
    "The common goal is a target that both sides share.",
    "The actual value is a number that differs from the estimate.",
    "The total loss is a sum that the insurer must pay.",
    "The new species is an organism that has adapted to the dry climate.",
    "The minor injury is a wound that heals within a week.",
    "The new policy refers to a plan that cuts taxes for small firms.",
])
def test_a_subject_under_the_with_a_classifying_word_and_everyday_noun_is_one_thing_pointed_at(sentence):
    """Review R5 of 97b2919: "The new system is a network that ..." describes the system the text is about; a
    classifying word under "the" names a term only with the subject's own vocabulary ("The third ventricle",
    "The total fertility rate") or a proper name ("The New Left")."""
    names = defined(sentence)
    assert not any(n.split()[0] in ("new", "small", "high", "common", "actual", "total", "minor") for n in names), names


@pytest.mark.parametrize("name,sentence", [
    ("new left", "The New Left is an amalgam of movements on the left of the political spectrum that want change."),
    ("relative humidity", "The relative humidity is the ratio of water vapor in the air to the most it can hold."),
    ("major premise", "The major premise refers to the general statement in a syllogism."),
    ("total pressure", "Total pressure is the sum of all the partial pressures of a gaseous mixture."),
])
def test_a_named_subject_keeps_its_classifying_word(name, sentence):
    assert name in defined(sentence)
