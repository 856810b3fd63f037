"""Where a PDF page's text sits, for :mod:`proda.ingest.readers_pdf`: notes set in a margin column are taken out of
the body, displayed code (lines set wholly in a monospaced font) out of the prose, and lines set larger than the
body are marked as headings.

Why: pypdf's text layer follows the content stream, and a layout with a margin column (Tufte-style books, many
manuals) writes each side note where its anchor is: the note's lines were glued to the body line beside them ("...
from alignment annotation. Of alignmen For example, it won't work if you concatenate ... formats, only Stockholm
format ..."), cutting a sentence of the body in two and splicing the note into it.  Displayed commands and program
output ran into the paragraphs around them the same way, where the HTML reader drops ``<pre>``.  pypdf's visitor
gives each piece of text with its position, size and font; joined in order, the pieces are exactly the page's
``extract_text()``, so a page with no margin column and no displayed code reads as before, byte for byte.

A margin column is found per document, not assumed: body text has one size (the size of most characters), and a
margin note is smaller and starts line under line at one horizontal position, right of the body's left edge by more
than a third of the page.  Exponents, subscripts and matrix entries are small too and the text layer starts a
line at each; they stack at one edge now and then (the applied-math PDF: 320 of its 3,402 small line starts right
of a third of the page), a margin column's lines nearly always (13 of the HMMER guide's 19 on three pages).  A run of a body-sized font is never a note, so the right column of
a two-column page stays body.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

_MONO = re.compile(r"mono|courier|typewriter|consol|inconsolata|menlo|\bcode|fixed|^cmtt|^lmtt|^sfmono", re.I)
_SMALL = 0.92  # a note's size is below this share of the body's
_LARGE = 1.06  # a heading's size is above it
_COLUMN_SHARE = 0.4  # of the small line starts there: a column holds most; a book's stacked exponents a few
_NOTE_LINES = 3  # notes' lines that follow a line at the same edge, over the document, before it is a column


@dataclass
class Run:
    """One piece of the text layer: its start (x, y), its size in points, whether its font is monospaced."""
    x: float
    y: float
    size: float
    mono: bool
    text: str
    bold: bool = False


@dataclass
class Layout:
    body: float  # the size of most characters
    side_x: float | None  # the margin column's left edge, if the document has one
    mono_body: bool  # a document set in a monospaced font (typescript) keeps its "code" lines
    pitch: float = 0.0  # the usual distance between the baselines of two body lines of a paragraph (0: unknown)


def _base_name(font: dict) -> str:
    """The font's name without its subset tag ("ABCDEF+LMMono10-Regular" -> "LMMono10-Regular")."""
    return str(font.get("/BaseFont", "")).split("+")[-1]


def _font_mono(font: dict | None) -> bool:
    if not font:
        return False
    if _MONO.search(_base_name(font)):
        return True
    try:
        return bool(int(font["/FontDescriptor"]["/Flags"]) & 1)  # PDF 32000 table 123: bit 1 FixedPitch
    except Exception:
        return False


def page_runs(page) -> list[Run]:
    """The page's text layer as runs, in the order ``extract_text`` joins them."""
    from pypdf import mult

    from proda.ingest.readers_pdf_spaces import WordGaps

    runs: list[Run] = []

    def visit(text, cm, tm, font, size) -> None:
        m = mult(tm, cm)
        runs.append(Run(m[4], m[5], abs((size or 0) * math.hypot(m[2], m[3])), _font_mono(font), text,
                        _font_bold(font)))

    page.extract_text(visitor_text=visit, visitor_operand_before=WordGaps(page))
    return _run_in_terms(runs)


_BOLD = re.compile(r"bold|black|heavy|semibold|demi|^cmbx|^lmbx", re.I)


def _font_bold(font: dict | None) -> bool:
    return bool(font) and bool(_BOLD.search(_base_name(font)))


_OPEN_ENDS = {"and", "or", "of", "the", "a", "an", "to", "in", "for", "with", "on", "by", "from", "at", "as"}


