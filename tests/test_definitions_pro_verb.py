"""A definition whose verb phrase is "do so" with nothing in its sentence for it to stand for says nothing by itself
(audit round 12: "Digital tribalism, then, is the tendency to do so online, and also to forge new tribes ..." was
stored for "digital tribalism"; what "do so" does is in the sentence before).  Invented sentences."""

from tests.definitions_util import defined


def test_do_so_pointing_to_the_sentence_before_defines_nothing():
    got = defined("Online tribalism, then, is the tendency to do so on the internet, and also to form new groups.")
    assert "online tribalism" not in got


def test_do_so_standing_for_a_verb_of_its_own_sentence_is_kept():
    got = defined("Tribalism is the tendency to form tight groups and to do so against outsiders.")
    assert "tribalism" in got
