"""A genus that gives a substance's state of matter and look is no definition (round 22 blind audit).

Why: the round-22 judges rejected "Nitrosyl fluoride ... is a gas at room temperature" as the definition of nitrosyl
fluoride, and the development chapters hold the same shape ("X is a colorless gas with a sharp odor", "X is an
off-white solid that is prepared by ...", "X are solids that typically melt at high temperatures"): asked what X is, a
teacher does not accept "a colorless gas".  The genus still defines where the term is itself a kind of that state
("An ideal gas is a gas ...") or where a word classifies the genus ("water vapor").
Sentences are invented.
"""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.definitions_util import defined  # noqa: E402


@pytest.mark.parametrize("name,sentence", [
    ("chlorine dioxide", "Chlorine dioxide is a yellow gas with a sharp, irritating smell."),
    ("methyl nitrite", "Methyl nitrite is a gas at room temperature."),
    ("bromine trifluoride", "Bromine trifluoride is a colorless, oily liquid that is prepared by heating bromine with "
                            "fluorine."),
    ("metal oxides", "Metal oxides are solids that usually melt at very high temperatures."),
    ("boric acid", "Boric acid, a white powder with no smell, is sold in pharmacies."),
])
def test_a_state_of_matter_genus_defines_nothing(nlp, name, sentence):
    assert name not in defined(sentence, nlp)


@pytest.mark.parametrize("name,sentence", [
    ("ideal gas", "An ideal gas is a gas whose molecules occupy no volume and do not attract one another."),
    ("steam", "Steam is water vapor at a temperature above its boiling point."),
    ("alloy", "An alloy is a solid mixture of two or more metals."),
])
def test_a_kind_of_that_state_or_a_classified_genus_still_defines(nlp, name, sentence):
    assert name in defined(sentence, nlp)
