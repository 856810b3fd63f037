"""Words spaCy's English tokenizer splits as apostrophe-less contractions ("id" -> "i" "d", "wed" -> "we" "d") stay
whole ([words] not_contractions in ``patterns/tokens.toml``): blind round 28's GIS pages say "a unique id" and
"giving them all the same id", which the parser read as "... same i d".  Siblings: real contractions still split."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from proda.ingest.extract.nlp import load_nlp  # noqa: E402
from tests.statements_util import triples  # noqa: E402


@pytest.mark.parametrize("word", ["id", "Id", "wed", "Wed", "cant", "wont"])
def test_a_word_that_looks_like_a_contraction_stays_one_token(word):
    assert [t.text for t in load_nlp().tokenizer(f"the {word} of it")] == ["the", word, "of", "it"]


@pytest.mark.parametrize("text, pieces", [("don't", ["do", "n't"]), ("dont", ["do", "nt"]), ("I'd", ["I", "'d"])])
def test_real_contractions_still_split(text, pieces):
    assert [t.text for t in load_nlp().tokenizer(text)] == pieces


def test_a_sentence_ending_in_id_keeps_its_object_whole():
    text = "Categories allow the user to group similar features by giving them all the same id."
    assert ("categories", "allow", "user to group similar features by giving them all the same id") in triples(text), \
        triples(text)
    assert ("each feature", "has", "unique id") in triples("Each feature has a unique id.")
