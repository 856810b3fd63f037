""""X occurs when S": a singular X named by the event the when-clause tells.

Why (issue 11, prose-only glossary recall): the books define a process or a state by the event it names
("Secondary deviance occurs when a person's self-concept and behavior begin to change after ...", "Fertilization
occurs when a sperm and an oocyte combine and their nuclei fuse"), as "Cohabitation is when ..." does with the
copula; the is_when pattern now takes "occur" (and "whenever") with the same gates.  A plural X names things and the
clause says when they arise ("Polar molecules occur when atoms share electrons unequally"), and a clause on "there
is" states a condition ("Osmosis occurs when there is an imbalance of solutes"): no definition
(``definition_shapes._arises``); nor with a hedge or a modal ("often occurs", "can occur").  Sentences are invented.
"""

from __future__ import annotations

import pytest

from tests.definitions_util import defined


@pytest.mark.parametrize("name,sentence", [
    ("brain drain", "Brain drain occurs when skilled workers leave a poorer country to work in a richer one."),
    ("ossification", "Ossification occurs when cartilage is gradually replaced by bone tissue."),
    ("gridlock", "Gridlock occurs whenever two chambers of a legislature cannot agree on a bill."),
])
def test_occurs_when_names_an_event(name, sentence):
    assert name in defined(sentence)


@pytest.mark.parametrize("name,sentence", [
    # a plural: when things arise, not what they are
    ("ionic bonds", "Ionic bonds occur when one atom gives an electron to another atom."),
    # a condition on "there is"
    ("diffusion", "Diffusion occurs when there is a difference in concentration across a space."),
    # hedged or possible: what may happen, not what X is
    ("headache", "A headache often occurs when a person has not slept enough."),
    ("cramp", "A cramp can occur when a muscle is tired."),
])
def test_occurs_when_without_a_definition(name, sentence):
    assert name not in defined(sentence)
