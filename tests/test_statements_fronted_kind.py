"""A fronted "In this form of ..." that points at a kind the paragraph describes (independent audit round 16,
sociology: "In this form of authority, all officials are personal favorites appointed by the ruler" was stored as a
claim about all officials).  A case preposition on a demonstrative (or "such") and a noun of a kind ("form", "type",
"kind", "variety"), alone or with its "of" phrase, scopes the clause to a subtype the sentence does not name: no
frame (left_out.deictic_scope).  The general form, any noun after a fronted "In this/these", was measured on the
development chapters and is not refused ("In these systems, cabinet members play a significant role": true beyond
them).  Invented sentences; each with a kept sibling that is right.
"""

from __future__ import annotations

from tests.statements_util import triples


def test_in_this_form_of_is_refused():
    got = triples("In this form of government, all ministers are appointed by the king.")
    assert not any("ministers" in o or "ministers" in s for s, _, o in got)


def test_in_these_types_of_is_refused():
    got = triples("In these types of markets, a single firm sets the price of every good.")
    assert not any(s.startswith("single firm") for s, _, _ in got)


def test_in_such_a_kind_of_is_refused():
    got = triples("In such a kind of economy, the state owns all factories.")
    assert not any(s == "state" for s, _, _ in got)


def test_a_named_kind_is_carried_not_refused():
    got = triples("In a parliamentary form of government, the prime minister leads the cabinet.")
    assert any(s.startswith("prime minister") and o == "cabinet" for s, _, o in got)


def test_the_same_clause_without_the_pointer_is_kept():
    assert ("king", "appoints", "all ministers") in triples("All ministers are appointed by the king.")


def test_in_this_way_is_kept():
    got = triples("In this way, the committee controls the budget of the city.")
    assert any(s == "committee" and p == "controls" for s, p, _ in got)
