"""A passive done by a gerund states its method ("Hybrid orbitals are formed by mixing atomic orbitals"):
gerund_objects.means_gerund, read whole, only when the method is the verb's one complement and ends the sentence.
Invented sentences of several disciplines."""

from __future__ import annotations

import pytest

from statements_util import triples


@pytest.mark.parametrize("text, frame", [
    ("Powdered milk is produced by dehydrating milk spray.",
     ("powdered milk", "is produced by", "dehydrating milk spray")),
    ("Muscle tone is assessed by moving the limb through a passive range of motion.",
     ("muscle tone", "is assessed by", "moving the limb through a passive range of motion")),
    ("Syllabification is done by finding the point of lowest sonority.",
     ("syllabification", "is done by", "finding the point of lowest sonority")),
])
def test_the_method_of_a_passive(text, frame):
    assert frame in triples(text)


@pytest.mark.parametrize("text", [
    "Hydrogen is prepared from natural gas by removing the carbon atoms.",  # another complement: the claim is both
    "Kernels can be used as features by wrapping the estimator.",  # a role beside the method
    "Electron configurations are found by applying the exclusion principle (no two electrons share a state) and "
    "the rule of maximum multiplicity.",  # the method runs on past the gerund's phrase
    "This is achieved by constricting the arterioles.",  # a pointing subject
])
def test_no_method_frame_where_the_method_is_not_the_whole_complement(text):
    assert not any(p.endswith(" by") and o.split()[0].endswith("ing") for _, p, o in triples(text)), triples(text)
