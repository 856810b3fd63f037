"""Definitions the fresh judges of round 14 refused (chemistry and sociology training items), on invented sentences;
each refusal has a kept sibling.

1. "called X, which means Y" translates the name X, it does not define X ("Aqua regia means royal water").
"""

from tests.definitions_util import defined


# --- 1: the meaning of a name given by a naming verb ----------------------------------------------------------------

def test_which_means_after_a_name_given_translates_the_name():
    assert "oil of vitriol" not in defined("The strong solvent is called oil of vitriol, which means glassy oil.")
    assert "oil of vitriol" not in defined("This compound is known as oil of vitriol, which means glassy oil.")


def test_which_means_after_a_term_with_no_naming_verb_still_defines():
    assert "osmosis" in defined("Osmosis, which means the movement of water across a membrane, keeps cells alive.")
