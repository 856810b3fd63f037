"""Round 44 (the expEYES manual, a LaTeX PDF with no outline): each experiment's parts are set as one-word labels in
heading type ("Objective", "Theory", "Procedure") that ran into the text under them ("Theory The voltage across a
conductor is directly proportional to current ... Equipment A1 kΩ resistor Procedure Connect resistor from CS to
Ground."); an equipment list's line "1.5 Volts dry cells" in body type was taken for a numbered section; a
procedure's items, set with no bullet and apart by space alone, ran into one sentence; a figure's number lost the
space before it ("as shown in figure2.1").  The PDFs are written here with the fonts and positions of that layout."""

from __future__ import annotations

from test_s43_pdf_layout import BODY, _pdf

from proda.ingest.readers import read_document
from proda.ingest.readers_norm import norm

SECTION, LABEL = ("F1", 14), ("F1", 12)


def _read(tmp_path, lines):
    f = tmp_path / "manual.pdf"
    f.write_bytes(_pdf([lines], []))
    return read_document(f).blocks


PAGE = [
    (SECTION, 72, 740, "2.2 Voltage, current and resistance"),
    (LABEL, 72, 716, "Theory"),
    (BODY, 72, 698, "The voltage across a conductor is directly proportional to the current flowing through"),
    (BODY, 72, 686, "it. The constant of proportionality is called resistance, as shown in figure2.2."),
    (LABEL, 72, 660, "Equipment"),
    (BODY, 90, 642, "1.5 Volts dry cells"),
    (BODY, 90, 630, "Battery holder with two connecting wires."),
    (LABEL, 72, 604, "Procedure"),
    (BODY, 90, 586, "Connect the resistor from CS to Ground."),
    (BODY, 90, 567, "Right click on the Panel and select Resistor IV from the pop-up menu"),
    (BODY, 90, 548, "Click on the START button to plot the graph and note down the voltage at each"),
    (BODY, 90, 536, "value of the current"),
    (SECTION, 72, 500, "2.3 Resistances in series"),
    (BODY, 72, 480, "For a series combination of resistors, the total resistance is the sum of the resistances of"),
    (BODY, 72, 468, "the resistors, and the same current flows through each one of them in turn while the voltage"),
    (BODY, 72, 456, "across each is proportional to its resistance."),
]


def test_labels_in_heading_type_are_headings_under_the_numbered_section(tmp_path):
    blocks = _read(tmp_path, PAGE)
    heads = [(b.text, list(b.heading_path)) for b in blocks if b.kind == "heading"]
    assert ("Theory", ["2.2 Voltage, current and resistance", "Theory"]) in heads, heads
    assert ("Procedure", ["2.2 Voltage, current and resistance", "Procedure"]) in heads
    assert ("2.3 Resistances in series", ["2.3 Resistances in series"]) in heads
    texts = [b.text for b in blocks if b.kind == "paragraph"]
    assert texts[0].startswith("The voltage across a conductor is directly proportional"), texts
    assert not any("Equipment" in t or "Procedure" in t for t in texts)


def test_a_numbered_line_in_body_type_is_no_section_where_sections_are_set_large(tmp_path):
    blocks = _read(tmp_path, PAGE)
    assert not any(b.kind == "heading" and b.text.startswith("1.5") for b in blocks)
    assert any(b.kind == "paragraph" and b.text.startswith("1.5 Volts dry cells") for b in blocks)


def test_lines_set_apart_by_space_open_blocks_and_a_paragraph_stays_whole(tmp_path):
    texts = [b.text for b in _read(tmp_path, PAGE) if b.kind == "paragraph"]
    assert "Right click on the Panel and select Resistor IV from the pop-up menu" in texts, texts
    assert ("Click on the START button to plot the graph and note down the voltage at each value of the "
            "current") in texts
    assert ("For a series combination of resistors, the total resistance is the sum of the resistances of the "
            "resistors, and the same current flows through each one of them in turn while the voltage across each "
            "is proportional to its resistance.") in texts


