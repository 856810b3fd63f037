"""PDF chapter headings whose outline entry is a short title ("Rank and the decomposition") while the page prints a
longer one under "Chapter 12": the heading was lost and the chapter's text ran on under the previous chapter's path
(audit round 17: no "Chapter 12" in the text of a mathematics book)."""

from __future__ import annotations

import io

from pypdf import PdfWriter
from tests.test_readers import make_pdf, write

from proda.ingest.readers import read_document

PROSE = "The invented chapter opens with a line of prose that is long enough to fill the page width"
PAGES = [
    ["Chapter 1", "The wave", PROSE, "and it goes on to the end of its paragraph here."],
    ["Chapter 2", "Standing waves on a", "string of finite length", PROSE, "and it ends here."],
    ["Chapter 3", "Damping", PROSE, "and it ends at this point."],
]


def _read(tmp_path, titles, pages=PAGES):
    w = PdfWriter(clone_from=io.BytesIO(make_pdf(pages)))
    for i, t in enumerate(titles):
        w.add_outline_item(title=t, page_number=i)
    buf = io.BytesIO()
    w.write(buf)
    return read_document(write(tmp_path, "chapters.pdf", buf.getvalue()))


def test_a_chapter_printed_with_a_longer_title_than_its_outline_entry_keeps_its_heading(tmp_path):
    d = _read(tmp_path, ["The wave", "Standing waves", "Damping"])
    heads = [(b.text, b.heading_path) for b in d.blocks if b.kind == "heading"]
    assert heads == [
        ("Chapter 1 The wave", ["The wave"]),
        ("Chapter 2 Standing waves on a string of finite length", ["Standing waves"]),
        ("Chapter 3 Damping", ["Damping"]),
    ]
    para = next(b for b in d.blocks if b.kind == "paragraph" and b.heading_path == ["Standing waves"])
    assert para.text.startswith("The invented chapter opens")


def test_a_page_without_a_chapter_line_still_switches_the_path_silently(tmp_path):
    """Kept sibling: an outline entry whose title is nowhere on its page, and no "Chapter N" line opens the page,
    switches the path without a heading; the page's first lines stay text."""
    pages = [PAGES[0], ["Standing waves on a", "string of finite length", PROSE, "and it ends here."], PAGES[2]]
    d = _read(tmp_path, ["The wave", "Standing waves", "Damping"], pages)
    heads = [b.text for b in d.blocks if b.kind == "heading"]
    assert heads == ["Chapter 1 The wave", "Chapter 3 Damping"]
    para = next(b for b in d.blocks if b.heading_path == ["Standing waves"])
    assert para.text.startswith("Standing waves on a string of finite length")


def test_an_epigraphs_author_or_a_caption_under_the_title_is_no_part_of_it(tmp_path):
    """Review R21 (finding 8): a short line under a title line that ends on a content word starts something else (an
    epigraph's author, a figure's caption); a title line ending on a function word goes on."""
    pages = [PAGES[0],
             ["Chapter 2", "Standing waves on a", "string", "Ada Q. Example", PROSE, "and it ends here."],
             ["Chapter 3", "Damping", "Figure 3.1 A spring of the", "lab", PROSE, "and it ends at this point."]]
    d = _read(tmp_path, ["The wave", "Standing waves", "Damping of springs"], pages)
    heads = [b.text for b in d.blocks if b.kind == "heading"]
    assert heads == ["Chapter 1 The wave", "Chapter 2 Standing waves on a string", "Chapter 3 Damping"], heads
