"""A possessive determiner the extractor dropped from inside a statement's object (S15-K, development chapters,
docs/audits/dev-2026-12-01/untaught-funnel.md): "appoints the chief justice of their high court" is stored with the
object "chief justice of high court", which is no run of the sentence's words, so no blank was found.  The cloze
finds the span with the possessive inside it and blanks the book's words, possessive included.  Sentences invented."""

from __future__ import annotations

from tests.items_util import one


def test_a_possessive_dropped_inside_the_object_is_found_and_blanked_with_it():
    row = ("city council", "appoint", "chief of regional water board",
           "The city council appoints the chief of their regional water board.")
    assert one(row) == ("The city council appoints _____.", "the chief of their regional water board")
    row = ("club charter", "protect", "voting rights of all members",
           "The club charter protects the voting rights of all its members.")
    assert one(row) == ("The club charter protects _____.", "the voting rights of all its members")
    row = ("fusion reactors", "require", "high pressures for ignition",
           "Fusion reactors require high pressures for their ignition.")
    assert one(row) == ("Fusion reactors require _____.", "high pressures for their ignition")


def test_an_object_matching_the_words_as_they_stand_is_unchanged():
    """Kept sibling: the sentence's words with no possessive blank as before."""
    row = ("city council", "appoint", "chief of regional water board",
           "The city council appoints the chief of the regional water board.")
    assert one(row) == ("The city council appoints _____.", "the chief of the regional water board")


def test_a_possessive_does_not_stand_for_other_words():
    """Kept refusals: only a possessive determiner is passed over, not an adjective the object lacks; a blank that
    opens with the possessive ("its own growth": whose?) is still refused by the pointing opener, as before."""
    assert one(("liver", "regulate", "own growth", "The liver regulates its own growth after an injury.")) is None
    row = ("city council", "appoint", "chief of regional water board",
           "The city council appoints the chief of the old regional water board.")
    assert one(row) is None