def _run_in_terms(runs: list[Run]) -> list[Run]:
    """A line that opens with a term in bold and goes on in the body's face with a capital ("Match emission line"
    | "The first field is the node number ..."): a definition list's term set on its description's line, which the
    text layer runs into the description's first sentence (a statement "Match emission line | is | node number",
    session 45's sweep).  The term gets a line of its own; a term of words only (a word of three letters or more,
    no sentence end, not ending on a function word: a bold heading broken before a symbol, "... factors K and" | "S"),
    so an option ("-h Help; print ...") or a run-in "Theorem 1." stays on its line; not a term in a monospaced face,
    whose line alone would be taken for displayed code and dropped ("all" | "Builds everything", a make target)."""
    start = True
    for k, r in enumerate(runs):
        if r.text.strip() and start and r.bold and not r.mono and "\n" not in r.text:
            t = r.text.strip()
            nxt = next((x for x in runs[k + 1:] if x.text.strip()), None)
            if nxt is not None and not nxt.bold and abs(nxt.y - r.y) < 0.5 * max(r.size, 1.0) \
                    and nxt.text.strip()[:1].isupper() and t[:1].isalpha() and re.search(r"[A-Za-z]{3,}", t) \
                    and len(t.split()) <= 6 and not re.search(r"[.:;,!?]$", t) \
                    and t.split()[-1].lower() not in _OPEN_ENDS:
                r.text = r.text.rstrip() + "\n"
        if r.text.strip():
            start = r.text.endswith("\n")
        elif "\n" in r.text:
            start = True
    return runs


def _line_starts(runs: list[Run]):
    after_break = True
    for r in runs:
        if r.text.strip():
            if after_break:
                yield r
            after_break = r.text.endswith("\n")
        elif "\n" in r.text:
            after_break = True


def layout(pages: list[list[Run]], widths: list[float]) -> Layout:
    sizes: Counter = Counter()  # characters per size
    mono: Counter = Counter()  # characters in a monospaced font or not
    for runs in pages:
        for r in runs:
            n = len(r.text.strip())
            if n:
                sizes[round(r.size, 1)] += n
                mono[r.mono] += n
    if not sizes:
        return Layout(0.0, None, False)
    body = sizes.most_common(1)[0][0]
    lefts: Counter = Counter()
    for runs in pages:
        for r in _line_starts(runs):
            if abs(r.size - body) < 0.5:
                lefts[round(r.x)] += 1
    left = lefts.most_common(1)[0][0] if lefts else 0
    edges: Counter = Counter()  # x -> small lines under a small line starting at the same x
    starts = 0  # small line starts right of the body's left edge by a third of the page
    for runs, width in zip(pages, widths):
        small = [r for r in _line_starts(runs) if r.size < _SMALL * body and r.x > left + (width - left) / 3]
        starts += len(small)
        for a, b in zip(small, small[1:]):
            if round(a.x) == round(b.x) and 0.8 * a.size < a.y - b.y < 2.2 * a.size:
                edges[round(a.x)] += 1
    side = next((x for x, n in edges.most_common(1) if n >= _NOTE_LINES and n >= _COLUMN_SHARE * starts), None)
    pitches: Counter = Counter()
    for runs in pages:
        lines = _baselines(runs, body)
        for a, b in zip(lines, lines[1:]):
            if a[2] and b[2] and 0 < a[0] - b[0] < 3 * body:
                pitches[round(a[0] - b[0], 1)] += 1
    pitch = pitches.most_common(1)[0][0] if pitches else 0.0
    return Layout(body, side, mono[True] > mono[False], pitch)


def _baselines(runs: list[Run], body: float) -> list[tuple[float, str, bool]]:
    """(baseline, text, whether set in body type) of each line, in order."""
    out: list = []
    line: list[Run] = []
    for r in runs:
        line.append(r)
        if r.text.endswith("\n"):
            words = [x for x in line if x.text.strip()]
            if words:
                out.append((words[0].y, _text(line).strip(), all(abs(x.size - body) < 0.5 for x in words)))
            line = []
    return out


_SPACED = 1.4  # a line this many pitches below the last opens a block


def spaced_lines(runs: list[Run], lay: Layout) -> set[str]:
    """The lines of a page set further below the line before them than a paragraph's lines are: a list item or a
    paragraph the layout separates by space alone (round 44's manual sets its procedures' items with no bullet:
    "Right click on the Panel and select RC Circuit from the pop-up menu" / "Click on 0->5V STEP ..." ran into
    one sentence).  Both lines wholly in body type (a line with a formula or a term in another face is set apart
    by its own height); across a page break nothing is judged."""
    if lay.pitch <= 0:
        return set()
    lines = _baselines(runs, lay.body)
    return {b[1] for a, b in zip(lines, lines[1:])
            if a[2] and b[2] and _SPACED * lay.pitch < a[0] - b[0] < 4 * lay.pitch}


