""""X is called Y" where X ranks a thing by its merit for a use ("the safest procedure to use on a patient is called
endotracheal intubation", audit round 18: the sentence says which procedure is safest, not what intubation is)
defines nothing; a superlative of a measurable property picks the thing out and stays ("the outermost
layer of the tendon is called the epitenon").  Invented sentences (``definition_gates.ranked_by_merit``)."""

from tests.definitions_util import defined


def test_a_name_for_the_best_choice_is_not_defined():
    assert "cool irrigation" not in defined("For a small kitchen burn, the best treatment to give is called cool "
                                            "irrigation.")
    assert "tepid sponging" not in defined("The most effective way to lower a child's fever is known as tepid "
                                           "sponging.")
    assert "nasal cannulation" not in defined("To prevent injury, the safest method to use on an infant is called "
                                              "nasal cannulation.")


def test_kept_a_superlative_of_a_measurable_property():
    assert "outer sheath" in defined("The most superficial layer of the tendon is called the outer sheath.")
    assert "epitenon" in defined("The outermost layer of the tendon is called the epitenon.")
