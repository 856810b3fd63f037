"""A paragraph's label before a colon is no subject of the clause after it ("Scoring parameter: Model-evaluation
tools ... rely on ..." stored "scoring parameter | rely on | ..."; session 34, a library manual's development pages).
Sentences invented."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

pytest.importorskip("spacy")

from statements_util import raw_frame, triples  # noqa: E402

from proda.ingest.extract.subject_shape import label_before_colon  # noqa: E402

LABELLED = ("Scoring parameter: Model-evaluation tools using cross-validation (such as tools.cross_score and "
            "tools.GridSearch) rely on an internal scoring strategy.")


def test_the_parse_reads_the_label_as_the_subject_and_the_frame_is_refused():
    fr, sent = raw_frame(LABELLED, "rely")
    assert fr.subject.lower().startswith("scoring parameter")  # the misparse this guards against
    assert label_before_colon(sent, fr)
    assert not any(s.lower().startswith("scoring parameter") for s, _, _ in triples(LABELLED))


def test_a_subject_after_the_colon_stays():
    text = "Weighting option: Survey tools using stratified samples rely on an internal weighting strategy."
    fr, sent = raw_frame(text, "rely")
    assert not label_before_colon(sent, fr)
    assert ("Survey tools using stratified samples", "rely on", "internal weighting strategy") in triples(text)
