"""Statements (audit round 17, chemistry 16: "net result | is | transfer of X from the anode to the cathode" and its
cloze "The net result is _____." judged out of context): an outcome noun with "the" and no "of" phrase ("The net
result", "The end result", "the overall outcome") is the outcome of what the sentences before describe
(``subject_shape.outcome_of_before``).  Kept sibling: an outcome that names its own process ("The net result of
osmosis is ...") or places it ("The vote result in each town determines ...")."""

from __future__ import annotations

import pytest

from tests.statements_util import triples

pytest.importorskip("spacy")


@pytest.mark.parametrize("text", [
    "The net result is the transfer of water from the tank to the pipe.",
    "The end result is a steady flow of water.",
    "The overall outcome is a steady flow of water into the lower tank.",
])
def test_an_outcome_of_the_sentences_before_is_refused(text):
    assert not triples(text), triples(text)


def test_an_outcome_that_names_its_process_is_kept():
    text = "The net result of osmosis is the transfer of water into the cell."
    assert any(s == "net result of osmosis" for s, _, _ in triples(text)), triples(text)


def test_an_outcome_placed_by_its_own_phrase_is_kept():
    """(development sweep) "The vote result in each town sets ..." says whose result: kept."""
    text = "The vote result in each town determines the number of seats the party will hold in the council."
    assert any(s.startswith("vote result in each town") for s, _, _ in triples(text)), triples(text)
