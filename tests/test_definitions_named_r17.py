"""Review R17 finding 6: a name given inside a sentence (definition_named) that is no naming of the described noun.

"Lead is a toxic metal known as a cause of brain damage": an indefinite noun with its own "of" complement after
"known as"/"referred to as" describes what the thing is known for, it gives no name; "a rural village called home by
many farmers": a participle with an agent says what someone calls it, no name of the kind; "typically known as": a
frequency adverb (lexical hedges.adverbs) makes it one usage; "Many farms have ... and are called estates": a vague
share of the subject is named, not the class.  Kept: a real "known as" naming ("known as a hamlet", "collectively
known as the ossicles", "a thin layer of straw known as mulch"), an unquantified subject and "One X ...
is now called Y" (the one singled out is named).
"""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.definitions_util import defined  # noqa: E402


@pytest.mark.parametrize("sentence, name", [
    ("Lead is a toxic metal known as a cause of brain damage.", "cause of brain damage"),
    ("Settlers built a rural village called home by many farmers.", "home"),
    ("A large region of the brain, typically known as the gray matter, controls thought.", "gray matter"),
    ("Many farms have many workers and are called estates.", "estates"),
    ("Several farms have many workers and are called estates.", "estates"),
    ("Some large farms have many workers and are called estates.", "estates"),
    ("In such towns, the head of the local council, often called the warden, has only a limited role.", "warden"),
])
def test_a_name_that_is_no_naming_of_the_described_noun_is_not_defined(nlp, sentence, name):
    assert name not in defined(sentence, nlp)


@pytest.mark.parametrize("sentence, name", [
    ("Farmers moved to a small rural settlement known as a hamlet.", "hamlet"),
    ("The small bones of the middle ear, collectively known as the ossicles, carry sound.", "ossicles"),
    ("Gardeners spread a thin layer of straw known as mulch over the soil.", "mulch"),
    ("Large farms have many workers and are called estates.", "estates"),
    ("Rising prices are what Marx called the crisis of capital.", "crisis of capital"),
    ("In such towns, the head of the local council, called the warden, chairs every meeting of the council.",
     "warden"),
    ("One seedling, usually the tallest, survives the frost and is now called the leader shoot.", "leader shoot"),
])
def test_a_real_naming_inside_a_sentence_stays_defined(nlp, sentence, name):
    assert name in defined(sentence, nlp)
