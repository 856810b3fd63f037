"""A comparison opening a sentence ("Like X, ...", "Unlike X, ...") never defines X (round-13 judges): the noun
phrase after its comma is the main clause's subject, which the parse may hang on X as an apposition ("Like the C=O
bond in carbon dioxide, the C=O bond of a carbonyl group is polar" had stored "Carbon dioxide is the C=O bond of a
carbonyl group").  An apposition outside the comparison still glosses its noun.
"""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.definitions_util import defined  # noqa: E402


@pytest.mark.parametrize("sentence, name", [
    ("Like the N=O bond in nitrogen dioxide, the N=O bond of a nitro group is polar and reactive.",
     "nitrogen dioxide"),
])
def test_a_comparison_opener_defines_nothing(nlp, sentence, name):
    assert name not in defined(sentence, nlp)


@pytest.mark.parametrize("sentence, name", [
    ("Like most cells, the neuron uses glucose, a simple sugar that the blood carries to every tissue.", "glucose"),
    ("Workers fill the lamps with sodium, a soft metal that reacts violently with water.", "sodium"),
])
def test_an_apposition_outside_the_comparison_still_glosses(nlp, sentence, name):
    assert name in defined(sentence, nlp)
