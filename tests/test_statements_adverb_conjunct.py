"""A subject conjunct that opens on an adverb ("A, and increasingly B, has always ...") is no subject of its own.

Audit finding (round 12, judged wrong, still produced in session 13): "Technology, and increasingly media, has always
driven globalization" gave "increasingly media | has_always_driven | globalization": the adverb says media drives it
only increasingly, so the conjunct with "has always" garbles the claim.  Each test an invented sentence; kept
siblings: the first conjunct, a graded adjective opening the sentence, an adverb of a clause after "and", a focus
word on a conjunct ("and even small ponds").
"""

from __future__ import annotations

from tests.statements_util import triples


def test_adverb_led_subject_conjunct_gives_no_frame():
    got = triples("Wind, and increasingly solar power, has always supplied the island.")
    assert not any(s.startswith("increasingly") for s, _, _ in got)
    assert ("wind", "has always supplied", "island") in got


def test_graded_adjective_opening_the_sentence_is_kept():
    assert ("increasingly large farms", "supply", "cities") in triples("Increasingly large farms supply the cities.")


def test_adverb_of_a_clause_after_and_is_kept():
    got = triples("The soil dries in summer, and often the roots absorb less water.")
    assert any(s == "roots" and o == "less water" for s, _, o in got)


def test_focus_word_on_a_conjunct_is_kept():
    got = triples("Rivers, lakes, and even small ponds support many species of fish.")
    assert ("even small ponds", "support", "many species of fish") in got
