"""A sentence that only restates the previous sentence's reported view is that holder's view too (audit round 13).

"X argued that ... . That is, punishment of a crime reaffirms our moral consciousness." was stored as the book's own
claim: the holder is in the sentence before, and statements are built one sentence at a time.  A sentence opening
with a restating phrase (lexical attribution.restating_openers: "That is,", "In other words,", "For him,", ...)
inherits the holder when the previous sentence's main verb reports a view (attribution.verbs, view_verbs) of a named
holder; a pronoun holder there ("He argued ...") leaves the restatement without a holder it can name: no frame.
Invented sentences.
"""

from __future__ import annotations

import pytest

from proda.ingest.extract.claims import sentence_frames
from proda.ingest.extract.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def last(nlp, text: str) -> list[tuple[str, str, str, str]]:
    """(subject, predicate, object, holder) of the kept frames of the text's last sentence, parsed with the rest."""
    sents = list(nlp(text).sents)
    return [(f.subject, f.predicate, f.object, h) for f, h in sentence_frames(sents[-1])]


@pytest.mark.parametrize("text", [
    "Weber argued that bureaucracy spreads. That is, written rules replace personal loyalty.",
    "Weber believed that bureaucracy spreads. In other words, written rules replace personal loyalty.",
    "According to Weber, bureaucracy spreads. In this view, written rules replace personal loyalty.",
])
def test_a_restatement_inherits_the_previous_sentence_s_holder(nlp, text):
    got = last(nlp, text)
    assert got and all(h == "Weber" for *_, h in got), got


def test_a_restatement_of_a_pronoun_holder_s_view_gives_nothing(nlp):
    assert last(nlp, "He argued that bureaucracy spreads. In other words, written rules replace personal loyalty.") \
        == []


def test_a_restatement_of_the_book_s_own_claim_stays_the_book_s(nlp):
    # kept sibling: the sentence before states no view, so "That is" restates the book
    got = last(nlp, "Bureaucracy spreads in modern states. That is, written rules replace personal loyalty.")
    assert got and all(h == "" for *_, h in got), got


def test_a_sentence_without_a_restating_opener_is_not_attributed(nlp):
    # kept sibling: the next sentence after a reported view is the book's own unless it says it restates
    got = last(nlp, "Weber argued that bureaucracy spreads. Written rules replace personal loyalty.")
    assert got and all(h == "" for *_, h in got), got
