"""Code written inside a book's prose (session 34, round 29: a library's manual): a qualified name
("module.ClassName") does not open a sentence at its full stop, an identifier with an underscore ("coefs_") is one
token, and neither is an L1 term.  Sentences invented, from several kinds of manual."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

pytest.importorskip("spacy")

from statements_util import triples  # noqa: E402

from proda.ingest.extract.l1_terms import l1_term  # noqa: E402
from proda.ingest.extract.nlp import load_nlp  # noqa: E402


@pytest.mark.parametrize("text, name", [
    ("The package provides a class outliers.RobustEnvelope that fits an ellipse to the central points.",
     "outliers.RobustEnvelope"),
    ("Call geometry.MLPSolver when the grid is coarse.", "geometry.MLPSolver"),
])
def test_a_qualified_name_is_one_token_inside_one_sentence(text, name):
    doc = load_nlp()(text)
    assert name in [t.text for t in doc]
    assert len(list(doc.sents)) == 1


def test_a_lost_space_between_sentences_still_splits():
    doc = load_nlp()("The survey ended.The next wave began in May.")
    assert [t.text for t in doc][:4] == ["The", "survey", "ended", "."]
    assert len(list(doc.sents)) == 2


def test_the_object_of_a_qualified_name_is_not_cut_at_its_full_stop():
    got = triples("The package provides an object outliers.RobustEnvelope that fits an ellipse to the data.")
    assert not any(o.strip().endswith("object outliers") or o.strip() == "object" for _, _, o in got), got


@pytest.mark.parametrize("word", ["weights_", "n_clusters", "max_depth"])
def test_an_identifier_with_an_underscore_is_one_token(word):
    assert word in [t.text for t in load_nlp()(f"After fitting, the attribute {word} holds the learned values.")]


@pytest.mark.parametrize("name", ["weights_", "n_clusters", "max_depth value"])
def test_an_identifier_is_no_l1_term_even_in_a_list_that_glosses_it(name):
    assert not l1_term(name, {"glossary": True, "docs": 3, "chunks": 9})
    assert not l1_term(name, {"defined": True, "docs": 3, "chunks": 9})


@pytest.mark.parametrize("name", ["self-esteem", "t-test", "well-being"])
def test_hyphened_terms_stay(name):
    assert l1_term(name, {"glossary": True})
