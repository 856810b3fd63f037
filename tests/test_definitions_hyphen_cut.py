"""A definition's name that the sentence holds only cut at a hyphen is no name ("cross" of "The cross-validation
involved in ... is ...", session 34 on a machine-learning book's development pages); a hyphened name held whole
stays.  Sentences invented."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

pytest.importorskip("spacy")

from definitions_util import defined  # noqa: E402


def test_a_name_cut_at_a_hyphen_is_not_defined():
    got = defined("The cross-validation involved in Platt scaling is a procedure that repeats the fit on held-out "
                  "folds.")
    assert "cross" not in got, got


def test_a_hyphened_name_held_whole_is_defined():
    assert "self-esteem" in defined("Self-esteem is the value that a person places on the self.")
