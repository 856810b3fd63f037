"""A frame about a picture the reader does not see is no fact of the subject (blind round 28: "The left picture
shows a scan of a flat symbol ..., while the right picture depicts a symbol ..." stored "left picture | shows | ..."
and "right picture | depicts | ...", both judged fragments).  ``limits.book_pointer`` reads "picture", "diagram",
"photograph" ... as parts of the book ([args] book_parts), and a part with its place on the page ("the left
picture", "the upper diagram"; [args] part_positions) still points at the page.  Siblings: the same position words
on a noun of the subject ("the left ventricle"), and a picture noun in a compound of a term."""

from __future__ import annotations

from tests.statements_util import triples


def test_a_picture_pointed_at_by_its_place_says_nothing_of_the_subject():
    text = ("The left picture shows a scan of a flat symbol from a hand-engraved edition, while the right picture "
            "depicts a symbol from an edition of the same music published in 2000.")
    assert triples(text) == [], triples(text)
    assert triples("The upper diagram shows the flow of electrons through the wire.") == []
    assert triples("The photograph shows a mitochondrion with its cristae.") == []


def test_a_phrase_placed_in_a_diagram_is_no_claim():  # development page of the GRASS manual (terrain)
    text = "In the diagram below, the center location (O) represents a grid cell from which cumulative distances are calculated."
    assert triples(text) == [], triples(text)


def test_the_same_words_on_nouns_of_the_subject_still_give_a_claim():
    assert ("left ventricle", "pumps", "blood into the aorta") in triples("The left ventricle pumps blood into the aorta.")
    assert triples("The grid cell represents the smallest unit of a raster map.")
