"""An adjective phrase after its noun restricts it as a clause does (issue 11 item 3): "The gizzard is a muscular
pouch posterior to the crop that grinds food" / "a wooden frame similar to a ladder" say which pouch or frame, so
"X is a Y ..." defines X.  Kept out: a bare class with only an adjective before it ("The gizzard is a muscular
pouch"), and an adjective after the noun with no phrase of its own.
"""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.definitions_util import defined  # noqa: E402


@pytest.mark.parametrize("sentence, name", [
    ("The gizzard is a muscular pouch posterior to the crop that grinds the food of a bird.", "gizzard"),
    ("A trellis is a wooden frame similar to a ladder on which climbing plants grow.", "trellis"),
])
def test_a_genus_restricted_by_a_postpositive_adjective_phrase_defines(nlp, sentence, name):
    assert name in defined(sentence, nlp)


@pytest.mark.parametrize("sentence", [
    "The gizzard is a muscular pouch.",
    "The gizzard is a pouch full.",
])
def test_a_genus_without_a_restricting_phrase_defines_nothing(nlp, sentence):
    assert not defined(sentence, nlp)
