"""', which' + a verb of bringing a result about, hung on the object of a preposition: the result is the clause's.

Audit finding (rounds 9 and 10, judged wrong, still produced in session 13): "... are far less likely to come out to
healthcare professionals, which may also lead to healthcare issues" gave "healthcare professionals | may_lead_to |
healthcare issues", and "... (called entrapment) in mobile-dependent relationships, which led to overall
dissatisfaction" gave "mobile-dependent relationships | led_to | ...": what leads to the result is the act (not
coming out, the entrapment), not the noun the parser hung the relative clause on.  Each test an invented
sentence; the kept siblings: the product of a change ("converted to fat, which contributes to ..."), a direct object
("releases glucagon, which leads to ...": the thing released does it), the agent of a passive.
"""

from __future__ import annotations

from tests.statements_util import triples


def test_which_after_a_partner_of_the_act_gives_no_result_frame():
    got = triples("Young workers seldom turn to union representatives, which may also lead to unsafe conditions.")
    assert not any(s == "union representatives" for s, _, _ in got)
    assert ("young workers", "seldom turn to", "union representatives") in got  # the clause itself stays


def test_which_after_a_place_of_the_finding_gives_no_result_frame():
    got = triples("Researchers found signs of stress in long-distance friendships, which led to lower satisfaction.")
    assert not any(s == "long-distance friendships" for s, _, _ in got)


def test_which_after_a_direct_object_is_kept():
    got = triples("The pancreas releases glucagon, which leads to a rise in blood glucose.")
    assert ("glucagon", "leads to", "rise in blood glucose") in got


def test_which_after_the_agent_of_a_passive_is_kept():
    got = triples("The fever is caused by the virus, which leads to a loss of appetite.")
    assert any(s == "virus" and p == "leads to" for s, p, _ in got)


def test_which_after_the_product_of_a_change_is_kept():
    got = triples("In the liver, the sugar is converted to fat, which contributes to weight gain.")
    assert any(s == "fat" and p == "contributes to" for s, p, _ in got)
