"""A fronted phrase of rare cases makes the claim a share of them: "On rare occasions, a sudden serious injury will
cause tendinitis" was stored "sudden serious injury | will cause | tendinitis" (session 33's fresh anatomy sample,
wrong: the book says most cases come from repetitive motion).  ``hedges.rare_cases`` joins the quantifiers of
``hedges._restricted`` ("in some cases")."""

from __future__ import annotations

from tests.statements_util import triples


def test_rare_cases_restrict_the_claim():
    assert triples("On rare occasions, a sudden serious injury will cause tendinitis.") == []
    assert triples("In extreme cases, dehydration causes death.") == []


def test_the_claim_without_them_stays():
    assert triples("A sudden serious injury can cause tendinitis.") == [("sudden serious injury", "can cause",
                                                                        "tendinitis")]
