"""A phrase that counts members the sentence does not name ("extend linear models in two ways", "classify regimes
into two broad categories") leaves the claim to the sentences after it: session 36's fresh sample judged
"Generalized Linear Models | extend | linear models in two ways" a fragment (the two ways are never stated).  A count
that is the fact ("divides the cell into four daughter cells") stays.  Sentences
invented."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

pytest.importorskip("spacy")

from statements_util import triples  # noqa: E402


@pytest.mark.parametrize("sentence", [
    "Mixed models extend regression models in two ways.",
    "Economists classify markets into three broad categories.",
])
def test_counted_members_left_to_the_next_sentences_give_no_statement(sentence):
    got = triples(sentence)
    assert not any(any(w in o for w in ("ways", "categories")) for _, _, o in got), got


def test_a_count_of_things_that_are_the_result_stays():
    """"into four daughter cells" is the fact itself, not a promise of members to come."""
    got = triples("Meiosis divides the cell into four daughter cells.")
    assert ("meiosis", "divides", "cell into four daughter cells") in got, got


@pytest.mark.parametrize("sentence,obj", [
    ("An organ is a distinct structure of the body composed of two or more tissue types.",
     "distinct structure of the body composed of two or more tissue types"),
    ("Phosphoric acid is a weak triprotic acid that ionizes in three stages.",
     "weak triprotic acid that ionizes in three stages"),
])
def test_a_bound_or_a_count_inside_a_clause_of_the_argument_stays(sentence, obj):
    """"two or more phases" is the fact; "an acid that ionizes in three stages" says it of the acid, whole."""
    assert any(o == obj for _, _, o in triples(sentence)), triples(sentence)