def split_page(runs: list[Run], lay: Layout) -> tuple[str, list[str], set[str]]:
    """(the body's text, the page's margin notes, the body lines set as headings), each note one string of lines.

    A note is a stretch of margin runs with no body run between them (the content stream writes a note whole); its
    leading number (the note mark) is dropped, and so is the same number raised after a body word.  A body line set
    wholly in a monospaced font is displayed code and is dropped, unless the document is set in one.
    """
    if lay.side_x is None and (lay.mono_body or not any(r.mono for r in runs)) \
            and not any(r.size >= _LARGE * lay.body for r in runs if r.text.strip()):
        return "".join(r.text for r in runs), [], set()
    body: list[list[Run]] = [[]]  # lines of body runs
    notes: list[list[Run]] = []
    in_note = False
    for r in runs:
        side = (lay.side_x is not None and r.text.strip() != "" and r.x >= lay.side_x - 2
                and r.size < _SMALL * lay.body)
        if r.text.strip() == "":
            side = in_note
        if side:
            if not in_note:
                notes.append([])
            notes[-1].append(r)
            in_note = True
            continue
        if in_note and body[-1] and _new_line(body[-1], r):
            body.append([])
        in_note = False
        body[-1].append(r)
        if r.text.endswith("\n"):
            body.append([])
    said = [_text(n) for n in notes]
    marks = {m.group(1) for t in said if (m := re.match(r"\s*(\d{1,3})\b", t))}
    lines, heads = [], set()
    for line in body:
        if not lay.mono_body and _code_line(line):
            continue
        lines.append(_text([r for r in line if not _mark(r, line, marks, lay)]).rstrip("\n"))
        if _heading_line(line, lines[-1], lay, 1 if len(lines) > 1 and lines[-2].strip() in heads else 2):
            heads.add(lines[-1].strip())
    texts = [re.sub(r"^\s*\d{1,3}\s*", "", t).strip() for t in said]
    return "\n".join(lines), [t for t in texts if t and not _reference(t)], heads


_VOLUME_PAGES = re.compile(r"\b\d{1,4}(?:\(\d{1,3}\))?:\s?\d{1,6}(?:[–-]\d{1,6})?\b")
_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\b")


def _reference(note: str) -> bool:
    """A margin note that is a bibliographic reference ("A. Krogh, et al. Hidden Markov models in computational
    biology: Applications to protein modeling. J. Mol. Biol., 235:1501-1531, 1994"): it teaches nothing, and its
    title, read alone, looks like a term and its definition ("Homologous over-extension: a challenge for iterative
    similarity searches", round 41's post audit).  A year with a journal's volume:pages, or with "et al."."""
    return bool(_YEAR.search(note)) and bool(_VOLUME_PAGES.search(note) or re.search(r"\bet al\.", note))


def _heading_line(line: list[Run], text: str, lay: Layout, least: int = 2) -> bool:
    """A line set wholly larger than the body, of two words or more (one, under a heading line: the rest of a
    title broken over two lines), ending no sentence: a heading the outline does not list ("Step 2: compress and
    index the flatfile with hmmpress", set in the subsection's larger type, ran into the paragraph after it)."""
    words = [r for r in line if r.text.strip()]
    t = text.strip()
    if re.fullmatch(r"[A-Z][a-z]{2,}", t):  # one capitalised word: a label heading ("Theory", "Procedure")
        least = 1
    return bool(words) and all(r.size >= _LARGE * lay.body for r in words) and len(t) <= 90 \
        and len(re.findall(r"[A-Za-z]{2,}", t)) >= least and not t.endswith((".", ",", ";", "!", "?"))


def _text(runs: list[Run]) -> str:
    return "".join(r.text for r in runs)


def _new_line(line: list[Run], r: Run) -> bool:
    last = next((x for x in reversed(line) if x.text.strip()), None)
    return last is not None and abs(last.y - r.y) > 0.5 * max(r.size, 1.0)


def _code_line(line: list[Run]) -> bool:
    words = [r for r in line if r.text.strip()]
    return bool(words) and all(r.mono for r in words)


def _mark(r: Run, line: list[Run], marks: set[str], lay: Layout) -> bool:
    """A note mark in the body: the number of one of the page's notes, small and raised above its line."""
    if r.text.strip() not in marks or r.size >= _SMALL * lay.body:
        return False
    base = next((x.y for x in line if x.text.strip() and x.size >= _SMALL * lay.body), None)
    return base is not None and r.y > base + 1
