"""Statements (audit round 17, sociology: "X | affect | Women" from "Women are affected adversely by X", judged
polarity_inverted): an adverb that gives a neutral verb of influence its sign ("adversely affected", "favorably
influences", "detrimentally affects") is a sign the predicate drops, as "inversely related" is (``limits.sign_lost``,
``hedges.sign``): the frame is refused rather than kept neutral.  Kept siblings: the same verbs without such an
adverb ("are affected by", "influences")."""

from __future__ import annotations

import pytest

from tests.statements_util import triples

pytest.importorskip("spacy")


@pytest.mark.parametrize("text", [
    "Farmers are affected adversely by the long drought in the southern valleys.",
    "Farmers are adversely affected by the long drought in the southern valleys.",
    "The long drought adversely affects farmers in the southern valleys.",
    "The long drought favorably influences the price of stored grain.",
    "The long drought detrimentally affects the yield of winter wheat.",
])
def test_a_sign_adverb_the_predicate_drops_refuses_the_frame(text):
    assert not [t for t in triples(text) if t[1].startswith(("affect", "influence"))], triples(text)


@pytest.mark.parametrize("text, subject, predicate", [
    ("Farmers are affected by the long drought in the southern valleys.", "long drought", "affects"),
    ("The long drought influences the price of stored grain.", "long drought", "influences"),
])
def test_the_same_verb_without_a_sign_adverb_is_kept(text, subject, predicate):
    assert any(s.startswith(subject) and p == predicate for s, p, _ in triples(text)), triples(text)


@pytest.mark.parametrize("text, subject, predicate", [
    # review R22 (finding 2, of f0d6aba): on a verb that is no neutral verb of influence the adverb is no lost sign
    ("The committee responded favorably to the proposal.", "committee", "responded to"),
    ("The voters reacted unfavorably to the new tax.", "voters", "reacted to"),
    ("The drought adversely reduced the yield of wheat.", "drought", "reduced"),
])
def test_a_sign_adverb_on_another_verb_keeps_the_frame(text, subject, predicate):
    assert any(s.startswith(subject) and p == predicate for s, p, _ in triples(text)), triples(text)
