""""such" before a noun points at a kind the paragraph has just described: "The dynamics of such systems can be
transformed into ..." (blind round 31 on a physics guide) stored "such systems" as if it named a kind.  A frame with
a pointing "such" anywhere inside is dropped, as one with "this" or "these"; "such X as Y" and "such as" (looking
ahead) are not pointers.  Sentences invented."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

pytest.importorskip("spacy")

from statements_util import triples  # noqa: E402


def test_such_inside_an_argument_points_back():
    got = triples("Many problems of interest are periodic. The dynamics of such systems can be solved by numerical "
                  "integration.")
    assert not any("such" in s or "such" in o for s, _, o in got), got


def test_such_on_the_object_points_back():
    got = triples("Some glands release hormones into the blood. The hypothalamus controls the secretion of such "
                  "glands.")
    assert not any("such" in o for _, _, o in got), got


def test_such_as_examples_are_no_pointer():
    got = triples("The liver removes toxins such as alcohol from the blood.")
    assert any(s == "liver" for s, _, _ in got), got