def test_a_glued_figure_number_gets_its_space():
    assert norm("as shown in figure2.2.") == "as shown in figure 2.2."
    assert norm("In section2.10, we have seen") == "In section 2.10, we have seen"
    assert norm("figures2 and sectional3") == "figures2 and sectional3"


def test_a_short_title_line_set_apart_above_its_paragraph_is_a_block_of_its_own(tmp_path):
    # the LinuxCNC manual's run-in titles, once the space above them opened a block, gave "Ziegler-Nichols method
    # Another tuning method is formally known as the Ziegler-Nichols method ..." as one definition
    lines = [
        (SECTION, 72, 740, "6.1 Loop tuning"),
        (BODY, 72, 716, "Manual tuning sets each gain in turn while the loop is watched on a scope, and it is slow"),
        (BODY, 72, 704, "but safe for a machine that is new."),
        (BODY, 72, 680, "Ziegler-Nichols method"),
        (BODY, 72, 668, "Another tuning method is formally known as the Ziegler-Nichols method, introduced by two"),
        (BODY, 72, 656, "engineers of a control company in the nineteen forties."),
    ]
    texts = [b.text for b in _read(tmp_path, lines) if b.kind == "paragraph"]
    assert "Ziegler-Nichols method" in texts, texts
    assert texts[-1].startswith("Another tuning method is formally known as the Ziegler-Nichols method")


def _pdf_bold(lines) -> bytes:
    """One page of (font, size, x, y, text) runs; F1 Helvetica, F2 Courier-Bold, F3 Helvetica-Bold."""
    import io

    from pdf_util import pdf_bytes
    from pypdf import PdfWriter

    esc = lambda s: s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")  # noqa: E731
    content = " ".join(f"BT /{f} {size} Tf 1 0 0 1 {x} {y} Tm ({esc(t)}) Tj ET" for f, size, x, y, t in lines)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [6 0 R] /Count 1 >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Bold >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R /F2 4 0 R "
            b"/F3 5 0 R >> >> /Contents 7 0 R >>",
            f"<< /Length {len(content)} >>\nstream\n{content}\nendstream".encode()]
    w = PdfWriter(clone_from=io.BytesIO(pdf_bytes(objs)))
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def test_a_bold_term_opening_its_description_line_is_a_block_of_its_own(tmp_path):
    # the HMMER guide's definition list: "Match emission line" (bold) | "The first field is the node number ..." on
    # one line gave "Match emission line | is | node number"; LinuxCNC's "Ziegler-Nichols method" | "Another ..."
    f = tmp_path / "guide.pdf"
    f.write_bytes(_pdf_bold([
        ("F1", 10, 72, 732, "Each node of the model has three lines, which hold the scores of its states and"),
        ("F1", 10, 72, 720, "the transitions between them, one line for each kind of score that the model has."),
        ("F3", 10, 72, 700, "Match emission line"), ("F1", 10, 180, 700, "The first field is the node number of the"),
        ("F1", 10, 96, 688, "model, and the fields after it are the match emission scores of each residue."),
        ("F2", 10, 72, 668, "all"), ("F1", 10, 120, 668, "Builds everything and checks nothing at all here,"),
        ("F1", 10, 96, 656, "which is what a make target of that name does in most of the projects that use it."),
        ("F3", 10, 72, 636, "Full column rank and"), ("F1", 10, 200, 636, "S, the factor that a tall matrix has."),
    ]))
    texts = [b.text for b in read_document(f).blocks]
    assert "Match emission line" in texts, texts
    assert any(t.startswith("The first field is the node number") for t in texts)
    assert any(t.startswith("all Builds everything") for t in texts)  # a term in a monospaced face keeps its line
    assert not any(t == "Full column rank and" for t in texts)  # a bold line broken on a function word
