""""X are called 'ADJ'" / "X, called the PROPN," / "A of B, or C": sentences that give no term its definition.

Why (round 19 judges, all three rejected): a naming whose name is a lone adjective ("Metals that crack without
bending are called 'brittle'") stores the quality, not the term (the term is the adjective with its noun); a naming
whose name is a proper name with "the" ("the lower house, called the Bundestag") names one body, and the
whole sentence about it is no definition; and ", or Y" after the object of a preposition inside a list item ("the
thorns of roses, the stinging hairs of nettles, or bitter compounds in young leaves") is the list's next item, not a
gloss of that object.  Sentences are invented, in other disciplines.
"""

from __future__ import annotations

import pytest

from tests.definitions_util import defined


@pytest.mark.parametrize("name,sentence", [
    ("brittle", "Metals that crack without bending are called \u201cbrittle,\u201d and their strength is hard to "
                "predict."),
    ("elastic", "Goods whose demand changes sharply with price are called elastic."),
    ("Bundestag", "Germany has a federal system in which the lower house, called the Bundestag, elects the "
                  "chancellor."),
    ("Crown Court", "In England, the higher criminal court is called the Crown Court."),
    ("nettles", "Some plants have defences that animals lack, such as the thorns of roses, the stinging hairs of "
                "nettles, or bitter compounds in young leaves."),
])
def test_no_term_is_defined(name, sentence):
    assert name.lower() not in defined(sentence)


@pytest.mark.parametrize("name,sentence", [
    # a kind named with "a", a common noun, a gloss outside any list
    ("leviathan", "Hobbes argued for what he called a Leviathan\u2014an enormously powerful state\u2014to keep "
                  "the peace."),
    ("stoicism", "Some philosophers place emphasis on stoicism, or the belief that virtue alone is enough for a "
                 "happy life."),
    ("free radicals", "Molecules with unpaired electrons are called free radicals."),
    # a proper name with "the" given to a thing told by a phrase or clause after its noun (review R4: 37caad8 lost
    # these)
    ("bill of rights", "The first ten amendments to the Constitution are known as the Bill of Rights."),
    ("cold war", "The period of tension between the United States and the Soviet Union is known as the Cold War."),
    ("electoral college", "The body that formally elects the president is called the Electoral College."),
])
def test_a_term_keeps_its_definition(name, sentence):
    assert name in defined(sentence)
