"""A coordinated subject over a copula whose complement is one whole the conjuncts make up together (a definite
singular count noun: "A and B are the X"): split, each "A | are | X" is false (blind round 23, "brain | are | central
nervous system").  Invented sentences of three disciplines; a class ("are metals"), a plural definite complement
("are the primary agents of ...") and "parts of" still split or stay as before."""

from __future__ import annotations

from tests.statements_util import triples


def test_a_definite_singular_whole_is_not_split():
    got = triples("The stomach and the intestines are the digestive tract.")
    got += triples("The nucleus and the electrons are the atom.")
    got += triples("The legislature, the executive and the courts are the government.")
    assert not any(s in ("stomach", "intestines", "nucleus", "electrons", "legislature", "executive", "courts")
                   for s, _, _ in got), got


def test_a_class_is_still_split():
    got = triples("Sodium and potassium are metals.")
    assert ("sodium", "are", "metals") in got and ("potassium", "are", "metals") in got


def test_a_definite_plural_complement_is_still_split():
    got = triples("The family and the school are the primary agents of socialization.")
    assert ("family", "are", "primary agents of socialization") in got
    assert ("school", "are", "primary agents of socialization") in got


def test_a_singular_subject_with_the_whole_is_kept():
    got = triples("The brain is the control centre of the body.")
    assert ("brain", "is", "control centre of the body") in got


def test_a_relation_each_conjunct_holds_is_still_split():
    got = triples("Floods and droughts are the result of changes in rainfall.")
    assert ("floods", "are", "result of changes in rainfall") in got
    assert ("droughts", "are", "result of changes in rainfall") in got


def test_both_distributes_the_whole():
    got = triples("Both lions and tigers are the predator.")
    assert any(s == "lions" for s, _, _ in got), got
