"""A fronted scope on a verb whose subjectless infinitive makes the frame ("In Japan, voters tend to favor X").

Audit round 19 (sociology): "In <country>, society tends to glorify youth" was stored as "society | tends to
glorify | youth": the parser hangs the place on "tends", the frame is "glorify"'s, and the fronted phrase was looked
for on "glorify" and its coordinated verbs only (scope_limits._clause_verbs).  Carried into the subject as for any
other verb, or the frame dropped where the phrase cannot be carried.  Invented sentences.
"""

from __future__ import annotations

from tests.statements_util import triples


def test_place_on_tend_is_carried():
    got = triples("In Canada, voters tend to favor incumbents.")
    assert ("voters in Canada", "tend to favor", "incumbents") in got
    assert not any(s == "voters" for s, _, _ in got)


def test_setting_on_tend_is_carried():
    got = triples("In a presidential system, the executive tends to dominate the budget process.")
    assert ("executive in a presidential system", "tends to dominate", "budget process") in got


def test_without_a_fronted_phrase_nothing_is_added():
    got = triples("Voters tend to favor incumbents.")
    assert ("voters", "tend to favor", "incumbents") in got
