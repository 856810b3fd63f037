"""Round 14 fresh judges (S13-B5 item 2): a participle set off by a comma after a list's last conjunct.

"... a very small nucleus composed of positively charged protons and uncharged neutrons, surrounded by a much larger
volume of space containing ... electrons" was stored as "much larger volume of space | surrounds | uncharged
neutrons": the parse hung "surrounded" on the last conjunct, but a participle after ", " that follows a list
modifies the noun before the list (the nucleus) -- or the whole list -- never its last item alone.  The reduced
relative's frame is refused when its noun is a later conjunct (dep "conj") of an "and" list and a comma stands
before the participle.
"""

from __future__ import annotations

import pytest

from tests.statements_util import triples

pytest.importorskip("spacy")


def test_a_participle_after_a_list_is_not_said_of_its_last_item():
    got = triples("The virus has a small capsid composed of positively charged proteins and uncharged lipids, "
                  "surrounded by a lipid envelope.")
    got += triples("A virus has a small capsid made of charged proteins and uncharged lipids, surrounded by a much "
                   "larger envelope.")
    assert not any(p == "surrounds" for _, p, _ in got), got


def test_a_participle_on_a_noun_with_its_apposition_list_is_kept():
    """Kept sibling: the participle hangs on the first item, whose list the parse read as conjuncts of an apposition."""
    got = triples("The hormones, insulin and glucagon, secreted by the pancreas regulate blood sugar.")
    assert ("pancreas", "secrete", "hormones") in got, got


def test_a_participle_after_a_list_inside_one_noun_says_the_whole_list():
    """Kept sibling: the parse put the list inside one noun, so the frame names every item."""
    got = triples("The wall is a dense mesh of elastin and collagenous fibers, produced by fibroblasts.")
    assert ("fibroblasts", "produce", "elastin and collagenous fibers") in got, got


def test_a_participle_on_the_noun_before_the_list_is_kept():
    """Kept sibling: the parse hangs the participle on the noun the list describes."""
    got = triples("The fruit contains a hard pit made of woody fibers and dried resins, surrounded by a much larger "
                  "mass of soft flesh.")
    assert ("much larger mass of soft flesh", "surrounds", "hard pit made of woody fibers and dried resins") in got, got


def test_a_participle_after_one_noun_is_kept():
    """Kept sibling: no list, the comma sets the participle off its own noun."""
    got = triples("The cell holds a dense core, surrounded by a thin lipid membrane.")
    assert ("thin lipid membrane", "surrounds", "dense core") in got, got
