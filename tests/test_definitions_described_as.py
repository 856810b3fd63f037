""""X is described as Y" / "X is characterized as Y" says how X is described, not what X is (round 19: "dishes: Not
surprisingly, dishes that contain meat are often described as savory" judged no definition).

On the development chapters of four books the route gave 4 right definitions in 23 (an adjective that names another
term, "... are characterized as exergonic"; a property, "are usually described as having one axon"; a comparison,
"can be described as a battery"; a label for one case, "The artery at this point is described as a muscular
artery"), and its naming reading ("described as Y" naming Y) 1 in 5.  "X is defined as Y" and "X is known as Y"
are untouched.  Sentences invented."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from definitions_util import defined  # noqa: E402


@pytest.mark.parametrize("sentence", [
    "Not surprisingly, soups that contain lentils are often described as hearty.",
    "Winds that blow from the sea are characterized as humid.",
    "Glaciers are usually described as having one outlet that drains the ice field.",
    "In fact, the market can be described as a thermostat.",
    "The river at this point is described as a braided river.",
    "The central bank can also be described as a lender of last resort and a regulator of banks.",
])
def test_described_as_defines_nothing(sentence):
    assert defined(sentence) == {}, defined(sentence)


@pytest.mark.parametrize("sentence, name, how", [
    ("A monsoon is defined as a seasonal reversal of the prevailing wind that brings heavy rain.", "monsoon",
     "defined_as"),
    ("Inflation is defined as a general rise in the prices of goods and services over time.", "inflation",
     "defined_as"),
    ("A seasonal reversal of the prevailing wind is known as a monsoon.", "monsoon", "known_as"),
])
def test_defined_as_and_known_as_stay(sentence, name, how):
    assert defined(sentence).get(name) == how, defined(sentence)
