"""A participle on a noun of a past-tense clause tells of that past event: "In 2009, a team of psychologists, led by
Thomas Fritz of the Max Planck Institute, studied ..." was stored "Thomas Fritz of Max Planck Institute | leads | team
of psychologists" (session 33's fresh sociology sample: one study's fact stated as standing).  In a present-tense
clause the participle's frame stays."""

from __future__ import annotations

from tests.statements_util import triples


def test_a_participle_of_a_past_event_gives_no_standing_fact():
    got = triples("In 2009, a team of psychologists, led by Thomas Fritz of the Max Planck Institute, studied "
                  "people’s reactions to music.")
    assert not any(p == "leads" for _, p, _ in got)


def test_a_participle_in_a_present_clause_stays():
    got = triples("Insulin, produced by the pancreas, lowers blood glucose.")
    assert ("Insulin", "lowers", "blood glucose") in got
    assert any(s == "pancreas" and o == "Insulin" for s, _, o in got)
