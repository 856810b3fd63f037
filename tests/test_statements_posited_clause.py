"""A "that" clause told as the content of a noun of possibility, hope or fear ("the possibility also exists that
regimes gain legitimacy through ... manufactured consent": independent audit round 5, judged a fragment, still
produced in session 15 as "regimes | gain | legitimacy") is not asserted by the book.  clause_claims.believed refuses a clause
whose noun (lexical [args] nonfactive_nouns) is the subject of the verb it hangs on ("The possibility exists that
X", extraposed) or its head ("the hope that X").  Invented sentences; kept siblings: a factive noun ("The fact
remains that X"), a reporting verb the attribution reads ("The evidence suggests that X"), the plain clause.
"""

from __future__ import annotations

from tests.statements_util import triples


def test_extraposed_possibility_clause_gives_no_frame():
    got = triples("The possibility also exists that farmers gain land through marriage.")
    assert not any(s == "farmers" for s, _, _ in got)


def test_extraposed_fear_clause_gives_no_frame():
    assert ("heavy rain", "erodes", "soil") not in triples("The fear remains that heavy rain erodes the soil.")


def test_indefinite_risk_clause_gives_no_frame():
    assert ("dam", "breaks", "levee") not in triples("A risk exists that the dam breaks the levee.")


def test_factive_noun_clause_is_kept():
    assert ("heavy rain", "erodes", "soil") in triples("The fact remains that heavy rain erodes the soil.")


def test_plain_clause_is_kept():
    assert ("heavy rain", "erodes", "soil") in triples("The evidence suggests that heavy rain erodes the soil.")
