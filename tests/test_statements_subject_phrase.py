"""Statements (S16-A): a subject's own restricting phrase stays in the subject.  "A diet with excessive fructose
has been implicated in gout" gave "diet | has been implicated in | gout" -- a claim of every diet; only "of" and the
prepositions of ``args.attach_preps`` were kept.  On a subject before its verb, "with X", "from X", "by X" (and the
other ``args.subject_preps``) say WHICH thing the clause is about (``arguments._restricted_subject``).  Kept
siblings: the phrases already kept ("cells in the kidney"), a phrase set off by commas (an aside, still left out),
an object's "with" (it may be the verb's), and a subject without a phrase."""

from __future__ import annotations

import pytest

from tests.statements_util import triples

pytest.importorskip("spacy")


@pytest.mark.parametrize("text, subject", [
    ("A diet with excessive fructose has been implicated in gout.", "diet with excessive fructose"),
    ("Sugar from the diet raises blood glucose.", "sugar from diet"),
    ("Careful supervision by trained nurses lowers the rate of infection.", "careful supervision by trained nurses"),
    ("A diet with little fibre is a cause of chronic constipation.", "diet with little fibre"),
])
def test_the_subjects_restricting_phrase_stays(text, subject):
    got = triples(text)
    assert got and all(s == subject for s, _, _ in got), got


@pytest.mark.parametrize("text, subject", [
    ("Cells in the kidney filter the blood.", "cells in kidney"),
    ("Workers without unions earn lower wages.", "workers without unions"),
    ("The rate of the reaction increases with temperature.", "rate of reaction"),
    ("The kidney filters the blood with great efficiency.", "kidney"),
])
def test_phrases_kept_before_and_frames_without_one_stay_as_they_were(text, subject):
    got = triples(text)
    assert got and all(s == subject for s, _, _ in got), got


def test_an_active_subject_with_with_is_still_read_as_acting_jointly():
    """("A with B forms C": ``scope.joint`` refuses it; a subject's "with" phrase does not reopen it.)"""
    assert triples("A soil with a high clay content holds water.") == []


def test_an_aside_set_off_by_commas_stays_out():
    got = triples("Careful supervision, by contrast, lowers the rate of infection.")
    assert all("contrast" not in s for s, _, _ in got), got


def test_the_phrase_is_kept_whole_or_the_frame_refused():
    """"solutions with pH" says something else than "solutions with a pH below 7" (its number refuses it)."""
    assert not [s for s, _, _ in triples("Solutions with a pH below 7 are acids.") if s == "solutions with pH"]
    got = triples("Theories about the function of the body and about disease were based on observation.")
    assert got and all(s == "theories about function of body and about disease" for s, _, _ in got), got


def test_an_adverbial_idiom_is_no_restriction():
    assert triples("Carbon by definition is an element.") == [("carbon", "is", "element")]


def test_a_subject_a_lone_comma_parts_from_its_verb_is_a_misparse():
    """("..., flood into the old city, build tents": a verb read as the subject noun.)"""
    got = triples("On May 1st, flood into the old city, build tents, kitchens and barricades and occupy the square.")
    assert not [s for s, _, _ in got if s.startswith("flood")], got
    got = triples("Blood from the capillaries, which is low in oxygen, collects in the venous sinuses.")
    assert got and all(s == "blood from capillaries" for s, _, _ in got), got
