""""X is the principal / main / chief / leading N in (of) Y" ranks X among the things of Y -- what X does in something
else, not what X is (round-19 judges: a chemical stored as defined by being "the principal ingredient in" a food
"that provides its taste"; "principal" joins [terms] judging_adjectives beside "chief", "leading", "primary").  A
genus with no rank still names X's class.  Invented sentences of other disciplines."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.definitions_util import defined  # noqa: E402


@pytest.mark.parametrize("sentence, name", [
    ("Wheat is the principal crop in the valley that feeds its towns.", "wheat"),
    ("Steel is the main material of the bridge that carries its load.", "steel"),
    ("Copper is the leading export of the republic.", "copper"),
    ("Krill is the primary food of the whales in the southern ocean.", "krill"),
    ("Custom is the chief authority in the village that settles its disputes.", "custom"),
])
def test_a_rank_in_another_thing_is_no_definition(nlp, sentence, name):
    assert name not in defined(sentence, nlp)


@pytest.mark.parametrize("sentence, name", [
    ("A catalyst is a substance that speeds up a reaction.", "catalyst"),
    ("A staple crop is a crop that a population eats every day.", "staple crop"),
    ("A lien is a legal claim on a debtor's property.", "lien"),
    ("A keystone species is a species that holds its ecosystem together.", "keystone species"),
    ("A cantilever is a beam that is supported at only one end.", "cantilever"),
])
def test_a_class_still_defines(nlp, sentence, name):
    assert name in defined(sentence, nlp)
