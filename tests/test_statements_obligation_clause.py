"""A clause under a verb of obligation ("mandates that ...", "demanded that ...", "stipulates that ...") is what
someone requires, not what is so: "the law mandates that every province hold elections" does not teach that every
province holds elections (E1's notes, session 19: "the U.S. government mandates that all children attend school"
gave "all children | attend | school").  The verbs join ``verbs.intention`` (clause_claims.embedded).  Invented sentences."""

from __future__ import annotations

from tests.statements_util import triples


def test_the_clause_of_a_mandate_is_no_fact():
    got = triples("The new charter mandates that every province hold elections each year.")
    got += triples("The union demanded that the owners raise wages for all workers.")
    got += triples("The contract stipulates that the tenant pays the rent each month.")
    assert not any(s in ("every province", "owners", "tenant") for s, _, _ in got), got


def test_the_mandate_itself_and_a_need_of_things_stay():
    assert ("new charter", "mandates", "annual elections") in triples("The new charter mandates annual elections.")
    assert ("muscle contraction", "requires", "calcium ions") in triples("Muscle contraction requires calcium ions.")
    got = triples("The council raised the tax so that the town could repair its roads.")
    assert ("council", "raised", "tax") in got
