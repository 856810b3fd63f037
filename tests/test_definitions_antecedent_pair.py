"""A pointer naming one side of a contrast ("This is referred to as the X versus the Y", audit round 16) points back to
a contrast the text draws over more than the sentence before; that sentence ("Men who are fathers do not face the same
barriers") described the other side, and it was stored as X's definition.  A name given with another name after
"versus"/"as opposed to" or in a list stays a name without a definition; a single name keeps the pair of sentences
as its definition.  Sentences are invented.
"""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.definitions_util import defined  # noqa: E402

_BEFORE = ("Women with young children are offered lower starting pay than women without children in the same jobs. "
           "Men who become fathers, by contrast, do not face the same barriers to hiring or promotion. ")


@pytest.mark.parametrize("naming, name", [
    ('This is referred to as the "caregiver gap" versus the "provider bonus," and is common in many rich countries.',
     "caregiver gap"),
    ("This pattern is known as the caregiver gap as opposed to the provider bonus.", "caregiver gap"),
    ("These two patterns are referred to as the caregiver gap and the provider bonus.", "caregiver gap"),
])
def test_one_side_of_a_contrast_gets_no_definition_from_the_sentence_before(nlp, naming, name):
    assert name not in defined(_BEFORE + naming, nlp)


def test_another_name_after_or_keeps_the_pair_of_sentences(nlp):
    text = ("Over many centuries a shallow lake slowly fills with dead plant matter until trees can grow on its "
            "surface. This gradual change is known as bog succession or lake filling.")
    assert "bog succession" in defined(text, nlp) and defined(text, nlp)["bog succession"] == "known_as"


def test_a_single_name_keeps_the_pair_of_sentences(nlp):
    text = ("Over many centuries a shallow lake slowly fills with dead plant matter until trees can grow on its "
            "surface. This gradual change is known as bog succession.")
    assert defined(text, nlp) == {"bog succession": "known_as"}
