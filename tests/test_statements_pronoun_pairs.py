"""Two statement shapes that taught wrong facts (issue 11, s24-F).

* A third-person pronoun left inside an argument ("chloroplast | requires | magnesium to produce most of them"):
  its referent is in another sentence, so the statement says nothing or something wrong
  (pronouns.pronoun_left).
* Two coordinated lists of the same length paired member to member with no "respectively" ("In the spleen, liver,
  or kidneys, a tumor may cause anemia, jaundice, or renal failure"): the frame reads them as a cross product
  (cuts.paired_lists)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from statements_util import triples  # noqa: E402


def test_pronoun_inside_the_object_is_refused():
    got = triples("Plants make several pigments in their leaves. The chloroplast requires magnesium to produce most "
                  "of them.")
    assert not any("them" in o.split() for s, p, o in got), got
    assert ("plants", "make", "several pigments in leaves") in got  # (the possessive owned by the subject stays)


def test_pronoun_after_a_quantifier_in_the_object_is_refused():
    got = triples("Mitochondria make ATP. The cell requires oxygen to operate most of them.")
    assert not any("them" in o.split() for s, p, o in got), got
    assert ("Mitochondria", "make", "ATP") in got


def test_possessive_owned_inside_the_argument_stays():
    assert ("cell", "contain", "DNA") in triples("The cell and its nucleus contain DNA.")


def test_paired_lists_are_not_read_as_a_cross_product():
    got = triples("In the spleen, liver, or kidneys, a tumor may cause anemia, jaundice, or renal failure.")
    assert not any(p == "may cause" for s, p, o in got), got


def test_paired_lists_in_the_subject_are_refused():
    got = triples("A deficiency of iron or iodine may cause anemia or goiter.")
    assert not any(p == "may cause" for s, p, o in got), got


def test_one_list_alone_stays():
    got = triples("A deficiency of iron may cause anemia or fatigue.")
    assert ("deficiency of iron", "may cause", "anemia") in got, got


def test_pronoun_named_before_in_its_own_sentence_stays():
    got = triples("The court sends the appeals to a panel where they are heard by three judges.")
    assert ("court", "sends", "appeals to a panel where they are heard by three judges") in got, got


def test_joint_and_lists_stay():
    got = triples("Vitamins and minerals support growth and repair.")
    assert ("vitamins", "support", "repair") in got and ("minerals", "support", "repair") in got, got
