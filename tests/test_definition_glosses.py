"""Definitions in passing ("X, or Y ...", "X, a Y that ...", "X—Y—"): the gloss Y, and the definition items it answers.

Sentences from the social-science books of the corpora (where most terms are defined this way) and anatomy."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def gloss():
    from proda.ingest.extract.nlp import NLPUnavailable, load_nlp

    try:
        load_nlp()
    except NLPUnavailable as e:  # pragma: no cover
        pytest.skip(str(e))
    from proda.train.items.phrases import gloss

    return gloss


@pytest.mark.parametrize("name,sentence,want", [
    # the verb came first: the gloss runs to the sentence end although the parse hangs its tail elsewhere
    ("capitalism", "They favor capitalism, an economic system based on the freedom of owners to deploy their assets "
                   "in whatever way they deem most profitable.",
     "an economic system based on the freedom of owners to deploy their assets in whatever way they deem most "
     "profitable"),
    ("fourth estate", "Another common way of defining the media's role is to say that it acts as the fourth estate, or "
                      "the unofficial fourth branch of government that checks the others.",
     "the unofficial fourth branch of government that checks the others"),
    # set off by dashes: the closing dash ends it
    ("anomie", "Many students struggle with anomie—a lack of clear norms—when they first leave home.",
     "a lack of clear norms"),
    # the verb follows (here the parse even misses it): the appositive's own phrase only
    ("synovial membrane", "The synovial membrane, a thin layer of connective tissue that lines the joint cavity, "
                          "secretes synovial fluid.",
     "a thin layer of connective tissue that lines the joint cavity"),
])
def test_the_gloss_is_the_whole_explaining_phrase(gloss, name, sentence, want):
    assert gloss(name, sentence) == want


@pytest.mark.parametrize("name,sentence", [
    # a remark on the clause, not what schools are
    ("schools", "Moderate social conservatives see contemporary schools as doing a poor job of instilling moral "
                "virtue in children, a claim that goes all the way back to Aristotle."),
    # a footnote's author run into the sentence by the reader
    ("news", "This in turn makes it possible to suggest that there is, underlying the news, a picture of nation and "
             "society as it ought to be.”Herbert Gans, Deciding What’s News."),
    # a reference, never a gloss
    ("United Nations", "United Nations, The 2030 Agenda for Sustainable Development, 2015, "
                       "https://sustainabledevelopment.un.org/content/documents/21252030.pdf."),
    # another term's gloss
    ("courts", "The courts apply the exclusionary rule, a principle that bars illegally obtained evidence."),
])
def test_no_gloss_where_the_phrase_explains_something_else(gloss, name, sentence):
    assert gloss(name, sentence) == ""


def test_define_item_answered_by_the_gloss_not_by_the_sentence():
    from proda.train.items.generators import definition_items
    from proda.train.items.kb import KB

    sentence = ("Another common way of defining the role of the media is to say that the press acts as the fourth "
                "estate, or the unofficial fourth branch of government that checks the others.")
    concepts = [{"id": "c_1", "name": "fourth estate", "definition": sentence, "type": "term"},
                {"id": "c_2", "name": "media", "definition": sentence, "type": "term"}]
    items = definition_items(KB([], concepts), seed=0)
    assert [(i.concept_ids, i.explanation) for i in items] == [
        (["c_1"], "Fourth estate: the unofficial fourth branch of government that checks the others.")]
