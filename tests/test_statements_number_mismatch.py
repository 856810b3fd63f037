"""A noun the parse made the plural-present verb of a singular noun gives no statement ("Survival function
estimation and inference", a heading, read "function" as a verb; session 34, round 30).  Sentences invented."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

pytest.importorskip("spacy")

from statements_util import raw_frame, triples  # noqa: E402

from proda.ingest.extract.misread_verbs import number_mismatch  # noqa: E402


def test_a_heading_read_as_a_clause_with_a_plural_verb_gives_no_statement():
    text = "Survival function estimation and inference"
    fr, sent = raw_frame(text, "function")
    assert number_mismatch(sent.doc[fr.verb])
    assert triples(text) == []


@pytest.mark.parametrize("text, want", [
    ("The data show a clear trend.", ("data", "show", "clear trend")),
    ("Roots absorb water from the soil.", ("roots", "absorb", "water from the soil")),
])
def test_plural_subjects_keep_their_statements(text, want):
    assert want in triples(text), triples(text)
