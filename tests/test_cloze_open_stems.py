"""Very open cloze stems (audit round 16, judged borderline or rejected): a subject and a light verb of having,
making or doing ("ASEAN has _____.", "MNCs do exert _____.", "Feminists engaged in _____."; cloze_stem.thin_stem
with [cloze] light_verbs) and a key that names only a collection of general things ("follows _____." -> "a common
sequence of events"; cloze_stem.collection_key): almost anything fits the blank.  Sentences invented."""

from __future__ import annotations

from tests.items_util import one


def test_subject_and_light_verb_alone_are_refused():
    assert one(("the guild", "have", "strict rules for new members", "The guild has strict rules for new members.")) is None
    assert one(("sailors", "engage in", "trade with coastal towns", "Sailors engaged in trade with coastal towns.")) is None
    assert one(("river towns", "do exert", "some control over trade", "River towns do exert some control over trade.")) is None


def test_key_naming_a_collection_of_general_things_is_refused():
    row = ("wound healing in plants", "follow", "a common sequence of events",
           "Wound healing in plants is a slow process and follows a common sequence of events.")
    assert one(row) is None


def test_stem_with_a_word_of_its_own_and_a_collection_of_named_things_are_kept():
    """Kept siblings: a light verb with a content word beside it ("on their skin"), and a collection of things the
    key names ("a series of lumbar veins")."""
    assert one(("most mammals", "have", "hair", "Most mammals have hair on their skin.")) == (
        "Most mammals have _____ on their skin.", "hair")
    row = ("the lumbar region", "drain", "a series of lumbar veins",
           "The lumbar region of the back is drained by a series of lumbar veins.")
    assert one(row) == ("The lumbar region of the back is drained by _____.", "a series of lumbar veins")
