"""Statements (audit round 17, sociology: "Americans | engage_with | platforms that deliver news in that manner",
the manner the sentences before describe): a demonstrative "that" before a noun inside the frame points into the
paragraph as "this" and "those" do (``limits.book_pointer``).  Kept siblings: the relative "that" ("platforms that
deliver news quickly") and the same frame without the pointer."""

from __future__ import annotations

import pytest

from tests.statements_util import triples

pytest.importorskip("spacy")


def test_a_frame_with_that_before_a_noun_points_back():
    text = "Many readers still engage with the platforms that deliver news in that manner."
    assert not triples(text), triples(text)


def test_a_relative_that_is_no_pointer():
    text = "Many readers still engage with the platforms that deliver news quickly."
    assert ("many readers", "engage with", "platforms that deliver news quickly") in triples(text), triples(text)


def test_that_before_a_noun_the_sentence_named_is_kept():
    """(development sweep) "members of a community have responsibilities to that community": the noun is named in the
    sentence itself."""
    text = "Members of a guild have duties to that guild."
    assert ("members of guild", "have", "duties to guild") in triples(text), triples(text)


def test_that_before_a_process_of_the_paragraph_points_back():
    text = "The cold air inside a cellar slows that process for weeks."
    assert not triples(text), triples(text)


def test_that_before_a_copula_genus_is_kept():
    """(development sweep) "The thigh is that portion of the lower limb located between ...": a genus that looks
    ahead to its own phrase."""
    text = "The calf is that portion of the lower leg located between the knee and the ankle."
    assert any(s == "calf" and p == "is" for s, p, _ in triples(text)), triples(text)


@pytest.mark.parametrize("text", [
    # review R22 (finding 4): a "that" in a phrase after the object (the verb's tail) points back as "this" does
    "Governments raise revenue in that way.",
    "Farmers sell grain in that market every autumn.",
])
def test_that_in_the_verbs_tail_points_back(text):
    assert not [t for t in triples(text) if "that" in t[2]], triples(text)


def test_a_tail_without_a_pointer_is_kept():
    text = "Farmers sell grain in the local market every autumn."
    assert any(s == "farmers" and p == "sell" for s, p, _ in triples(text)), triples(text)
