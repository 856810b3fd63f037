"""An adverb phrase left at an argument's edge (independent audit round 16, political science: "involves the
interactions among countries ..., as well the international political economy and globalization" was stored
"international relations | involves | as well international political economy"): "as well" on a noun's left is no
modifier of the noun, it adds the noun to what came before; the argument stops after it (lexical [args]
edge_adverb_phrases, arguments.arg_tokens).  Invented sentences; each with a kept sibling that is right.
"""

from __future__ import annotations

from tests.statements_util import triples


def test_as_well_is_trimmed_from_the_object():
    got = triples("Trade involves the exchange of goods, as well the movement of capital.")
    assert not any("as well" in o for _, _, o in got)
    assert ("trade", "involves", "movement of capital") in got


def test_as_well_as_still_splits_the_objects():
    got = triples("Trade involves the exchange of goods as well as the movement of capital.")
    assert ("trade", "involves", "exchange of goods") in got and ("trade", "involves", "movement of capital") in got


def test_an_adverb_that_grades_the_noun_is_kept():
    assert ("council", "controls", "almost all land of valley") in \
        triples("The council controls almost all the land of the valley.")
