"""Definitions the fresh judges of round 14 refused (chemistry and sociology training items), on invented sentences;
each refusal has a kept sibling.

1. "called X, which means Y" translates the name X, it does not define X ("Aqua regia means royal water").
2. "X is a stronger / more reactive Y than Z": a comparison, not a definition.
"""

from tests.definitions_util import defined


# --- 1: the meaning of a name given by a naming verb ----------------------------------------------------------------

def test_which_means_after_a_name_given_translates_the_name():
    assert "oil of vitriol" not in defined("The strong solvent is called oil of vitriol, which means glassy oil.")
    assert "oil of vitriol" not in defined("This compound is known as oil of vitriol, which means glassy oil.")


def test_which_means_after_a_term_with_no_naming_verb_still_defines():
    assert "osmosis" in defined("Osmosis, which means the movement of water across a membrane, keeps cells alive.")


# --- 2: a comparative genus with its "than" --------------------------------------------------------------------------

def test_a_comparative_genus_with_than_compares_and_defines_nothing():
    assert "fluorine" not in defined("Fluorine is a stronger oxidizing agent than chlorine.")
    assert "potassium" not in defined("Potassium is a more reactive metal than sodium.")


def test_a_comparative_inside_the_genus_clause_or_after_it_still_defines():
    assert "fluorine" in defined("Fluorine is a halogen that is more reactive than chlorine.")
    assert "superacid" in defined("A superacid is an acid stronger than pure sulfuric acid.")
