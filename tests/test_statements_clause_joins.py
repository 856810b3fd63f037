"""Frames joined to a clause they cannot carry are dropped; near sentences that carry no such clause are kept
(proda/ingest/extract/clause_joins.py; round 19's chemistry judges). Invented sentences."""

from __future__ import annotations

from statements_util import triples


def test_a_second_that_clause_is_no_part_of_the_object():
    said = triples("Around the same time, Charles Lyell concluded that rivers are channels that can carve valleys "
                   "and that these two kinds of landforms can be explained only in terms of each other.")
    assert not any("these two kinds" in o for _, _, o in said)
    # kept: a second relative clause of the same noun ("and that deepen them": "that" is its subject)
    assert triples("Around the same time, Charles Lyell concluded that rivers are channels that can carve valleys "
                   "and that slowly deepen them.") == [
        ("rivers", "are", "channels that can carve valleys and that slowly deepen them")]


def test_an_argument_run_on_past_a_symbols_full_stop_is_dropped():
    said = triples("When the pivot, P, sits near the load, the lever is strong. The handle, arm b, is thereby "
                   "lengthened because force is transferred toward P. Arm b is long and readily lifts heavy stones, "
                   "so the tool behaves as a jack.")
    assert not any("Arm b" in o for _, _, o in said)
    # kept: an initial before a surname, where no lone capital stands in the text
    assert triples("Glaciers were first described by L. Agassiz in Switzerland.") == [
        ("L. Agassiz in Switzerland", "described", "glaciers")]


def test_an_exercise_asking_which_states_nothing():
    assert triples("Answer:\n\nthe red ball\n\nPredict which forms a ridge, which forms a valley, and the height of "
                   "each fold. Draw each fold and name them.") == []
    # kept: a noun and its relative clause set off by a comma
    assert ("Salt", "forms", "crystals") in triples("Salt, which forms crystals, dissolves in water. "
                                                    "Salt forms crystals.")
