"""A PDF book with an outline is read as one document per chapter, as an HTML book is one per section file.

Read as one document, a 800-page book was one stratum of review samples, one scope of mined chains, and one
"document" for the cloze guard that withholds every document holding a chain step: two chains anywhere withheld the
whole book (0 clozes on the mathematics book).  Invented books only; no corpus needed.
"""

from __future__ import annotations

import io

import pytest
from pypdf import PdfWriter
from tests.test_readers import error_of, make_pdf, write

from proda.ingest.readers import ReadError, read_document, read_documents

PROSE = "The invented chapter opens with a line of prose that is long enough to fill the page width"


def _page(head: list[str], body: str) -> list[str]:
    return head + [PROSE, f"and {body} ends here."]


FRONT = ["A Book of Waves", "Copyright notice of the invented book."]
PAGES = [
    FRONT,  # 0: no outline entry -- front matter
    _page(["Preface"], "the preface"),  # 1
    _page(["Chapter 1", "Introduction"], "the introduction"),  # 2
    _page(["1.1 Background"], "the background"),  # 3
    _page(["Chapter 2", "Standing waves"], "the chapter on standing waves"),  # 4
    _page([], "the second page of standing waves"),  # 5
]


def _outlined(pages, add) -> bytes:
    w = PdfWriter(clone_from=io.BytesIO(make_pdf(pages)))
    add(w)
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def _flat(w: PdfWriter) -> None:
    w.add_outline_item(title="Preface", page_number=1)
    intro = w.add_outline_item(title="Introduction", page_number=2)
    w.add_outline_item(title="Background", page_number=3, parent=intro)
    w.add_outline_item(title="Standing waves", page_number=4)


PART_PAGES = [
    _page(["Preface"], "the preface"),  # 0
    ["Part I", "Mechanics"],  # 1: a part's title page, nothing else on it
    _page(["Chapter 1", "The wave"], "the chapter on the wave"),  # 2
    _page(["1.1 Phase"], "the section on phase"),  # 3
    _page(["Chapter 2", "Damping"], "the chapter on damping"),  # 4
    ["Part II", "Fields"],  # 5
    _page(["Chapter 3", "Charge"], "the chapter on charge"),  # 6
]


def _parts(w: PdfWriter) -> None:
    w.add_outline_item(title="Preface", page_number=0)
    one = w.add_outline_item(title="I Mechanics", page_number=1)
    wave = w.add_outline_item(title="The wave", page_number=2, parent=one)
    w.add_outline_item(title="Phase", page_number=3, parent=wave)
    w.add_outline_item(title="Damping", page_number=4, parent=one)
    two = w.add_outline_item(title="II Fields", page_number=5)
    w.add_outline_item(title="Charge", page_number=6, parent=two)


def test_each_top_level_outline_entry_is_a_document_and_the_front_matter_is_one(tmp_path):
    f = write(tmp_path, "waves.pdf", _outlined(PAGES, _flat))
    docs = read_documents(f)
    assert [d.title for d in docs] == ["waves (front matter)", "Preface", "Chapter 1 Introduction",
                                       "Chapter 2 Standing waves"]
    assert [d.path for d in docs] == [f"{f}#front-matter", f"{f}#01-preface", f"{f}#02-chapter-1-introduction",
                                      f"{f}#03-chapter-2-standing-waves"]
    assert all(d.format == "pdf" for d in docs) and len({d.sha256 for d in docs}) == 4
    intro = docs[2]
    assert {tuple(b.heading_path) for b in intro.blocks} == {("Introduction",), ("Introduction", "Background")}
    assert any(b.text.endswith("the background ends here.") for b in intro.blocks)
    assert docs[3].blocks[-1].text.endswith("the second page of standing waves ends here.")  # its later pages too
    assert docs[0].blocks[0].heading_path == [] and "Copyright notice" in docs[0].text
    # nothing lost, nothing twice: the chapters are the whole book's blocks, in order
    assert [b for d in docs for b in d.blocks] == read_document(f).blocks


