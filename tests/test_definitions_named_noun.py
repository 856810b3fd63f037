"""A noun phrase named by a participle inside a sentence -- "... a thin layer of straw known as mulch ...", "... a deep,
narrow valley called a gorge" -- defines the name with the sentence when the described noun carries a restriction of
its own (issue 11 item 3: the largest class of prose-defined glossary terms missed on the development chapters of all
four books).  Kept out: a bare class noun ("a pump called the ram" says only that it is a pump), a sentence whose
subject points back ("This starts a process called erosion"), a list of names, a name under negation or hedge.
"""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.definitions_util import defined  # noqa: E402


@pytest.mark.parametrize("sentence, name", [
    ("Gardeners spread a thin layer of straw known as mulch over the soil to keep it moist.", "mulch"),
    ("Melting ice left a rounded mound of gravel known as a drumlin.", "drumlin"),
    ("Wind carries fine particles of dust that settle in thick deposits called loess.", "loess"),
    ("Beekeepers feed young larvae a rich secretion of the worker glands known as royal jelly.", "royal jelly"),
])
def test_a_restricted_noun_named_by_a_participle_defines_the_name(nlp, sentence, name):
    assert name in defined(sentence, nlp)


@pytest.mark.parametrize("sentence", [
    "Water is lifted with the help of a pump called the ram.",  # a bare class noun: only what kind of thing
    "This starts a slow process of wearing called erosion.",  # the subject points back
    "These cells form thin sheets known as films on the glass.",  # the subject points back
    "The farm grows plants called beans, peas, and lentils.",  # a list of names
    "The valley was never a deep channel known as a gorge.",  # negated
])
def test_a_name_inside_a_sentence_without_a_restricted_noun_defines_nothing(nlp, sentence):
    assert not defined(sentence, nlp)


@pytest.mark.parametrize("sentence", [
    "Trade law covers tariffs, quotas, and an economic concept called free ports.",  # a general noun, no phrase
    "Ada opened a small shop called Tag und Nacht in the old town.",  # a proper name
])
def test_a_general_noun_or_a_proper_name_defines_nothing(nlp, sentence):
    assert not defined(sentence, nlp)


@pytest.mark.parametrize("sentence", [
    "A related compound, called ethyl nitrite, was once sold as a remedy for colds.",  # only related to another
    "Farmers now plant a hardy grain (previously known as spelt wheat) on poor soils.",  # a former name
])
def test_a_related_noun_or_a_former_name_defines_nothing(nlp, sentence):
    assert not defined(sentence, nlp)
