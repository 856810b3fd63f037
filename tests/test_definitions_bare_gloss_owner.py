"""Review R17 item 1: a bare gloss ("X, Ys that ...") was read onto a noun inside another argument's phrase: "Mast
cells release histamine into the connective tissue, chemicals that dilate nearby vessels" defined the connective tissue
as chemicals (the chemicals are the histamine).  The gloss must be X's own apposition (or the parser's flat reading of
one beside X), and X no object of a preposition on a verb with a direct object or on another noun that could own the
gloss.  Kept: the verb's own object or its only prepositional object ("live in commuter towns, settlements that ...").
"""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.definitions_util import defined  # noqa: E402


@pytest.mark.parametrize("sentence", [
    "Mast cells release histamine into the connective tissue, chemicals that dilate nearby vessels.",
    "The drug blocks receptors in the stomach wall, proteins that respond to histamine.",
    "Legislators pass bills in the chamber, laws that govern daily life.",
    "The bakers shape the dough on wooden boards, loaves that rise overnight in the cellar.",
    "Clerks file the letters from the tenants, complaints that the landlord ignores.",
])
def test_a_bare_gloss_of_another_arguments_phrase_defines_nothing(nlp, sentence):
    assert not defined(sentence, nlp)


@pytest.mark.parametrize("sentence, name", [
    ("In dry years the region suffers droughts, periods in which little or no rain falls for months.",
     "droughts"),
    ("Many families now live in commuter towns, settlements that lie beyond the ring of older suburbs.",
     "commuter towns"),
    ("Farmers in the valley grow sorghum, grasses that tolerate drought.", "sorghum"),
])
def test_a_bare_gloss_of_the_verbs_own_argument_still_defines(nlp, sentence, name):
    assert name in defined(sentence, nlp)
