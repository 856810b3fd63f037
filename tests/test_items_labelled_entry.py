"""A manual's inline list of terms ("<li> boundary: the border line to describe an area; </li>", GRASS GIS vector
pages, blind round 28) is stored with its label and the list's separator; answered as a glossary entry it read
"Boundary: boundary: the border line to describe an area;." (three of the six gis training rejects).  The label goes,
and the separator; siblings: an entry stored without a label, an entry whose label is another word, and a label with
too little after it."""

from __future__ import annotations

from proda.ids import concept_id
from proda.train.items.definitions import labelled_entry
from tests.items_util import answers

LIST = ("The following vector object types are defined in GRASS GIS: point: a point; line: a directed sequence of "
        "connected vertices with two endpoints called nodes; boundary: the border line to describe an area; "
        "centroid: a point within a closed boundary.")


def _answer(name, definition):
    got = answers({"name": name, "definition": definition}, chunks={"k0": LIST})
    d = got.get(concept_id(name))
    return d.explanation if d else None


def test_a_labelled_list_entry_is_answered_once_without_its_separator():
    assert _answer("boundary", "boundary: the border line to describe an area;") == \
        "Boundary: the border line to describe an area."
    assert _answer("line", "line: a directed sequence of connected vertices with two endpoints called nodes;") == \
        "Line: a directed sequence of connected vertices with two endpoints called nodes."


def test_an_entry_without_its_label_is_answered_as_before():
    assert _answer("boundary", "the border line to describe an area") == \
        "Boundary: the border line to describe an area."


def test_a_list_entry_that_only_repeats_its_term_is_no_definition():
    assert _answer("point", "point: a point;") is None
    assert _answer("centroid", "centroid: a point within a closed boundary;") == \
        "Centroid: a point within a closed boundary."


def test_only_the_terms_own_label_is_taken_off():
    assert labelled_entry("boundary", "boundary: the border line to describe an area;") == \
        "the border line to describe an area;"
    assert labelled_entry("Boundary", "Boundary : the border line") == "the border line"
    assert labelled_entry("area", "boundary: the border line to describe an area;") is None
    assert labelled_entry("boundary", "boundary:") is None
    assert labelled_entry("boundary", "the border line: a line") is None
