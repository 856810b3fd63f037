"""A "that" clause under "sure"/"certain" with the writer or the reader as subject is the book's claim (code review
of session 25, fix 6; ``unasserted.unasserted``, ``patterns/unasserted.toml``).

"Advocates are concerned that X" is the advocates' worry and is refused; "We can be sure that energy is conserved
..." is the writer's own assertion and lost its statement.  Invented sentences; the refused sibling with a holder of
views is in tests/test_statements_embedded_conjuncts.py.
"""

from __future__ import annotations

import pytest

from statements_util import triples


@pytest.mark.parametrize("sentence", [
    "We can be sure that the kidney filters blood.",
    "You can be certain that the kidney filters blood.",
    "We are confident that the kidney filters blood.",
])
def test_the_writer_or_the_reader_as_subject_keeps_the_clause(sentence):
    assert ("kidney", "filters", "blood") in triples(sentence)


def test_a_holder_as_subject_is_still_refused():
    t = triples("Some doctors are sure that the kidney filters blood.")
    assert not any(p == "filters" for _, p, _ in t)


def test_the_writers_worry_is_still_refused():
    t = triples("We are worried that the new canal drains the wetlands.")
    assert not any(p == "drains" for _, p, _ in t)


@pytest.mark.parametrize("sentence", [
    "We cannot be sure that the drug prevents infections.",
    "We are not certain that the drug prevents infections.",
    "You can never be sure that the drug prevents infections.",
    "We can hardly be confident that the drug prevents infections.",
    "Before the trial, we were confident that the drug prevents infections.",
])
def test_a_denied_or_past_certainty_keeps_nothing(sentence):
    """Code review 2 of session 25, issue 11 fix 1: a certainty denied, all but denied or past is not the book's
    claim; storing the clause says the opposite of the sentence."""
    t = triples(sentence)
    assert not any(p == "prevents" for _, p, _ in t), t