def test_a_part_of_chapters_gives_one_document_per_chapter_with_the_part_first_in_the_path(tmp_path):
    f = write(tmp_path, "fields.pdf", _outlined(PART_PAGES, _parts))
    docs = read_documents(f)
    assert [d.title for d in docs] == ["Preface", "Chapter 1 The wave", "Chapter 2 Damping", "Chapter 3 Charge"]
    wave = docs[1]
    # the part's title page holds no text of its own: its heading opens its first chapter's document
    assert [(b.text, b.heading_path) for b in wave.blocks if b.kind == "heading"] == [
        ("Part I Mechanics", ["I Mechanics"]),
        ("Chapter 1 The wave", ["I Mechanics", "The wave"]),
        ("1.1 Phase", ["I Mechanics", "The wave", "Phase"]),
    ]
    assert docs[3].blocks[0].text == "Part II Fields"
    assert all(b.heading_path[:2] == ["I Mechanics", "Damping"] for b in docs[2].blocks)
    assert [b for d in docs for b in d.blocks] == read_document(f).blocks


def test_a_chapter_with_sections_is_not_split_like_a_part(tmp_path):
    """Kept sibling: "Introduction" has sections and no text before them; it is a chapter (its printed heading says
    "Chapter 1"), not a part, so its sections stay in its document."""
    pages = [_page(["Chapter 1", "Introduction"], "the introduction")[:1] + ["Introduction"],
             _page(["1.1 Background"], "the background"), _page(["1.2 Scope"], "the scope"),
             _page(["Chapter 2", "Waves"], "the waves")]

    def add(w):
        intro = w.add_outline_item(title="Introduction", page_number=0)
        bg = w.add_outline_item(title="Background", page_number=1, parent=intro)
        w.add_outline_item(title="Detail", page_number=1, parent=bg)
        w.add_outline_item(title="Scope", page_number=2, parent=intro)
        w.add_outline_item(title="Waves", page_number=3)

    docs = read_documents(write(tmp_path, "intro.pdf", _outlined(pages, add)))
    assert [d.title for d in docs] == ["Chapter 1 Introduction", "Chapter 2 Waves"]


def test_the_same_file_gives_the_same_ids_and_a_changed_chapter_changes_only_its_own(tmp_path):
    a = read_documents(write(tmp_path, "a.pdf", _outlined(PAGES, _flat)))
    again = read_documents(write(tmp_path, "again.pdf", _outlined(PAGES, _flat)))
    assert [d.sha256 for d in a] == [d.sha256 for d in again]
    edited = list(PAGES)
    edited[5] = _page([], "the edited second page of standing waves")
    b = read_documents(write(tmp_path, "b.pdf", _outlined(edited, _flat)))
    assert [x.sha256 == y.sha256 for x, y in zip(a, b)] == [True, True, True, False]


def test_a_pdf_without_an_outline_or_with_one_chapter_stays_one_document(tmp_path):
    plain = write(tmp_path, "plain.pdf", make_pdf(PAGES))
    docs = read_documents(plain)
    assert len(docs) == 1 and docs[0] == read_document(plain) and docs[0].path == str(plain)

    def one(w):
        intro = w.add_outline_item(title="Introduction", page_number=0)
        w.add_outline_item(title="Background", page_number=3, parent=intro)

    single = write(tmp_path, "single.pdf", _outlined(PAGES[2:], one))
    docs = read_documents(single)
    assert len(docs) == 1 and docs[0] == read_document(single)


def test_a_bad_pdf_is_still_one_error_line(tmp_path):
    bad = write(tmp_path, "cut.pdf", _outlined(PAGES, _flat)[:300])
    with pytest.raises(ReadError) as exc:
        read_documents(bad)
    assert str(exc.value) == error_of(bad) and "\n" not in str(exc.value)


def test_reingesting_the_book_skips_every_chapter(store, tmp_path):
    from proda.ingest.pipeline import ingest
    from tests.test_ingest import totals

    f = write(tmp_path, "waves.pdf", _outlined(PAGES, _flat))
    first = ingest(store, store.cfg, [f], "physics")
    assert not first.errors and first.files == 1 and first.documents_new == 4
    paths = sorted(r["path"] for r in store.read("MATCH (d:Document) RETURN d.path AS path"))
    assert paths == sorted(d.path for d in read_documents(f))
    before = totals(store)
    again = ingest(store, store.cfg, [f], "physics")
    assert again.documents_new == 0 and again.documents_skipped == 4
    assert totals(store) == before
