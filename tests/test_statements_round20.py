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


# ----------------------------------------------------------------------------- a participle read as the verb


def test_a_participle_after_a_relative_clause_verb_is_no_predicate():
    got = triples("Regional actors that flagrantly violate established laws and employ threats to achieve their ends "
                  "are considered “illegitimate.”")
    assert not any(p == "established" for _, p, _ in got)
    assert not any(s.endswith("violate") for s, _, _ in got)  # the subject cut after the relative clause's verb


def test_a_participle_inside_the_relative_clause_object_keeps_the_main_verb():
    got = triples("Rebels that flagrantly defy established laws employ violence.")
    assert any(p == "employ" and o == "violence" for _, p, o in got)


def test_a_verb_after_a_relative_clause_with_its_own_subject_is_kept():
    got = triples("The speed with which this occurred demonstrated a steady decline in the birth rate.")
    assert any(p == "demonstrated" and o.startswith("steady decline") for _, p, o in got)


# ----------------------------------------------------------------------------- ", which" after a nominal event's agent


def test_which_after_the_agent_of_an_event_is_not_given_the_events_result():
    got = triples("The hormone increases water uptake by the intestine, which also leads to higher blood volume.")
    assert not any(s == "intestine" for s, _, _ in got)


def test_which_after_a_place_noun_is_kept():
    assert ("kidney", "filters", "blood") in triples("The duct opens into the kidney, which filters blood.")


def test_which_after_an_agent_with_a_verb_of_its_own_is_kept():
    got = triples("The drug is removed by the liver, which also stores glycogen.")
    assert ("liver", "stores", "glycogen") in got


def test_which_after_the_agent_of_a_passive_is_kept():
    assert ("bacterium", "causes", "cholera") in triples("The toxin is made by the bacterium, which causes cholera.")


# ----------------------------------------------------------------------------- a view under "seem to view"


def test_a_clause_indicating_a_held_view_is_not_the_books_claim():
    got = triples("Parents seem to view this trend with alarm, indicating that the rise of online games harms young "
                  "children.")
    assert not any(p == "harms" for _, p, _ in got)


def test_a_view_as_clause_gives_no_claim():
    got = triples("Voters appear to view private schools as offering better teaching.")
    assert not any(o == "better teaching" for _, _, o in got)


def test_the_same_claim_stated_by_the_book_is_kept():
    got = triples("The rise of online games harms young children, and parents seem to view this trend with alarm.")
    assert ("rise of online games", "harms", "young children") in got
