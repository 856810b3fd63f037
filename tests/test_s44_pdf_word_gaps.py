"""Word spaces a PDF draws as gaps (round 42: the LinuxCNC manual, DejaVu subsets in composite fonts with no space
glyph): pypdf took the width of the glyph at code 32 for the space, judged every word gap a kern, and the reader
gave "AnoperatorcancausethemachinetoexecuteawholefilefullofG-codes" (one statement from three chapters).  The PDFs
are written here with such a font: two-byte codes, a /ToUnicode map without a space, widths that put a wide glyph
at code 32."""

from __future__ import annotations

import io

from pdf_util import pdf_bytes
from pypdf import PdfReader

from proda.ingest.readers import read_document

LETTERS = "abcdefghijklmnopqrstuvwxyzCT.,"
CID0 = 0x41  # letters at codes 0x41..; code 32 (0x20) is a wide glyph that is not a space


def _hex(text: str) -> str:
    return "<" + "".join(f"{CID0 + LETTERS.index(c):04X}" for c in text) + ">"


def _tj(items) -> str:
    return "[" + " ".join(_hex(i) if isinstance(i, str) else str(i) for i in items) + "] TJ"


def _pdf(stream: str, with_space: bool = False) -> bytes:
    """One page in font F1, a Type0 font whose /ToUnicode maps the letters (and, if asked, code 3 to a space)."""
    pairs = "".join(f"<{CID0 + i:04X}> <{ord(c):04X}>\n" for i, c in enumerate(LETTERS))
    if with_space:
        pairs += "<0003> <0020>\n"
    n = len(LETTERS) + (1 if with_space else 0)
    cmap = (f"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T-UTF16 def /CMapType 2 def\n"
            f"1 begincodespacerange <0000> <FFFF> endcodespacerange\n{n} beginbfchar\n{pairs}endbfchar\n"
            f"endcmap CMapName currentdict /CMap defineresource pop end end")
    widths = f"[3 [300] 32 [838] {CID0} [" + " ".join(["500"] * len(LETTERS)) + "]]"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 7 0 R >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Serif /Encoding /Identity-H "
        b"/DescendantFonts [5 0 R] /ToUnicode 6 0 R >>",
        f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Serif /CIDSystemInfo << /Registry (Adobe) "
        f"/Ordering (Identity) /Supplement 0 >> /DW 600 /W {widths} /CIDToGIDMap /Identity >>".encode(),
        f"<< /Length {len(cmap)} >>\nstream\n{cmap}\nendstream".encode(),
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream".encode(),
    ]
    return pdf_bytes(objs)


def _read(tmp_path, stream: str, name: str = "book.pdf", with_space: bool = False) -> str:
    path = tmp_path / name
    path.write_bytes(_pdf(stream, with_space))
    return " ".join(b.text for b in read_document(path).blocks)


def test_word_gaps_in_a_tj_array_are_spaces_and_kerns_are_not(tmp_path):
    # a word gap of a third of an em (as the manual's 317-321), a kern of 30 thousandths inside "water"
    stream = "BT /F1 10 Tf 72 700 Td " + _tj(["the", -320, "wa", -30, "ter", -317, "cools", -318, "the", -321,
                                           "cutter."]) + " ET"
    assert _read(tmp_path, stream) == "the water cools the cutter."


def test_a_link_set_as_its_own_text_object_on_the_line_is_a_word(tmp_path):
    # "see the" | "Tool Table" | "section." each placed by coordinates, as the manual sets a cross-reference;
    # glyphs are 5 points wide at 10 points and the gap is 3.2: "see the" ends at 72 + 6 * 5 + 3.2 = 105.2
    stream = ("BT /F1 10 Tf 72 700 Td " + _tj(["see", -320, "the"]) + " ET "
              "BT /F1 10 Tf 110.2 700 Td " + _tj(["Tool", -320, "Table"]) + " ET "
              "BT /F1 10 Tf 162.4 700 Td " + _tj(["section."]) + " ET")
    assert _read(tmp_path, stream) == "see the Tool Table section."


def test_text_objects_that_touch_or_sit_on_another_line_get_no_space(tmp_path):
    # "cut" and "ter" abut (a change of face inside a word); the next line starts a new line, not a gap
    stream = ("BT /F1 10 Tf 72 700 Td " + _tj(["the", -320, "cut"]) + " ET "
              "BT /F1 10 Tf 105.2 700 Td " + _tj(["ter."]) + " ET "
              "BT /F1 10 Tf 72 686 Td " + _tj(["it", -320, "turns."]) + " ET")
    text = _read(tmp_path, stream)
    assert "the cutter." in text and "Thecutter" not in text
    assert "it turns." in text


def test_a_font_with_a_space_glyph_is_left_to_pypdf(tmp_path):
    stream = "BT /F1 10 Tf 72 700 Td " + _tj(["the", -320, "cutter."]) + " ET"
    path = tmp_path / "spaced.pdf"
    path.write_bytes(_pdf(stream, with_space=True))
    from proda.ingest.readers_pdf_spaces import WordGaps

    page = PdfReader(io.BytesIO(path.read_bytes())).pages[0]
    gaps = WordGaps(page)
    page.extract_text(visitor_operand_before=gaps)
    assert gaps.inserted == 0
