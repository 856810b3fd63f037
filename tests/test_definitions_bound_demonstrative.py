"""A demonstrative that points back inside the genus's own phrase leaves the definition whole.

Why (issue 11, prose-only glossary recall): a demonstrative in the genus ("the source of the energy that drives this
reaction") ties the definition to another sentence, so the genus gate refused every genus holding one; but "A mutation
is a change in the nucleotide sequence in a gene ..., potentially altering the protein coded by that gene" and
"intersectionality, or the belief that individuals may belong to more than one oppressed group and that these groups
intersect" point back to a noun of their own phrase ("a gene" ... "that gene"), and say all by themselves
(``definition_gates._bound_inside``).  Sentences are invented.
"""

from __future__ import annotations

import pytest

from tests.definitions_util import defined


@pytest.mark.parametrize("name,sentence", [
    ("tariff", "A tariff is a tax on goods that cross a border, collected when those goods enter the country."),
    ("relapse", "A relapse is a return of the symptoms of a disease after a period in which those symptoms had eased."),
])
def test_a_demonstrative_bound_inside_the_genus_still_defines(name, sentence):
    assert name in defined(sentence)


@pytest.mark.parametrize("name,sentence", [
    # the reaction is another sentence's: the genus does not say which one
    ("activation energy", "Activation energy is the source of the energy that drives this reaction."),
    ("catalyst", "A catalyst is a substance that speeds up these reactions without being used up."),
])
def test_a_demonstrative_pointing_outside_still_refuses(name, sentence):
    assert name not in defined(sentence)
