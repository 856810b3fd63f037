""""A different X" points back: different from the one the sentence or the paragraph named ("network arcs are
stored in one data layer ... and nodes are stored in a different data layer", GRASS development page v.net, stored
"nodes in GRASS | are stored in | different data layer", judged a fragment in session 30's fresh sample).
``scope.pointing`` with [bounds] pointing_singular_adjectives.  Siblings: a plural reads "various" and a noun with
another adjective is kept."""

from __future__ import annotations

from tests.statements_util import triples


def test_a_different_singular_noun_points_back():
    text = ("In GRASS, network arcs are stored in one data layer (normally layer 1) and nodes are stored in a "
            "different data layer (normally layer 2).")
    assert not any(o.startswith("different") for _, _, o in triples(text)), triples(text)
    assert triples("Nodes are stored in a different data layer.") == []


def test_a_plural_or_another_adjective_is_kept():
    assert ("nodes", "are stored in", "separate data layer") in triples("Nodes are stored in a separate data layer.")
    assert ("skin", "contains", "different kinds of receptors") in triples("The skin contains different kinds of receptors.")
