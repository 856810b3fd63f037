"""Cloze items the independent judges of audit round 15 refused (sheet round15/astronomy-train.csv), on invented
sentences; each refusal has a kept sibling.

1. A copula stem whose genus is narrowed only by a field or place ("Viscosity is _____." -> "a very basic quantity
   in physics and engineering"): the phrase says where the thing matters, not which thing it is, so the stem has as
   many right completions as the book says of its subject.
2. A step of an exercise: "now" / "then" on the verb with a comparative that has no standard ("The Moon is now much
   higher in _____."): higher than when, only the text before says.
"""

from __future__ import annotations

from tests.items_util import one, stands


# --- 1: a genus narrowed only by a field or place -----------------------------------------------------------------

def test_a_copula_genus_narrowed_only_by_a_field_gives_no_cloze():
    assert one(("viscosity", "is", "very basic quantity in physics and engineering",
                "Viscosity is a very basic quantity in physics and engineering.")) is None
    assert one(("racism", "is", "problem in many arenas", "Racism is a problem in many arenas.")) is None
    assert one(("kinship", "is", "central structure in many societies",
                "Kinship is a central structure in many societies.")) is None


def test_a_genus_with_a_phrase_or_clause_that_says_which_keeps_its_cloze():
    assert stands(("osmosis", "is", "diffusion of water across membrane",
                   "Osmosis is the diffusion of water across a membrane."))
    assert stands(("inflation", "is", "rise in prices", "Inflation is a rise in prices."))
    assert stands(("microglia", "are", "resident immune cells in brain",
                   "Microglia are the resident immune cells in the brain."))
    assert stands(("pepsin", "is", "enzyme that breaks down proteins in stomach",
                   "Pepsin is an enzyme that breaks down proteins in the stomach."))


# --- 2: "now" / "then" and a comparative with no standard ----------------------------------------------------------

def test_a_deictic_now_with_a_bare_comparative_gives_no_cloze():
    assert one(("moon", "is", "sky", "The Moon is now much higher in the eastern sky.")) is None
    assert one(("solution", "becomes", "color", "The solution then becomes darker in color.")) is None


def test_now_without_a_comparative_or_with_its_standard_keeps_its_cloze():
    assert stands(("pet scans", "are performed with", "computed tomography scan",
                   "PET scans are now usually performed with a computed tomography scan."))
    assert stands(("moon", "is", "sky", "The Moon is now much higher in the eastern sky than it was at dusk."))
    assert stands(("king", "is", "head of state",
                   "The king is now the head of state, but he is no longer the head of government."))
