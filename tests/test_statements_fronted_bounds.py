"""A fronted time limit that bounds the claim (independent audit round 16, social sciences): "Until the inauguration
of ... in 2009, all presidents had been ..." and "After 1991, NATO offered membership to any state ..." were stored
without the limit, as claims of all time.  A fronted "until / till / before / prior to" phrase, and an "after / since
/ following / by" phrase on a date, is carried with the frame as its scope (scope_limits.fronted_scope) or, too long
to carry, the frame is dropped.  Invented sentences; each with a kept sibling that is right.
"""

from __future__ import annotations

from tests.statements_util import triples


def test_fronted_until_is_carried_or_the_frame_dropped():
    got = triples("Until the election of 1992, all members of the council had been farmers.")
    assert ("all members of council", "had been", "farmers") not in got
    assert got and all("until" in s for s, _, _ in got)


def test_fronted_prior_to_is_carried():
    got = triples("Prior to the war, the province was a colony of the empire.")
    assert ("province", "was", "colony of empire") not in got
    assert got and all("prior to the war" in s for s, _, _ in got)


def test_fronted_before_an_event_is_carried():
    got = triples("Before the reform, landowners elected the whole assembly.")
    assert ("landowners", "elected", "whole assembly") not in got
    assert got and all("before the reform" in s for s, _, _ in got)


def test_fronted_after_a_year_is_carried():
    got = triples("After 1991, the alliance offered membership to any state that met the rules.")
    assert not any(s == "alliance" for s, _, _ in got)
    assert got and all("after 1991" in s for s, _, _ in got)


def test_fronted_by_a_year_is_carried():
    got = triples("By 2050, the city will run electric buses.")
    assert ("city", "will run", "electric buses") not in got
    assert got and all("by 2050" in s for s, _, _ in got)


def test_a_bound_too_long_to_carry_drops_the_frame():
    got = triples("Until the collapse of the old trading company in the port in 1870, the guild set the price of grain.")
    assert not any(s == "guild" for s, _, _ in got)


def test_the_same_limit_at_the_end_stays_in_the_object():
    assert ("all members of council", "had been", "farmers until the election of 1992") in \
        triples("All members of the council had been farmers until the election of 1992.")


def test_a_fronted_year_on_a_past_event_keeps_its_date():
    """Since session 42 the date is carried ("In 2010 and 2014, many Republican gains were related to ..." read as
    general without it; the judge found 30 of the sweep's dated units better than the undated ones)."""
    assert ("council in 1992", "passed", "law") in triples("In 1992, the council passed a law.")


def test_after_an_event_that_places_a_past_step_is_unchanged():
    assert ("mayor", "closed", "harbor") in triples("After the storm, the mayor closed the harbor.")


def test_a_relative_that_inside_the_bound_points_at_nothing():
    """Review R19: the "that" of a relative clause in the bound is no demonstrative ("Before this, ..." is)."""
    assert triples("Before the reforms that came, peasants owned little land.") == \
        [("peasants before the reforms that came", "owned", "little land")]
    assert triples("Before this, peasants owned little land.") == []


def test_a_that_opening_a_content_clause_points_at_nothing():
    """Review R20: "the proof that atoms exist" -- "that" (IN) opens the noun's content, it is no demonstrative."""
    assert ("chemists until the proof that atoms exist", "measured", "weights of gases") in \
        triples("Until the proof that atoms exist, chemists measured the weights of gases.")
