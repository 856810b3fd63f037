"""A relative clause on the noun of "A in/on/from B, which ..." is not read as B's when it may be A's.

Why (audit round 21, chemistry 17): "Ozone in the upper atmosphere, which protects the earth ..." gave "upper
atmosphere | protects | earth": the parse hangs the clause on the nearer noun.  antecedents.placed_inner refuses it
when the clause's verb agrees in number with A and not with B ("sensors in the finger, which send"), or when A is a
bare subject or object and the phrase one of place or source.  Each test an invented sentence; kept siblings: the
phrase on a verb ("flows into the lake, which ..."), the clause on a plain noun, the frame of the main verb.
"""

from __future__ import annotations

from tests.statements_util import triples


def test_clause_on_place_noun_of_bare_subject_is_refused():
    got = triples("Dust in the lower air, which blocks sunlight, is carried by the wind.")
    assert not any(s == "lower air" for s, _, _ in got)
    assert ("wind", "carries", "dust in lower air") in got


def test_clause_on_source_noun_of_bare_subject_is_refused():
    got = triples("Smoke from the factory, which pollutes the river, is a serious problem.")
    assert not any(s == "factory" and p == "pollutes" for s, p, _ in got)


def test_plural_verb_agreeing_with_first_noun_is_refused():
    got = triples("Heat activates pain sensors in the finger, which send signals to the brain.")
    assert not any(s == "finger" for s, _, _ in got)


def test_phrase_on_a_verb_keeps_its_clause():
    got = triples("The river flows into the lake, which feeds the town.")
    assert ("lake", "feeds", "town") in got


def test_clause_on_a_plain_noun_is_kept():
    got = triples("Every spring the lake, which feeds the town, fills with melted snow.")
    assert any(s == "lake" and p == "feeds" for s, p, _ in got)


def test_singular_verb_agreeing_with_the_inner_noun_keeps_its_clause():
    # review R6: a bare plural A with a singular verb: the clause is B's, as the number says
    assert ("liver", "stores", "glycogen") in triples("Cells in the liver, which stores glycogen, divide slowly.")
    assert ("air", "has", "low density") in triples(
        "Pressure waves in the air, which has a low density, travel slowly.")
