"""A degree word on a restricted genus ("a severe allergic response that ...") classifies; it does not judge.

Why (S12-D2, recurring refusals read in the development sweep): the stored-definition check
(termhood_definitions._classifies) read every degree adjective on the genus ("severe", "increased", "rapid") as a
judgment, so "X is a severe allergic response to ..." and "X is an increased depth of ..." were refused though the
genus names a class and its own phrase or clause narrows it.  A degree word (``terms.degree_adjectives``, never a
``terms.judging_adjectives`` / ``terms.judging_name_words`` entry) on a genus that is no general noun
(``terms.generic_heads``) and has a clause or an "of" phrase of its own still defines; without a restriction, on a general noun,
or with a judging adjective the sentence still characterises X.  Sentences are invented.
"""

from __future__ import annotations

import pytest

from tests.definitions_util import defined


@pytest.mark.parametrize("name,sentence", [
    ("hay fever", "Hay fever is a severe allergic response that inflames the nose and eyes after pollen is inhaled."),
    ("hyperthermia", "Hyperthermia is an elevated body temperature that results from a failure of heat loss."),
])
def test_a_degree_word_on_a_restricted_genus_still_defines(name, sentence):
    assert name in defined(sentence)


@pytest.mark.parametrize("name,sentence", [
    # a degree word and no differentia: a characterisation
    ("storm surge", "A storm surge is a sudden flood."),
    # a judging adjective still judges
    ("town meeting", "A town meeting is a serious forum for citizens who want to voice their concerns."),
    # a degree word on a general noun rates X ("an efficient process that ...")
    ("composting", "Composting is an efficient process that returns nutrients to the soil."),
    # a genus placed by a phrase other than "of": the sentence rates X where it stands
    ("tidying", "Tidying is a difficult chore in a busy household."),
    ("lifeguards", "Lifeguards are rapid helpers to swimmers in trouble."),
    # a clause the parse hangs on the genus past another phrase restricts that phrase's noun
    ("gardening", "Gardening is a difficult hobby in a city that offers little open ground."),
])
def test_no_definition_from_a_degree_word_alone_or_a_general_noun(name, sentence):
    assert name not in defined(sentence)
