"""A noun of a compound that the parse made a bare verb after a comma ("..., famously document classification and
spam filtering" read "document" as a verb) gives no statement; verbs coordinated in one form stay (session 34,
round 29).  Sentences invented."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

pytest.importorskip("spacy")

from statements_util import triples  # noqa: E402


@pytest.mark.parametrize("text, noun", [
    ("Decision forests have worked quite well in many real-world situations, famously document classification and "
     "spam filtering.", "document"),
    ("Linear models have worked well in many settings, notably image classification and fraud detection.", "image"),
])
def test_a_noun_read_as_a_bare_verb_gives_no_statement(text, noun):
    assert not any(p == noun for _, p, _ in triples(text)), triples(text)


@pytest.mark.parametrize("text, want", [
    ("The drug can reduce pain and improve sleep.", ("drug", "can improve", "sleep")),
    ("The gland has grown, and secretes more hormone.", ("gland", "secretes", "more hormone")),
])
def test_verbs_of_one_form_stay(text, want):
    assert want in triples(text), triples(text)
