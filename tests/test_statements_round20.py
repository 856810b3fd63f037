"""Statement findings of the independent audit round 12 (session 11): each test an invented general-English sentence
of the construction, the wrong reading refused and a right sibling kept.

Classes: coordinated adjectives the parser read as a verb ("joins the right and left hip bones": "left" a past-tense
verb); a participle modifying the object of a relative clause read as the sentence's verb ("actors that violate
established laws": "established"); ", which" after the agent of a nominal event given a result of the event
("uptake by the intestine, which leads to"); a claim under "seem to view ..., indicating that" given without its
holder.
"""

from __future__ import annotations

from tests.statements_util import triples


# ----------------------------------------------------------------------------- coordinated adjectives as a verb


def test_coordinated_adjectives_read_as_a_verb_give_no_frame():
    got = triples("The band connects the right and left hip bones.")
    assert not any(p == "left" for _, p, _ in got)
    assert not any(o == "right" for _, _, o in got)


def test_coordinated_adjectives_read_as_a_verb_after_an_adjective_object():
    got = triples("The artery supplies the upper and left lateral walls.")
    assert not any(p == "left" for _, p, _ in got)


def test_two_real_coordinated_verbs_are_kept():
    got = triples("The nerve enters the canal and leaves the skull.")
    assert ("nerve", "enters", "canal") in got and ("nerve", "leaves", "skull") in got


def test_coordinated_adjectives_tagged_as_adjectives_are_kept():
    assert ("ligament", "connects", "upper and lower jaw bones") in triples(
        "The ligament connects the upper and lower jaw bones.")
