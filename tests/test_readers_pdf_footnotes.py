"""PDF footnote markers: the text layer glues a superscript marker to the word before it ("power series22 is",
"in the form35") and to its footnote's first word ("3Rectangular coordinates"); audit round 17 rejected statements
built on both.  The marker is dropped only where a footnote with that number sits at the page foot; an exponent
that looks the same ("cos2 x", "x2") stays."""

from __future__ import annotations

from tests.test_readers import make_pdf, write

from proda.ingest.readers import read_document


def _texts(tmp_path, pages):
    return [b.text for b in read_document(write(tmp_path, "notes.pdf", make_pdf(pages))).blocks]


PAGE = [
    "Chapter 1",
    "Waves",
    "A standing wave7 has fixed nodes along the string, and the energy of the",
    "string is shared among its modes.8 The ratio cos2 x of the amplitude",
    "stays below one in every mode of the invented string here.",
    "Another paragraph of plain prose follows the first one and it is long",
    "enough to fill a line of the page.",
    "7Standing waves arise from two waves running in opposite directions.",
    "8The modes are counted from the lowest.",
]


def test_footnote_markers_are_dropped_from_the_body_and_the_note(tmp_path):
    texts = _texts(tmp_path, [PAGE])
    body = next(t for t in texts if t.startswith("A standing wave"))
    assert body.startswith("A standing wave has fixed nodes")
    assert "among its modes. The ratio" in body
    assert "Standing waves arise from two waves running in opposite directions." in texts
    assert "The modes are counted from the lowest." in texts


def test_an_exponent_that_looks_like_a_marker_stays(tmp_path):
    """Kept sibling: 'cos2 x' is a power; no footnote 2 sits on the page, so it is left alone."""
    body = next(t for t in _texts(tmp_path, [PAGE]) if t.startswith("A standing wave"))
    assert "The ratio cos2 x of the amplitude" in body


def test_a_marker_beside_an_exponent_with_the_same_number(tmp_path):
    """Footnote 2 on a page that also shows 'cos2 x': the marker after the longer word goes, the power stays."""
    page = [
        "Chapter 1",
        "Waves",
        "The damping2 term grows with the ratio cos2 x of the amplitude, and so",
        "the invented string loses its energy slowly over many periods of time.",
        "2Damping is treated at length in a later chapter of the invented book.",
    ]
    body = next(t for t in _texts(tmp_path, [page]) if t.startswith("The damping"))
    assert body.startswith("The damping term grows with the ratio cos2 x of the amplitude")


def test_notes_the_text_layer_puts_out_of_order_are_each_cut(tmp_path):
    """The text layer may give footnote 8 before footnote 7: each is its own note and both markers go."""
    page = PAGE[:7] + ["8The modes are counted from the lowest.",
                       "7Standing waves arise from two waves running in opposite directions."]
    texts = _texts(tmp_path, [page])
    body = next(t for t in texts if t.startswith("A standing wave"))
    assert body.startswith("A standing wave has fixed nodes") and "among its modes. The ratio" in body
    assert "Standing waves arise from two waves running in opposite directions." in texts
