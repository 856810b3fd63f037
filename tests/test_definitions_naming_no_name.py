"""A naming verb that gives no name (audit round 16): "each state is called to allocate 2 percent of its income" is a
request (a to-infinitive after "called" is what the subject is asked to do), and "parties (variously named some
version of socialist or labor)" describes the names without giving one ("some version of X", "a kind of X").  The
named side of called/named/termed/known as is a noun phrase; kept: a name after the same verbs, a name that is a
noun phrase with an "of" phrase of its own ("the circle of Willis").
"""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.definitions_util import defined  # noqa: E402


@pytest.mark.parametrize("sentence, word", [
    ("The two largest member states each pay a fifth of the running costs, and each state is called to allocate "
     "2 percent of its income to research.", "allocate"),
    ("The members meet twice a year and are called to approve the budget.", "approve"),
    ("Workers across Europe formed political parties (variously named some version of socialist or labor) in many "
     "countries.", "version"),
    ("Farmers in the valley built small stone shelters named some variant of the local word for hut.", "variant"),
])
def test_a_request_or_a_described_name_defines_nothing(nlp, sentence, word):
    assert word not in defined(sentence, nlp)


@pytest.mark.parametrize("sentence, name", [
    ("Hard scars that form after deep burns have a raised surface and are called keloid scars.", "keloid scars"),
    ("A group of cells that work together to perform one function is called a tissue.", "tissue"),
    ("Gardeners spread a thin layer of straw known as mulch over the soil to keep it moist.", "mulch"),
    ("The ring of arteries at the base of the brain that joins its blood supplies is called the circle of Willis.",
     "circle of willis"),
])
def test_a_name_after_the_same_verbs_is_still_defined(nlp, sentence, name):
    assert name in defined(sentence, nlp)
