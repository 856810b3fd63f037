"""A focus word that restricts an antecedent to the verb before it ("supports only the X, which allows Y") stays out
of the relative clause's statement: "X allows Y", not "only X allows Y" (session 34, round 29).  Sentences
invented."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

pytest.importorskip("spacy")

from statements_util import triples  # noqa: E402


@pytest.mark.parametrize("text, want", [
    ("The pump supports only the low-pressure valve, which allows slow filling of the tank.",
     ("low-pressure valve", "allows", "slow filling of tank")),
    ("Plants use only the red light, which drives photosynthesis in the leaf.",
     ("red light", "drives", "photosynthesis in the leaf")),
])
def test_the_relative_clause_is_said_of_the_antecedent_without_only(text, want):
    got = triples(text)
    assert want in got, got
    assert not any(s.startswith("only ") and p == want[1] for s, p, _ in got), got


def test_the_main_clause_keeps_its_only():
    got = triples("The pump supports only the low-pressure valve, which allows slow filling of the tank.")
    assert ("pump", "supports", "only low-pressure valve") in got, got
