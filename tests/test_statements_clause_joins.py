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


def test_an_initial_after_a_first_name_is_no_symbol():
    """Review R3 of b5185a3: a lone capital after a capitalised first name (or another initial) is an initial
    ("Franklin D. Roosevelt", "J. J. Thomson"), even where the text uses that capital standing alone ("Plan D")."""
    assert ("Franklin D. Roosevelt", "signed", "act in 1935") in triples(
        "In Plan D, the voters elect the council. Franklin D. Roosevelt signed the act in 1935.")
    assert ("J. J. Thomson", "discovered", "electron") in triples(
        "Point J lies on the curve. J. J. Thomson discovered the electron.")
    # kept: the symbol after a lower-case word still ends its sentence (test above); the frame is dropped
    assert not any("D. Arm" in o for _, _, o in triples(
        "In Plan D, the arm is short. The force moves toward D. Arm b is long."))


def test_a_second_relative_clause_whose_that_is_its_object_is_kept():
    """Review R3 of b5185a3: a relative "that" that is the object of its clause ("... and that the cell uses to make
    energy") is labelled a marker by the parser; outside a reporting verb's complement the frame is kept."""
    assert ("glycolysis", "is", "process that occurs in the cytoplasm and that the cell uses to make energy") in \
        triples("Glycolysis is a process that occurs in the cytoplasm and that the cell uses to make energy.")
    assert ("parties", "are", "groups that seek office and that voters trust to govern") in \
        triples("Parties are groups that seek office and that voters trust to govern.")
    # still dropped: the reporting verb's second complement
    assert triples("Critics argued that the tax is a measure that protects owners and that its costs fall on "
                   "renters.") == []


def test_a_noun_subject_with_a_restrictive_which_is_no_instruction():
    """Review R3 of b5185a3: a singular noun and a comma-less "which" opening a sentence whose verb follows the
    clause is its subject ("Blood which leaves ... enters ..."), not an exercise's bare verb."""
    assert ("blood which leaves the left ventricle", "enters", "aorta") in triples(
        "Blood which leaves the left ventricle enters the aorta.")
    assert ("calcium which enters the cell", "triggers", "contraction") in triples(
        "Calcium which enters the cell triggers contraction.")
    # still dropped: an instruction whose verb the parse makes the root (test above), and "Explain how ..."
    assert triples("Explain how the kidney filters blood.") == []
