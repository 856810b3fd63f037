"""Classes of session 36's fresh sample of statements on eight technical books (docs/audits/dev-2026-12-06/
s36-samples.md), each in general English; sentences invented.

- a negation the parser hangs on the auxiliary ("that were not yet flushed": "not" under "were") was lost, and the
  statement said the opposite ("any transactions | were flushed to | disk");
- a comparison made by an adverb of the verb alone ("will cope better with X") was stored as a plain relation;
- "by default" states what holds unless changed, not what always holds;
- a fronted "Upon X," or an absolute "With X set to Y" sets a condition the claim holds under only;
- "the resulting X" points to the result of the steps just described.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

pytest.importorskip("spacy")

from statements_util import triples  # noqa: E402


def test_a_negation_under_the_auxiliary_is_kept():
    got = triples("The index will therefore be rebuilt to a consistent state, but any rows that were not yet flushed to "
                  "disk will not be reflected in that state.")
    assert not any(p == "were flushed to" for _, p, _ in got), got


def test_a_negation_on_the_verb_is_still_read():
    got = triples("Red blood cells do not contain a nucleus.")
    assert any("not" in p for _, p, _ in got), got


def test_a_comparison_by_an_adverb_is_no_plain_relation():
    got = triples("The median filter will cope better with isolated noise in the image.")
    assert not any("cope" in p for _, p, _ in got), got


def test_a_plain_relation_with_a_time_adverb_stays():
    got = triples("Glucose is further broken down by glycolysis.")
    assert ("glycolysis", "breaks down", "Glucose") in got, got


def test_by_default_is_no_rule():
    got = triples("By default, the archive is written in the compressed format.")
    assert not got, got
    got = triples("Per default, a line is printed for each iteration.")  # (round 35, session 37)
    assert not got, got


def test_a_fronted_upon_is_a_condition():
    got = triples("Upon completion of the scan, the scanner will commence normal operations.")
    assert not got, got


def test_an_absolute_with_clause_is_a_condition():
    got = triples("With the tolerance parameter set to zero the fitted curve passes through the sample points.")
    assert not any("passes" in p for _, p, _ in got), got


def test_the_resulting_x_points_back():
    got = triples("The resulting surface passes through the sample points.")
    assert not any("resulting" in s or "resulting" in o for s, _, o in got), got
