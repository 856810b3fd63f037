""""X is the N of Y, and so it is Z": a class stated as the premise of an inference defines nothing.

Round 19 judged "bromide ion: The bromide ion is the conjugate base of a strong acid, and so it is of negligible base
strength" no definition: the sentence reasons from X's class to a property of X (a second clause with its own
subject after "and so" / "thus" / "therefore" / "hence"), so it teaches the property, not what X is.  A consequence
without its own subject ("..., thus resulting in injury", "..., and thus controlling the rate") or "and so on"
leaves the definition as it was.  Sentences invented."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from definitions_util import defined  # noqa: E402


@pytest.mark.parametrize("sentence, name", [
    ("The nitrate ion is the partner of a strong acid in water, and so it hardly takes up protons.", "nitrate ion"),
    ("A tariff is a tax on imported goods, and therefore it raises the price that buyers pay.", "tariff"),
    ("A glacier is a mass of ice that moves under its own weight, and thus it carves deep valleys.", "glacier"),
])
def test_a_class_given_as_a_premise_defines_nothing(sentence, name):
    assert name not in defined(sentence), defined(sentence)


@pytest.mark.parametrize("sentence, name", [
    ("A relay station is a network of neurons that passes signals to the cortex, thus controlling the overall rate.",
     "relay station"),
    ("A tariff is a tax on imported goods that a state collects at its border, and so on.", "tariff"),
    ("The nitrate ion is the partner of a strong acid in water.", "nitrate ion"),
])
def test_a_definition_with_a_consequence_of_its_own_stays(sentence, name):
    assert defined(sentence).get(name) == "is_a", defined(sentence)
