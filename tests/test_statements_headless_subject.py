"""Statements (audit round 18, sociology: "many Eastern European | have | mixed economies" from "Many Eastern
European and some South American countries have mixed economies"): in a coordination of modifiers that share one
head noun, the parser made the first modifier the head of its own conjunct, and the subject kept no noun
(``subject_shape.headless_conjunct``).  Kept: the other conjunct, and a plural or noun-headed first conjunct."""

from __future__ import annotations

import pytest

from tests.statements_util import triples

pytest.importorskip("spacy")


def test_a_modifier_left_without_its_shared_noun_is_no_subject():
    got = triples("Many Northern European and some East Asian states have mixed economies.")
    assert not any(s.lower().endswith("european") for s, _, _ in got), got


def test_kept_the_conjunct_with_the_noun_and_nouns_of_their_own():
    got = triples("Many Northern European and some East Asian states have mixed economies.")
    assert any(s.endswith("East Asian states") for s, _, _ in got), got
    got = triples("Many farmers and some traders have large debts.")
    assert {s for s, _, _ in got} >= {"many farmers", "some traders"} or len(got) >= 2, got


def test_kept_both_of_a_pair():
    """"both X and Y" is a correlative pair, not a plural quantifier on X: "anemia" keeps its statement."""
    got = triples("Both anemia and ulcers are common in older adults.")
    assert ("anemia", "are common in", "older adults") in got, got


def test_kept_a_noun_whose_plural_is_its_singular():
    """Review R1: "fish", "aircraft" are tagged NN under "many"/"several" though plural; beside a bare plural noun
    they are heads of their own, not modifiers of it (the headless shape needs a modifier on the plural noun)."""
    assert ("many fish", "migrate in", "winter") in triples("Many fish and birds migrate in winter.")
    assert any(s == "several aircraft" for s, _, _ in triples("Several aircraft and ships patrol the coast."))
