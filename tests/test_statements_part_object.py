"""An object that names a part of something not said gives no frame (independent audit round 16, anatomy):
"..., while the occipital bone forms the floor and posterior wall" was stored "occipital bone | forms | floor" -- the
floor of the fossa an earlier clause names.  A part noun ("floor", "wall", "top", "side": lexical part_objects and
terms.part_nouns) with "the", no "of" complement, no possessor, no compound and no adjective that names the whole
is refused (part_objects.part_without_whole).  Invented sentences."""

from __future__ import annotations

from tests.statements_util import triples


def test_part_nouns_without_their_whole_are_refused():
    got = triples("The frontal bone forms the front of the skull, while the parietal bone forms the roof and lateral "
                  "wall.")
    assert not any(s == "parietal bone" for s, _, _ in got)
    assert ("frontal bone", "forms", "front of skull") in got  # its whole named: kept


def test_part_noun_with_a_position_adjective_alone_is_refused():
    assert not any(o == "posterior wall" for _, _, o in triples("The sacrum forms the posterior wall."))


def test_part_noun_with_its_of_complement_is_kept():
    assert ("occipital bone", "forms", "floor of cranial fossa") in \
        triples("The occipital bone forms the floor of the cranial fossa.")
    assert ("temporal bone", "forms", "side of skull") in triples("The temporal bone forms the side of the skull.")


def test_part_noun_whose_adjective_names_the_whole_is_kept():
    assert ("levator ani muscle", "forms", "pelvic floor") in triples("The levator ani muscle forms the pelvic floor.")


def test_object_that_is_no_part_noun_is_kept():
    assert ("maxilla", "forms", "upper jaw") in triples("The maxilla forms the upper jaw.")


def test_part_noun_placed_by_a_phrase_after_it_is_kept():
    got = triples("The shin is the region between the knee and the ankle.")
    assert any(s == "shin" and o.startswith("region between") for s, _, o in got)


def test_part_noun_whose_whole_is_in_the_subject_is_kept():
    got = triples("The head of the radius forms the proximal end.")
    assert any(s == "head of radius" and o == "proximal end" for s, _, o in got)


def test_a_noun_that_names_a_whole_as_often_as_a_part_is_kept():
    """Review R19: "base" is a substance in chemistry, so "the base" is no part without its whole."""
    assert ("acid", "neutralizes", "base") in triples("The acid neutralizes the base.")
