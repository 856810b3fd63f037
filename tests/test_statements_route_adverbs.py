"""An adverb of the way a relation goes ([hedges] route: "directly", "indirectly", "backward", "inversely" ...) stays
in the predicate, also when a passive is turned active.  Blind round 28: "Raster maps are backward projected in
GRASS" was stored "raster maps | are projected in | GRASS" (judged wrong: the direction is the point); a passive
with an agent lost its route altogether ("is directly elected by the citizens" -> "citizens | elect | ...", a
political-science development sentence).  Siblings: the same sentences without the adverb keep their bare verb."""

from __future__ import annotations

from tests.statements_util import triples


def test_a_direction_adverb_stays_in_a_passive_predicate():
    assert ("raster maps", "are backward projected in", "GRASS") in triples("Raster maps are backward projected in GRASS.")
    assert ("raster maps", "are projected in", "GRASS") in triples("Raster maps are projected in GRASS.")


def test_a_passive_turned_active_keeps_its_route():
    text = ("In presidential regimes, the head of government is directly elected by the citizens and also serves as "
            "the head of state.")
    assert ("citizens in presidential regimes", "directly elect", "head of government") in triples(text), triples(text)
    assert ("voters", "indirectly elect", "prime minister") in triples("The prime minister is indirectly elected by the voters.")
    assert ("citizens", "elect", "head of government") in triples("The head of government is elected by the citizens.")
