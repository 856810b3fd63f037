"""A gloss in apposition without an article, restricted by a relative clause right after it: "... suffers droughts,
periods in which little or no rain falls for months" (issue 11 item 3: "the exurbs, communities that exist outside
...", "proxy wars, conflicts in which ..." missed on the development chapters).  Kept out: a list ("apples, pears
that were ripe, and plums"), a proper name, a noun with no relative clause of its own right after it.
"""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.definitions_util import defined  # noqa: E402


@pytest.mark.parametrize("sentence, name", [
    ("In dry years the region suffers droughts, periods in which little or no rain falls for months.",
     "droughts"),
    ("Many families now live in commuter towns, settlements that lie beyond the ring of older suburbs.",
     "commuter towns"),
])
def test_a_bare_gloss_with_a_relative_clause_defines(nlp, sentence, name):
    assert name in defined(sentence, nlp)


@pytest.mark.parametrize("sentence", [
    "At the market we bought apples, pears that were ripe, and plums.",  # a list
    "Every summer she visits Lisbon, cities that she loves.",  # a proper name
    "In dry years the region suffers droughts, periods of great hardship.",  # no relative clause
])
def test_a_bare_noun_after_a_comma_without_its_own_clause_defines_nothing(nlp, sentence):
    assert not defined(sentence, nlp)


@pytest.mark.parametrize("sentence", [
    "Rulers shape opinion through state programs aimed at the young, programs that begin early in school.",
    "Tools fall into three groups: tools that cut the wood, tools that join the pieces, and tools that smooth them.",
])
def test_a_bare_noun_resuming_an_earlier_one_or_a_list_item_defines_nothing(nlp, sentence):
    assert not defined(sentence, nlp)
