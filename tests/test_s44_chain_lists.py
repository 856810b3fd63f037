"""Session 44's sweep: a numbered procedure of the LinuxCNC manual became a chain of 3 of its 5 steps (judged cut
short): the parser read "Select Tool Table in the ... drop down box." as no instruction, so the list "ended" there."""

from __future__ import annotations

import pytest

from tests.chains_util import chains_of

pytest.importorskip("spacy")

TEXT = ("You can update the tool table from the touch off screen. Typical steps for updating the tool table:\n\n"
        "Load a tool with its number after homing the machine.\n\n"
        "Move the tool to an established point using a gauge.\n\n"
        "Click the Touch Off button in the Manual Control tab.\n\n"
        "Select Tool Table in the Coordinate System drop down box.\n\n"
        "Enter the measured dimension and select OK.\n\n"
        "The Tool Table will be changed with the correct length.")


def _steps(chain) -> list[str]:
    return [s if isinstance(s, str) else s.text for s in chain.steps]


def test_an_item_between_instructions_is_a_step_of_the_procedure(nlp):
    got = [_steps(c) for c in chains_of(nlp, TEXT, "Touch Off")]
    assert any(len(s) == 5 and s[3].startswith("Select Tool Table") for s in got), got


def test_a_list_still_ends_at_a_sentence_that_is_no_instruction(nlp):
    text = TEXT.replace("Enter the measured dimension and select OK.", "The value appears in the table.")
    got = [_steps(c) for c in chains_of(nlp, text, "Touch Off")]
    assert not any(len(s) >= 4 for s in got), got


def test_a_sentence_before_an_exercise_is_no_step(nlp):
    # the sweep's first version appended "The examples below demonstrate ..." and the exercise's "Write ..." to
    # "Balancing Redox Equations"
    text = ("This approach involves the following steps:\n\n"
            "Write skeletal equations for the oxidation and reduction half-reactions.\n\n"
            "Balance each half-reaction for all elements except H and O.\n\n"
            "Add the two half-reactions and simplify.\n\n"
            "The examples below demonstrate the application of this method.\n\n"
            "Write the balanced equation for the reaction between copper and nitric acid.")
    got = [_steps(c) for c in chains_of(nlp, text, "Balancing Redox Equations")]
    assert got and not any(any(x.startswith("The examples") for x in s) for s in got), got
