"""A "refers to" that points back at a sign, or speaks inside a parenthetical aside, defines no term (audit round 11:
"symbol" stored with "... are called the t2g orbitals (again, the symbol really refers to the symmetry of the
orbitals)" as its definition).  "The symbol" is the sign just named, not a concept, and an aside's clause is no
sentence of its own: the stored "definition" would be the whole sentence around it.  Invented sentences."""

from tests.definitions_util import defined


def test_the_sign_named_before_is_no_term():
    assert "symbol" not in defined("The symbol really refers to the shape of the lobes.")
    assert "subscript" not in defined("In this notation, the subscript refers to the state of the sample.")


def test_a_refers_to_inside_parentheses_defines_nothing():
    got = defined("The inner pair of lobes are called the t orbitals (again, the symbol really refers to the "
                  "shape of the lobes).")
    assert "symbol" not in got
    got = defined("Cells in a colony divide the work (specialization refers to the division of tasks among "
                  "cells).")
    assert "specialization" not in got


def test_a_term_that_refers_to_its_meaning_is_kept():
    assert defined("Enthalpy refers to the heat content of a system at constant pressure.") == {"enthalpy": "refers_to"}
    assert "osmolarity" in defined("The term osmolarity refers to the number of dissolved particles per liter.")
