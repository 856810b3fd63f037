"""Concept names and definitions the independent judges of round 15 refused (chemistry and astronomy concepts), on
invented sentences; each refusal has a kept sibling.

1. "The name X refers to ...": the noun "name" names the construction ("name Milky Way" was the term); the term is X.
"""

from tests.definitions_util import defined


# --- 1: a sign noun before the term ---------------------------------------------------------------------------------

def test_the_noun_name_before_the_term_is_no_part_of_it():
    got = defined("The name Milky Way refers to a band of very faint stars in the sky.")
    assert "milky way" in got and "name milky way" not in got
    got = defined("The name Quiet Revolution refers to a period of rapid social change in the province.")
    assert "name quiet revolution" not in got


def test_a_term_whose_own_first_word_is_name_keeps_it():
    assert "name recognition" in defined("Name recognition is a measure of how well voters know a candidate.")
    assert "term social capital" not in defined("The term social capital refers to the networks that help people act.")
    assert "social capital" in defined("The term social capital refers to the networks that help people act.")
