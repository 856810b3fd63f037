"""A reciprocal predicate of a coordinated subject relates the conjuncts to each other ("politics and the economy were
already interconnected in the real world": independent audit rounds 9 and 12, judged wrong, still produced in
session 15 as "politics | were interconnected in | real world").  Split, each conjunct is said to be
"interconnected"/"similar"/"equal" with nothing.  Refused by reciprocals.reciprocal_pair; invented sentences, with kept
siblings: the other party named ("similar to wolves", "linked to the river"), a single subject.
"""

from __future__ import annotations

from tests.statements_util import triples


def test_interconnected_coordinated_subject_is_refused():
    got = triples("Farming and trade were already interconnected in the old world.")
    assert not any(s in ("farming", "trade") for s, _, _ in got)


def test_similar_in_coordinated_subject_is_refused():
    got = triples("Cats and dogs are similar in many ways.")
    assert not any(s in ("cats", "dogs") for s, _, _ in got)


def test_related_in_coordinated_subject_is_refused():
    got = triples("Farming and trade are closely related in many villages.")
    assert not any(s in ("farming", "trade") for s, _, _ in got)


def test_equal_in_coordinated_subject_is_refused():
    got = triples("Boys and girls are equal in ability.")
    assert not any(s in ("boys", "girls") for s, _, _ in got)


def test_other_party_named_is_kept():
    got = triples("Cats and dogs are similar to wolves.")
    assert ("cats", "are similar to", "wolves") in got and ("dogs", "are similar to", "wolves") in got
    got = triples("Farming and trade are interconnected with the river economy.")
    assert ("farming", "are interconnected with", "river economy") in got


def test_single_subject_is_kept():
    assert ("town", "is similar in", "size") in triples("The town is similar in size.")
    assert ("farming", "is interconnected in", "many ways") in triples("Farming is interconnected in many ways.")
