"""A PDF's layout read from where and in what type its text is set (round 41: the HMMER guide, a Tufte-style PDF):
margin notes spliced into the body's sentences, displayed commands run into the prose, subsection headings run into
the paragraph after them.  The PDFs are written here, line by line, with the fonts and positions of such a layout."""

from __future__ import annotations

import io
from pathlib import Path

from pdf_util import pdf_bytes
from pypdf import PdfReader, PdfWriter

from proda.ingest.readers import read_document

BODY, NOTE, CODE, HEAD = ("F1", 10), ("F1", 8), ("F2", 7), ("F1", 12)


def _pdf(pages: list[list[tuple[tuple[str, int], float, float, str]]], outline: list[tuple[str, int]]) -> bytes:
    """Pages of (font, x, y, text) lines in content-stream order (F1 Helvetica, F2 Courier), with an outline."""
    esc = lambda s: s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")  # noqa: E731
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{5 + 2 * i} 0 R" for i in range(len(pages)))
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>")
    for i, lines in enumerate(pages):
        content = " ".join(f"BT /{f} {size} Tf 1 0 0 1 {x} {y} Tm ({esc(t)}) Tj ET" for (f, size), x, y, t in lines)
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R "
                    f"/F2 4 0 R >> >> /Contents {6 + 2 * i} 0 R >>".encode())
        objs.append(f"<< /Length {len(content)} >>\nstream\n{content}\nendstream".encode())
    w = PdfWriter(clone_from=io.BytesIO(pdf_bytes(objs)))
    for title, page in outline:
        w.add_outline_item(title=title, page_number=page)
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


PAGE = [
    ((("F1", 14), 72, 740, "Searching a database")),
    (BODY, 72, 700, "The null model is a one-state model that generates random sequences of"),
    (NOTE, 407, 700, "1 Code gurus can follow along"),
    (NOTE, 407, 690, "in the source of the pipeline,"),
    (NOTE, 407, 680, "which is short and reads"),
    (NOTE, 407, 670, "well."),
    (BODY, 72, 686, "the same mean length as the target sequence, and every score is corrected"),
    (BODY, 72, 672, "by it."),
    (CODE, 96, 650, "% hmmbuild globins4.hmm globins4.sto"),
    (CODE, 96, 640, "% hmmpress minifam"),
    (BODY, 72, 620, "The database is compressed before a search, and the search reads it"),
    (NOTE, 407, 620, "2 Their format is not"),
    (NOTE, 407, 610, "documented yet, and it may"),
    (NOTE, 407, 600, "change without notice, as"),
    (NOTE, 407, 590, "formats do."),
    (BODY, 72, 606, "in binary form."),
    (NOTE, 407, 560, "A. Krogh, et al. Hidden Markov models in"),
    (NOTE, 407, 550, "computational biology: Applications to"),
    (NOTE, 407, 540, "protein modeling. J. Mol. Biol., 235:1501-"),
    (NOTE, 407, 530, "1531, 1994."),
    (HEAD, 72, 570, "Step 2: search the profile database"),
    (BODY, 72, 550, "The scan reports every profile that matches the query."),
    (BODY, 72, 520, "A profile database is a concatenation of profiles, each with a name, and a scan reads every"),
    (BODY, 72, 506, "profile of it in turn against the query sequence, so that a query is compared with the whole"),
    (BODY, 72, 492, "database at once; the scores of the profiles are independent of each other, and the order of"),
    (BODY, 72, 478, "the profiles in the file changes nothing in what the scan reports for any one of them."),
]


def test_margin_notes_leave_the_body_whole_displayed_code_is_dropped_and_large_lines_are_headings(tmp_path):
    f = tmp_path / "guide.pdf"
    f.write_bytes(_pdf([PAGE], [("Searching a database", 0)]))
    blocks = [(b.kind, b.text) for b in read_document(f).blocks]
    assert ("paragraph", "The null model is a one-state model that generates random sequences of the same mean length "
                         "as the target sequence, and every score is corrected by it.") in blocks, blocks
    assert ("paragraph", "Code gurus can follow along in the source of the pipeline, which is short and reads "
                         "well.") in blocks
    assert ("paragraph", "Their format is not documented yet, and it may change without notice, as formats "
                         "do.") in blocks
    assert not any("hmmbuild" in t or "hmmpress" in t for _, t in blocks)
    assert not any("Krogh" in t for _, t in blocks)  # a reference in the margin teaches nothing
    assert ("paragraph", "The database is compressed before a search, and the search reads it in binary form.") \
        in blocks
    heads = [t for k, t in blocks if k == "heading"]
    assert heads == ["Searching a database", "Step 2: search the profile database"], heads
    step = read_document(f).blocks[-1]
    assert step.heading_path == ["Searching a database", "Step 2: search the profile database"]


def test_a_page_without_a_margin_column_reads_as_pypdf_joins_it():
    """Small runs that stack now and then (exponents, matrix entries) make no column; the text is the text layer's
    own, so a book without margin notes, code or headings out of the outline reads byte for byte as before."""
    from proda.ingest.readers_pdf_layout import Run, layout, split_page

    runs = [Run(72, 700, 10, False, "The area is a"), Run(130, 704, 6, False, "2"), Run(134, 700, 10, False, " plus b\n"),
            Run(72, 686, 10, False, "and c"), Run(98, 690, 6, False, "2\n"), Run(72, 672, 10, False, "ends here.")]
    lay = layout([runs] * 4, [612.0] * 4)
    assert lay.side_x is None
    text, notes, heads = split_page(runs, lay)
    assert text == "".join(r.text for r in runs) and notes == [] and heads == set()


def test_the_held_out_style_pdf_keeps_its_outline_headings(tmp_path):
    """A larger line outside every outline entry (a title page, a contents list) is no heading: the front matter
    stays what it was."""
    cover = [(("F1", 20), 150, 700, "A Guide to Profile Searches"), (BODY, 72, 600, "Revised in the spring of 2020.")]
    f = tmp_path / "book.pdf"
    f.write_bytes(_pdf([cover, PAGE], [("Searching a database", 1)]))
    heads = [b.text for b in read_document(f).blocks if b.kind == "heading"]
    assert "A Guide to Profile Searches" not in heads
    assert "Step 2: search the profile database" in heads
    assert Path(f).exists() and len(PdfReader(str(f)).pages) == 2


def test_a_compounds_own_hyphen_at_a_line_break_stays():
    from proda.ingest.readers_pdf import _join_lines

    assert _join_lines(["the position-", "specific scoring"]) == "the position-specific scoring"
    assert _join_lines(["independent E-", "values"]) == "independent E-values"
    assert _join_lines(["the se-", "quences are"]) == "the sequences are"
    assert _join_lines(["an exam-", "ple of"]) == "an example of"
    assert _join_lines(["phospho-", "creatine"]) == "phosphocreatine"
    assert _join_lines(["be-", "cause it"]) == "because it"
    assert _join_lines(["right-", "ward"]) == "rightward"
    assert _join_lines(["the end-", "points of"]) == "the endpoints of"  # a word the pipeline's index knows
