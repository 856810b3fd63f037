"""A sentence that says only where something is set out gives no statement (:mod:`proda.ingest.extract.cross_refs`,
session 34, round 29: "use of multi-output trees for regression | is_demonstrated_in | <an example's title>").
Sentences invented, from several disciplines."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

pytest.importorskip("spacy")

from statements_util import triples  # noqa: E402


@pytest.mark.parametrize("text", [
    "The use of sampling weights for survey estimation is demonstrated in Weighted Estimation of Means.",
    "The original procedure for crop rotation is detailed in the agronomy handbook.",
    "Various mixtures of clay and sand are described in soil science.",
    "The early history of the tariff is discussed in the previous chapter.",
])
def test_a_cross_reference_gives_no_statement(text):
    assert triples(text) == []


@pytest.mark.parametrize("text, want", [
    ("Covalent bonds are shown in Lewis structures.", ("covalent bonds", "are shown in", "Lewis structures")),
    ("Rainfall is measured in millimetres.", ("rainfall", "is measured in", "millimetres")),
    ("The voltage across the membrane is described by the Nernst equation.",
     ("Nernst equation", "describes", "voltage across membrane")),
])
def test_facts_told_with_in_or_by_stay(text, want):
    assert want in triples(text)
