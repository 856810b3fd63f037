"""Statements (audit round 17, chemistry 11: "solid-liquid curve for solution | is_displaced_for | pure solvent" from
"... is displaced left of that for the pure solvent", a wrong fact): the phrase of a standard pronoun ("that for X",
"those of X": the subject's noun again) was hung on the verb, so the frame kept "for X" and lost "left of that"
(``scope_limits._standard_split`` in ``complement_cut``).  Kept sibling: the comparison spelled out with its noun
("displaced to the left of the curve for the pure metal") stays as it was."""

from __future__ import annotations

import pytest

from tests.statements_util import triples

pytest.importorskip("spacy")


def test_a_phrase_of_a_standard_pronoun_is_no_phrase_of_the_verb():
    text = "The melting curve for the alloy is displaced left of that for the pure metal."
    assert not [t for t in triples(text) if t[1].startswith("is displaced")], triples(text)


def test_the_spelled_out_comparison_is_kept():
    text = "The curve for the alloy is displaced to the left of the curve for the pure metal."
    assert ("curve for alloy", "is displaced to", "left of curve for pure metal") in triples(text), triples(text)
