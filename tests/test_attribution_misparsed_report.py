"""A reporting verb the parser reads as a noun's part ("Critics of this ruling complain that it has led to the rise of
super PACs, which empower ...": "complain" hung as the object of "of", "led" as a relative clause on "Critics") still
reports a view: nothing inside its "that" clause is the book's claim (development sweep of blind round 24's shape
"a view stated as fact", political science 08: "super PACs | empower | wealthiest donors").  The misparse is
reproduced by that development sentence only (invented variants parse "complain" as the verb); the lists' new
"complain" is tested on invented sentences."""

from __future__ import annotations

from proda.ingest.extract.claims import sentence_frames
from proda.ingest.extract.nlp import load_nlp


def held(text: str) -> list[tuple[str, str, str, str]]:
    return [(f.subject, f.predicate, f.object, h) for s in load_nlp()(text).sents for f, h in sentence_frames(s)]


def test_a_misparsed_complaint_gives_no_claim_of_the_book():
    got = held("Critics of this ruling complain that it has led to the rampant rise of super PACs, which empower "
               "the wealthiest donors and receive dark money.")
    assert not any(h == "" for *_, h in got), got


def test_a_complaint_parsed_as_a_verb_keeps_its_holder():
    got = held("Critics of globalization complain that multinational corporations exploit cheap labor.")
    assert ("multinational corporations", "exploit", "cheap labor", "Critics of globalization") in got, got
    got = held("Critics of this decision complain that it has led to the rapid growth of lobbying firms, which "
               "influence the largest donors and receive secret funds.")
    assert got and all(h == "Critics of this decision" for *_, h in got), got


def test_an_argument_is_as_before():
    got = held("Critics of the ruling argue that it has led to the rise of super PACs, which empower wealthy donors.")
    assert ("super PACs", "empower", "wealthy donors", "Critics of the ruling") in got, got
