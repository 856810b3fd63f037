""""For one," opening a sentence is a discourse marker (the first of several reasons), no scope of the claim: it is
not carried into the subject ("spin operators for one | remain in | conventional form", blind round 31 on a physics
guide).  A real fronted scope ("For small molecules, ...") is still carried.  Sentences invented."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

pytest.importorskip("spacy")

from statements_util import triples  # noqa: E402


def test_for_one_is_not_carried_into_the_subject():
    got = triples("For one, the kidney filters the blood plasma.")
    assert got and all("one" not in s for s, _, _ in got), got


def test_for_one_thing_is_not_carried_into_the_subject():
    got = triples("For one thing, the parliament controls the national budget.")
    assert got and all("one" not in s for s, _, _ in got), got


def test_a_fronted_scope_is_still_carried():
    got = triples("For small molecules, the bond angle is determined by the number of electron pairs.")
    assert any("small molecules" in s for s, _, _ in got), got
