"""An ordinal joined by a hyphen to the next word is half of a compound modifier, not a count (issue 11, session 16
engineer S: frameless sentences): "The half-life of a first-order reaction is independent of concentration" gave no
frame -- spaCy marks "first" like_num, and arguments.arg_at refuses any number in an argument (the numbers of a
worked example).  A counted number, a bare ordinal ("the first step": a place in the page's list) and a suspended
hyphen ("second- and third-wave") are still refused.  Invented sentences."""

from __future__ import annotations

from tests.statements_util import triples


def test_hyphenated_ordinal_modifier_gives_a_frame():
    got = triples("A second-degree burn damages the dermis.")
    assert ("second-degree burn", "damages", "dermis") in got


def test_hyphenated_ordinal_in_an_of_phrase_gives_a_frame():
    got = triples("The half-life of a first-order reaction is independent of the starting concentration.")
    assert ("half-life of first-order reaction", "is independent of", "starting concentration") in got


def test_counted_number_is_still_refused():
    # kept refused: the numbers of a worked example
    assert not triples("Two blue spheres touch the red cube.")


def test_bare_ordinal_is_still_refused():
    # kept refused: "the first step" points at a list on the page
    assert not triples("The first step releases a phosphate group.")


def test_suspended_hyphen_kept_whole_in_the_argument():
    # review R21 (finding 9): spaCy keeps "second-" as one token, so the phrase comes whole and is right (this replaces
    # a test asserting o != "third-wave", which passed whatever the code did)
    got = triples("The reform movement includes second- and third-wave feminism.")
    assert ("reform movement", "includes", "second- and third-wave feminism") in got, got


def test_suspended_hyphen_parted_from_its_noun_is_refused():
    # review R21 (finding 9): the parse hangs "first-, second- and third-degree" on the verb; "burns" alone drops them
    got = triples("The clinic treats first-, second- and third-degree burns.")
    assert not any(o == "burns" for _, _, o in got), got
