"""Prose definitions in two shapes without a noun genus (issue 11 item 3, prose-only glossary recall): "Xs are those
who/that/whose ..." (the pronoun stands for X's class, its relative clause is the differentia) and "X is when S" (a
state or practice defined by the situation it names).  Each is refused where the sentence only characterises or
dates something: a restricted or pointing subject, a past copula, an ordinal/generic subject, a when-clause with no
subject of its own, a negation.
"""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.definitions_util import defined  # noqa: E402


@pytest.mark.parametrize("sentence, name", [
    ("Migratory birds are those that travel between breeding and wintering grounds each year.", "migratory birds"),
    ("Seasonal workers are those who are hired only for part of the year.", "seasonal workers"),
    ("Compound leaves are those whose blade is divided into separate leaflets.", "compound leaves"),
    ("Closed ballots are those in which no voter can see another voter's choice.", "closed ballots"),
])
def test_xs_are_those_who_defines(nlp, sentence, name):
    assert name in defined(sentence, nlp)


@pytest.mark.parametrize("sentence", [
    "Often the towns that suffer the most are those that depend on a single factory.",  # restricted subject
    "These farmers are those who lost their land in the flood.",  # pointing subject
    "The winners were those who finished before noon.",  # past: who they were then
    "Many farmers are not those who own the land they work.",  # negated
    "Farmers are those.",  # no clause
])
def test_those_without_a_defining_subject_or_clause_defines_nothing(nlp, sentence):
    assert not defined(sentence, nlp)


@pytest.mark.parametrize("sentence, name", [
    ("Sharecropping is when a farmer works land owned by another person in exchange for part of the crop.",
     "sharecropping"),
    ("Crop rotation is when a farmer plants different crops on the same field in successive seasons.",
     "crop rotation"),
])
def test_x_is_when_a_clause_defines(nlp, sentence, name):
    assert name in defined(sentence, nlp)


@pytest.mark.parametrize("sentence", [
    "The best time to plant is when the soil is warm.",  # a time, not a term
    "The first is when the rivers flood in spring.",  # an ordinal standing for something said before
    "The harvest was when the whole village worked together.",  # past: a story
    "Sharecropping is not when a farmer owns the land.",  # negated
    "This practice is when a farmer rents land.",  # pointing subject
    "Sharecropping is common when land is scarce.",  # a characterisation with a condition
    "Sharecropping is when convenient.",  # no clause with a subject of its own
])
def test_is_when_that_dates_or_characterises_defines_nothing(nlp, sentence):
    assert not defined(sentence, nlp)
