"""A fronted complex preposition is no place or kind the claim holds in: "In spite of their importance, elections
have low participation" was stored "elections in spite of their importance | have | low participation" (session 32's
sweep of the development chapters: the concession carried in the subject as if it singled out some elections).
``scope_limits.fronted_scope`` carries nothing for a concession or a reason ("in spite of", "in view of") and drops
the frame under a condition ("in case of"); a place, a topic that may narrow the claim ("In terms of elections, a
moral hazard is ...") and "in cases of X" still travel with the subject."""

from __future__ import annotations

from tests.statements_util import triples


def test_a_concession_is_not_carried():
    assert triples("In spite of their importance, elections have low participation.") == [
        ("elections", "have", "low participation")]


def test_a_condition_drops_the_frame():
    assert triples("In case of fire, the alarm activates the sprinklers.") == []


def test_a_place_a_topic_and_cases_are_still_carried():
    assert ("courts in the United States", "perform", "judicial review") in triples(
        "In the United States, the courts perform judicial review.")
    assert ("government in terms of monetary policy", "can print", "money") in triples(
        "In terms of monetary policy, the government can print money.")
    got = triples("In cases of poorly controlled diabetes mellitus, glucose levels exceed the capacity of the "
                  "tubular glucose symporters.")
    assert got and got[0][0].startswith("glucose levels in cases of")
