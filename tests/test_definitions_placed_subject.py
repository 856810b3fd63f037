"""A subject that only places a part ("The posterior projection is the condylar process of the mandible, ...", audit
round 16) is a description, not the term the sentence defines: "posterior projection" was stored as a concept with
that sentence as its definition.  The genus is not defined by it either: the sentence places one instance of it
(review R19: "The inner layer is the mucous membrane of the stomach" defined "mucous membrane" by its place).  Kept: a subject that is a name
("The lateral condyle is the rounded end of the femur ...", "The superior pubic ramus is the segment of bone ..."),
and a placing subject whose genus names nothing of its own ("the part of ...").  Invented sentences."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.definitions_util import defined  # noqa: E402


@pytest.mark.parametrize("sentence, word", [
    ("The anterior projection is the coracoid process of the shoulder blade, which anchors several muscles.",
     "anterior projection"),
    ("The lateral extension is the zygomatic arch of the skull, which gives the cheek its shape.", "lateral extension"),
])
def test_a_placing_subject_is_not_the_defined_term(nlp, sentence, word):
    assert word not in defined(sentence, nlp)


@pytest.mark.parametrize("sentence", [
    "The anterior projection is the coracoid process of the shoulder blade, which anchors several muscles.",
    # review R19: the genus is a general kind, placed here, not defined ("a mucous membrane is the inner layer of the
    # stomach" is false)
    "The inner layer is the mucous membrane of the stomach.",
    "The upper surface is the articular surface of the tibia.",
    "The outer layer is the fibrous layer of the pericardium.",
])
def test_a_placing_subject_defines_neither_side(nlp, sentence):
    assert defined(sentence, nlp) == {}


@pytest.mark.parametrize("sentence, name", [
    ("The lateral condyle is the rounded end of the femur that meets the tibia at the knee.", "lateral condyle"),
    ("The superior pubic ramus is the segment of bone that runs from the pubic body to the ilium.",
     "superior pubic ramus"),
    ("The cerebral cortex is the thin layer of gray matter on the outside of the cerebrum.", "cerebral cortex"),
])
def test_a_named_subject_keeps_its_definition(nlp, sentence, name):
    assert name in defined(sentence, nlp)
