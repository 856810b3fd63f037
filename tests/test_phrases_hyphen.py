"""A phrase with a hyphenated word is found in its quote (proda/train/items/phrases.spans): the quote's tokens kept
the hyphen ("dome", "-", "shaped") while the phrase's dropped it as punctuation, so no statement whose object holds
a hyphenated word ever found its words in its own sentence -- no cloze ("a dome-shaped muscle located at ...",
"high-energy radiation", "X-linked dominance": 28 of the 36 'object not in quote' refusals of the S14-I funnel),
and the complete-noun-phrase gate fell back to parsing the phrase alone.  Sentences invented."""

from __future__ import annotations

from proda.train.items.phrases import spans
from tests.items_util import one


def test_a_hyphenated_phrase_is_found_token_by_token():
    q = "The ozone layer absorbs high-energy radiation from the sun."
    assert spans("high-energy radiation", q) == [(4, 8)]
    assert spans("ozone layer", q) == [(1, 3)]  # kept sibling: no hyphen, as before


def test_a_hyphenated_object_gets_its_cloze():
    row = ("ozone layer", "absorb", "high-energy radiation",
           "The ozone layer absorbs high-energy radiation from the sun.")
    assert one(row) == ("The ozone layer absorbs _____ from the sun.", "high-energy radiation")


def test_the_hyphen_must_be_in_both_or_neither():
    """Kept: a phrase written without the hyphen is not the quote's hyphenated word, nor the reverse."""
    assert spans("high energy radiation", "The ozone layer absorbs high-energy radiation from the sun.") == []
    assert spans("high-energy radiation", "The ozone layer absorbs high energy radiation from the sun.") == []
