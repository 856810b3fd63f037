"""A subject that only places a part ("The posterior projection is the condylar process of the mandible, ...", audit
round 16) is a description, not the term the sentence defines: "posterior projection" was stored as a concept with
that sentence as its definition.  The named side is the genus ("condylar process").  Kept: a subject that is a name
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


def test_the_genus_named_by_a_placing_subject_is_defined(nlp):
    got = defined("The anterior projection is the coracoid process of the shoulder blade, which anchors several "
                  "muscles.", nlp)
    assert got == {"coracoid process": "is_a"}


@pytest.mark.parametrize("sentence, name", [
    ("The lateral condyle is the rounded end of the femur that meets the tibia at the knee.", "lateral condyle"),
    ("The superior pubic ramus is the segment of bone that runs from the pubic body to the ilium.",
     "superior pubic ramus"),
    ("The cerebral cortex is the thin layer of gray matter on the outside of the cerebrum.", "cerebral cortex"),
])
def test_a_named_subject_keeps_its_definition(nlp, sentence, name):
    assert name in defined(sentence, nlp)
