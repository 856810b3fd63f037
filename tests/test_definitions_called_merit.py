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


def test_kept_a_merit_superlative_that_names_no_use():
    """Without a use ("to use on ...", "for skewed data") the superlative is the named thing's own property: the
    definitions of economics, physics and statistics (review R2 of 6ceedb5, which refused these)."""
    assert "pareto efficiency" in defined("The most efficient allocation of resources, in which no one can be made "
                                          "better off without making someone worse off, is called Pareto efficiency.")
    assert "carnot engine" in defined("The most efficient engine that can run between two temperatures is called a "
                                      "Carnot engine.")
    assert "median" not in defined("The most useful measure of central tendency for skewed data is called the median.")
