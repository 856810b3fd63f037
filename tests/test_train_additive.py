"""Training items, audit round 21 (sociology train row 2): an additive focus word on the verb ("also", "too", "as
well", "in addition", "likewise") says the book gives other objects elsewhere, so "What does X <verb>?" keyed with
this sentence's object alone has no single answer (``items.additive``).  Invented sentences; each refusal has a
kept sibling (the word absent, or the other term named in the sentence)."""

from __future__ import annotations

import pytest

from proda.train.items.additive import additive
from proda.train.items.generators import function_items
from proda.train.items.relations import relation_items
from tests.items_util import kb_of


def _rel(*rows):
    return {d.explanation.split(" The text says")[0] for d in relation_items(kb_of(list(rows)), 0)}


def _fn(*rows):
    return {d.explanation.split(" The text says")[0] for d in function_items(kb_of(list(rows)), 0)}


@pytest.mark.parametrize("quote", [
    "River otters also eat crayfish.",
    "River otters eat crayfish too.",
    "River otters eat crayfish as well.",
    "In addition, river otters eat crayfish.",
    "Likewise, river otters eat crayfish.",
])
def test_an_additive_word_on_the_verb_asks_no_relation_question(quote):
    assert _rel(("river otters", "eat", "crayfish", quote)) == set()


def test_the_plain_sentence_is_still_asked():
    assert _rel(("river otters", "eat", "crayfish", "River otters eat crayfish.")) == {"River otters eat crayfish."}


def test_a_group_with_a_plain_member_keeps_every_object():
    """"also" points at the other sentence of the group, whose object the answer lists beside its own."""
    got = _rel(("river otters", "eat", "freshwater fish", "River otters eat freshwater fish."),
               ("river otters", "eat", "crayfish", "River otters also eat crayfish."))
    assert len(got) == 1 and "crayfish; and freshwater fish" in got.pop()


def test_a_function_question_of_an_additive_sentence_is_not_asked():
    assert _fn(("the ovaries", "produce", "the hormone relaxin",
                "In addition, the ovaries produce the hormone relaxin.")) == set()
    assert _fn(("the ovaries", "produce", "the hormone relaxin",
                "The ovaries produce the hormone relaxin.")) != set()


@pytest.mark.parametrize("quote,lemma,obj", [
    ("The ovaries produce relaxin as well as estrogen.", "produce", "relaxin"),  # the other term is named
    ("In addition to estrogen, the ovaries produce relaxin.", "produce", "relaxin"),
    ("The ovaries not only store eggs but also produce relaxin.", "produce", "relaxin"),
    ("The ovary, also called the female gonad, produces relaxin.", "produce", "relaxin"),  # another name
    ("Surgeons repair broken hips, but they also treat sprains.", "repair", "broken hips"),  # on another verb
])
def test_an_additive_word_whose_other_term_is_here_or_on_another_verb_is_no_cue(quote, lemma, obj):
    assert not additive({"quote": quote, "lemma": lemma, "object": obj})


@pytest.mark.parametrize("quote,lemma,obj", [
    ("The heart pumps blood too quickly during a fever.", "pump", "blood"),
    ("The tariff raised prices too much for most buyers.", "raise", "prices"),
])
def test_a_degree_too_on_the_word_after_it_is_no_cue(quote, lemma, obj):
    """Review R5 of 7347ecf: "too" + an adjective or adverb grades that word ("too quickly"); it says no other
    object exists.  The additive "too" after the object ("River otters eat crayfish too.") stays a cue (above)."""
    assert not additive({"quote": quote, "lemma": lemma, "object": obj})
