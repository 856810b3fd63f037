"""A noun of two members ("the sum of A and B") is not split at its "and".

Audit round 19 (chemistry): "... requires the sum of pH and pOH to equal 14" was stored as "... | requires | pOH":
the parser hung "pOH" on "sum" rather than on "pH", and the coordination was split into one claim per conjunct.  A
sum, a ratio, a mixture, a difference of things takes all of them; such a coordination is read whole or not at all
(scope.coordination_unsafe).  The parse is built by hand, as the parser gave it (an invented sentence of the same
shape parses right, so a sentence-level test would not fail before the fix).
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from proda.ingest.extract.scope import coordination_unsafe

_VOCAB = spacy.blank("en").vocab


def _parsed(noun: str, det2: bool = False) -> Doc:
    words = ["The", "law", "requires", "the", noun, "of", "savings", "and"] + (["the"] if det2 else []) + ["debt", "."]
    d = 1 if det2 else 0
    heads = [1, 2, 2, 4, 2, 4, 5, 4] + ([8 + d] if det2 else []) + [4, 2]
    deps = ["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "cc"] + (["det"] if det2 else []) + ["conj", "punct"]
    return Doc(_VOCAB, words=words, heads=heads, deps=deps, lemmas=[w.lower() for w in words])


def _unsafe(doc: Doc) -> bool:
    first, second = doc[4], doc[len(doc) - 2]
    return coordination_unsafe(first, [first, second], [{doc[4], doc[5], doc[6]}, {second}])


def test_sum_of_two_is_not_split():
    assert _unsafe(_parsed("sum"))


def test_ratio_of_two_is_not_split():
    assert _unsafe(_parsed("ratio"))


def test_another_noun_is_split_as_before():
    assert not _unsafe(_parsed("level"))


def test_a_second_noun_with_its_own_determiner_is_split_as_before():
    assert not _unsafe(_parsed("sum", det2=True))
