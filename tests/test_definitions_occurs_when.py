""""X occurs when S" defines nothing: the shape states a cause or a condition as often as what X is.

Why (review R2 of 6930506, which read it as "X is when S"): over the four books it took 25 definitions, 2 of them
causes or thresholds ("Gout occurs when the body makes too much uric acid ...", "Glomerular filtration occurs when
glomerular hydrostatic pressure exceeds ..."); over invented sentences of economics, history, medicine and
chemistry about half of what it took were causes ("Inflation occurs when the money supply grows faster than ...",
"Bleeding occurs when a blood vessel is damaged", "War occurs when diplomacy fails"), and the parse cannot tell
the two apart.  The copula ("Cohabitation is when ...") says X is the situation and stays (``definition_shapes``).
Sentences are invented.
"""

from __future__ import annotations

import pytest

from tests.definitions_util import defined


@pytest.mark.parametrize("name,sentence", [
    ("inflation", "Inflation occurs when the money supply grows faster than the output of goods."),
    ("bleeding", "Bleeding occurs when a blood vessel is damaged."),
    ("war", "War occurs when diplomacy fails."),
    ("precipitation", "Precipitation occurs when the solution becomes supersaturated."),
    # a plural, a condition on "there is", a hedge or a modal: no definition either
    ("ionic bonds", "Ionic bonds occur when one atom gives an electron to another atom."),
    ("diffusion", "Diffusion occurs when there is a difference in concentration across a space."),
    ("headache", "A headache often occurs when a person has not slept enough."),
    ("cramp", "A cramp can occur when a muscle is tired."),
])
def test_occurs_when_defines_nothing(name, sentence):
    assert name not in defined(sentence)


def test_the_copula_still_names_the_situation():
    assert "gridlock" in defined("Gridlock is when two chambers of a legislature cannot agree on a bill.")
