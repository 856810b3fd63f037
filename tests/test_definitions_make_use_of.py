""""X makes use of Y" is "X uses Y", no statement of what X is made of (session 35 on a physics library guide's
development pages: "The preconditioner optionally makes use of a combination of ... permutations that ..." became the
definition of "preconditioner").  "X is made (up) of Y that ..." still defines X.  Sentences invented."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

pytest.importorskip("spacy")

from definitions_util import defined  # noqa: E402


def test_makes_use_of_is_no_composition():
    got = defined("The scheduler makes use of a queue of tasks that wait for a free worker.")
    assert "scheduler" not in got, got


def test_made_of_a_reference_to_its_object_is_no_composition():
    got = defined("The filter makes heavy use of a buffer that holds the last samples.")
    assert "filter" not in got, got


def test_made_up_of_members_with_a_clause_defines():
    got = defined("A peer group is made up of people who share interests, age and social status.")
    assert "peer group" in got, got


def test_consists_of_defines():
    got = defined("A polymer consists of many repeating units that are bonded together in a chain.")
    assert "polymer" in got, got


def test_consists_of_through_a_nested_of_defines():
    got = defined("A compound consists of atoms of two or more elements combined in a small, whole-number ratio.")
    assert "compound" in got, got
