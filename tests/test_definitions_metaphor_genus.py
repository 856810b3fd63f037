"""A complement that names what its subject is to something else by a figure ("the very heart of", "the backbone
of", "the linchpin of") says what the subject is for or how much it matters, not what it is: round 32's judge
rejected "accounting equation: The accounting equation is the very heart of a double entry accounting system"
(the equation itself, assets = liabilities + equity, is never said).  These heads join ``non_genus``; a class noun
still defines.  Sentences invented."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.definitions_util import defined  # noqa: E402


@pytest.mark.parametrize("name,sentence", [
    ("trial balance", "The trial balance is the very heart of a bookkeeping cycle."),
    ("railway network", "The railway network was the backbone of the colonial economy."),
    ("central bank", "The central bank is the linchpin of the monetary system."),
    ("mitochondrion", "The mitochondrion is the powerhouse of the cell."),
])
def test_a_figure_of_importance_defines_nothing(nlp, name, sentence):
    assert name not in defined(sentence, nlp)


def test_a_class_noun_still_defines(nlp):
    assert "trial balance" in defined("A trial balance is a list of all the accounts of a ledger with their balances.",
                                      nlp)
