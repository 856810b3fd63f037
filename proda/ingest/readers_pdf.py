"""PDF reading for :mod:`proda.ingest.readers`: pypdf text per page, running headers and footers dropped, lines
joined into paragraphs, headings from the outline or from numbered lines.

Kept apart because PDF layout recovery is most of the reading code and none of it concerns the other formats.
Footnotes (:mod:`proda.ingest.readers_pdf_footnotes`) and block quotations (:mod:`proda.ingest.readers_pdf_quotes`)
are modules of their own.
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from proda.ingest.readers import ReadError, _Builder, _norm, _short
from proda.models import Block
from proda.ingest.readers_pdf_footnotes import _split_footnotes
from proda.ingest.readers_pdf_layout import Run, layout, page_runs, spaced_lines, split_page
from proda.ingest.readers_pdf_lines import is_admonition, is_caption, list_item
from proda.ingest.readers_pdf_quotes import _quote_blocks

_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st", "\u00ad": ""})
_DOT_LEADER = re.compile(r"(?:\.\s?){5,}")
_SENT_END_LINE = re.compile(r"[.!?:][\"'”’)\]]*\d{0,2}$")
_PDF_NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+([A-Z][^.;:]{1,70})$")
_PDF_CHAPTER = re.compile(r"^(?:Chapter|CHAPTER|Appendix|APPENDIX)\s+([0-9]{1,2}|[A-Z]|[IVXL]{1,5})\b[.:]?\s*(.{0,70})$")
_PDF_CHAPTER_ONLY = re.compile(r"^(?:chapter|part|appendix|section)\s+\S{1,5}$", re.I)
_HEAD_NUMBER = re.compile(r"^(?:(?:chapter|part|appendix|section)\b\s*)?(?:\d{1,3}(?:\.\d{1,3})*|[ivxlc]{1,6}|[a-z])?\.?$")


def _parse_pdf(path: Path, raw: bytes) -> tuple[str, list[Block]]:
    """pypdf text per page, then headers/footers dropped, lines joined into paragraphs.

    Headings come from the PDF outline (bookmarks) when there is one -- each
    entry switches the heading path at the line that shows its title, or at the
    top of its page -- otherwise from ``1.2.3 Title`` / ``Chapter N`` lines.
    """
    title, blocks, _, _ = _parse_pdf_book(path, raw)
    return title, blocks


def _parse_pdf_book(path: Path, raw: bytes) -> tuple[str, list[Block], object, list[tuple[int, list[str]]]]:
    """:func:`_parse_pdf` plus the open ``PdfReader`` and the outline: ``readers_pdf_chapters`` cuts the book into
    its chapters by them."""
    log = logging.getLogger("pypdf")
    level = log.level
    log.setLevel(logging.ERROR)  # pypdf warns on every repairable quirk; the ReadError says what matters
    try:
        return _parse_pdf_quiet(path, raw)
    finally:
        log.setLevel(level)


def _parse_pdf_quiet(path: Path, raw: bytes) -> tuple[str, list[Block], object, list[tuple[int, list[str]]]]:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise ReadError(path, "PDF is encrypted")
            except DependencyError:
                raise ReadError(path, "PDF is encrypted (decrypting needs the 'cryptography' package)") from None
            except (FileNotDecryptedError, NotImplementedError):
                raise ReadError(path, "PDF is encrypted") from None
        n_pages = len(reader.pages)
    except ReadError:
        raise
    except Exception as e:
        raise ReadError(path, f"not a readable PDF ({_short(e)})") from None
    if n_pages == 0:
        raise ReadError(path, "not a readable PDF (no pages)")
    runs: list[list[Run]] = []
    widths: list[float] = []
    failed: Exception | None = None
    for page in reader.pages:
        try:
            got, width = page_runs(page), float(page.mediabox.width)
        except Exception as e:  # one broken page should not lose the book
            failed = failed or e
            got, width = [], 0.0
        runs.append(got)
        widths.append(width)
    lay = layout(runs, widths)
    pages: list[str] = []
    side: list[list[str]] = []  # each page's margin notes
    heads: list[set[str]] = []  # each page's lines set as headings
    spaced: list[set[str]] = []  # each page's lines set apart from the line above by space
    for got in runs:
        text, notes, large = split_page(got, lay)
        pages.append(text.translate(_LIGATURES))
        side.append([n.translate(_LIGATURES) for n in notes])
        heads.append({h.translate(_LIGATURES) for h in large})
        spaced.append({h.translate(_LIGATURES) for h in spaced_lines(got, lay)})
    if failed is not None and not any(p.strip() for p in pages):
        raise ReadError(path, f"not a readable PDF ({_short(failed)})")
    if not any(p.strip() for p in pages):
        raise ReadError(path, "PDF has no extractable text (scanned?)")
    title = ""
    try:
        title = _norm(str((reader.metadata or {}).get("/Title") or ""))
    except Exception:
        pass
    outline = _pdf_outline(reader)
    labels = _pdf_labels(reader, n_pages)
    lines = _pdf_strip_furniture([[ln.strip() for ln in p.split("\n")] for p in pages], labels)
    return title, _pdf_blocks(lines, outline, side, heads, spaced), reader, outline


def _pdf_labels(reader, n: int) -> list[str]:
    """Printed page numbers (``xxv``, ``17``): running heads and footers carry them."""
    try:
        if "/PageLabels" in reader.trailer["/Root"]:
            return list(reader.page_labels)
    except Exception:
        pass
    return [str(i + 1) for i in range(n)]


def _pdf_outline(reader) -> list[tuple[int, list[str]]]:
    """Outline entries as (page index, heading path), in document order."""
    out: list[tuple[int, list[str]]] = []

    def walk(items, parent: list[str]) -> None:
        last: list[str] | None = None
        for it in items:
            if isinstance(it, list):
                walk(it, last if last is not None else parent)
                continue
            t = _norm(str(getattr(it, "title", "") or "").translate(_LIGATURES))
            if not t:
                continue
            last = parent + [t]
            try:
                page = reader.get_destination_page_number(it)
            except Exception:
                page = None
            if page is not None and page >= 0:
                out.append((page, last))

    try:
        walk(reader.outline, [])
    except Exception:
        return []
    out.sort(key=lambda x: x[0])  # stable: keeps outline order within a page
    return out


def _furniture_key(line: str) -> str:
    line = re.sub(r"^\S{1,8}\s+|\s+\S{1,8}$", "", line) if len(line.split()) > 2 else line
    return re.sub(r"\d+", "#", line.lower())


def _pdf_strip_furniture(pages: list[list[str]], labels: list[str]) -> list[list[str]]:
    """Drop page numbers, running heads/feet (they carry the printed page number or repeat), TOC leaders."""
    pages = [[ln for ln in p if ln] for p in pages]
    edge = Counter()
    for p in pages:
        for ln in {*p[:1], *p[-1:]}:
            edge[_furniture_key(ln)] += 1
    threshold = max(3, len(pages) // 4)
    repeated = {k for k, c in edge.items() if c >= threshold}

    def furniture(ln: str, label: str) -> bool:
        if _PDF_CHAPTER_ONLY.match(ln):  # "Chapter 1" opening the chapter on page 1 is a heading
            return False
        if ln.isdigit() or ln.lower() == label.lower():
            return True
        if len(ln) <= 120 and (ln.startswith(label + " ") or ln.endswith(" " + label)):
            return True
        return _furniture_key(ln) in repeated

    out = []
    for p, label in zip(pages, labels):
        for _ in range(2):
            if p and furniture(p[0], label):
                p = p[1:]
            if p and furniture(p[-1], label):
                p = p[:-1]
        out.append([ln for ln in p if not _DOT_LEADER.search(ln)])
    return out


_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
_CONNECTORS = {"and", "or", "of", "the", "to", "in", "for", "with", "a", "an", "on", "by"}
_NUMBER_TITLE = re.compile(r"^(\d{1,3}(?:\.\d{1,3})+)\.?\s+(.*)$")


def _simple(s: str) -> str:
    return " ".join(s.translate(_QUOTES).lower().split())


def _match_heading(lines: list[str], j: int, title: str) -> int:
    """Number of lines (1-3) from ``j`` that spell ``[number] title``; 0 if none.

    Also accepts ``1.2.3 Longer printed title`` for an outline entry that is a
    shortened prefix of it (LaTeX short titles).
    """
    want = _simple(title)
    for k in range(1, min(3, len(lines) - j) + 1):
        joined = _simple(_join_lines(lines[j : j + k]))
        if joined == want or (joined.endswith(" " + want) and _HEAD_NUMBER.match(joined[: -len(want)].strip())):
            return k
        if len(joined) > len(want) + 25:
            break
    first = _simple(lines[j])
    m = _NUMBER_TITLE.match(first)
    if m and len(want) >= 12 and m.group(2).startswith(want) and len(first) <= 100 and not _SENT_END_LINE.search(first):
        more = first.endswith("-") or first.rsplit(" ", 1)[-1] in _CONNECTORS
        return 2 if more and j + 1 < len(lines) else 1
    return 0


def _pdf_blocks(pages: list[list[str]], outline: list[tuple[int, list[str]]],
                side: list[list[str]] | None = None, heads: list[set[str]] | None = None,
                spaced: list[set[str]] | None = None) -> list[Block]:
    """Paragraphs and headings of the body's lines; a page's footnotes and margin notes (``side``) follow the
    paragraph they interrupt; a line set larger than the body (``heads``) that no outline entry names is a heading
    one level under the outline entry it stands in (none outside one: a title page, a table of contents)."""
    b = _Builder()
    lens = sorted(len(ln) for p in pages for ln in p)
    width = lens[int(len(lens) * 0.9)] if lens else 80
    para: list[str] = []
    notes: list[list[str]] = []  # footnotes wait until the paragraph they interrupt is complete
    item = [False, 0]  # whether ``para`` is a list item; the last numbered item's number
    # a book with no outline that sets its numbered headings larger than the body: a numbered line in body type is
    # not one ("1.5 Volts dry cells", an equipment list's item), and an unnumbered line in heading type is a label
    # heading under the last numbered one ("Theory", "Procedure" ran into the paragraphs under them)
    sized = not outline and bool(heads) and any(_pdf_heading_level(h) for hs in heads for h in hs)
    numbered = 0  # the level of the last numbered heading
    lead: tuple[int, int] | None = None  # (page, line) of the last line that opened a block by the space above it

    def flush() -> None:
        if para:
            b.add("list_item" if item[0] else "paragraph", _join_lines(para), **({"level": 1} if item[0] else {}))
            para.clear()
        item[0] = False
        for note in notes:
            b.add("paragraph", _join_lines(note))
        notes.clear()

    by_page: dict[int, list[list[str]]] = {}
    for pg, path in outline:
        by_page.setdefault(pg, []).append(path)
    for pg, lines in enumerate(pages):
        lines, page_notes = _split_footnotes(lines)
        lines = _quote_blocks(lines)
        marks: dict[int, list[tuple[int, list[str]]]] = {}  # line index -> [(lines consumed, path)]
        start = 0
        for path in by_page.get(pg, []):
            at = next(((j, k) for j in range(start, len(lines)) if (k := _match_heading(lines, j, path[-1]))), None)
            at = at or _chapter_lines(lines, start, width)
            if at is None:  # title not shown on its page: switch the path there without a heading block
                marks.setdefault(start, []).append((0, path))
            else:
                marks.setdefault(at[0], []).append((at[1], path))
                start = at[0] + at[1]
        j = 0
        while j < len(lines):
            ln = lines[j]
            if j in marks:
                flush()
                consumed = 0
                for k, path in marks.pop(j):
                    if k:
                        b.heading(" ".join(lines[j : j + k]), len(path), path=path)
                        consumed = k
                    else:
                        b.stack = [(i + 1, t) for i, t in enumerate(path)]
                if consumed:
                    j += consumed
                    continue
            large = bool(heads) and pg < len(heads) and ln in heads[pg]
            depth = max((lv for lv, _ in b.stack if any(p == b.path[:lv] for _, p in outline)), default=0) \
                if large else 0
            if depth:  # inside an outline entry only: the front matter's large lines are a title page, a contents
                flush()
                k = 1
                while k < 3 and j + k < len(lines) and lines[j + k] in heads[pg]:
                    k += 1  # a title broken over lines ("2.7 Indeterminate constants, independent vari-" / "ables ...")
                b.heading(_join_lines(lines[j:j + k]), depth + 1)
                j += k
                continue
            if not outline and (level := _pdf_heading_level(ln)) \
                    and (large or not sized or _PDF_CHAPTER.match(ln)):
                k = 2 if _PDF_CHAPTER.match(ln) and not _PDF_CHAPTER.match(ln).group(2) and j + 1 < len(lines) else 1
                flush()
                b.heading(" ".join(lines[j : j + k]), level)
                numbered = level
                j += k
                continue
            if not outline and large and sized and numbered:  # a label set as a heading under a numbered one
                flush()
                k = 1
                while k < 3 and j + k < len(lines) and lines[j + k] in heads[pg] \
                        and not _pdf_heading_level(lines[j + k]):
                    k += 1
                b.heading(_join_lines(lines[j:j + k]), numbered + 1)
                j += k
                continue
            if is_caption(ln):
                notes.append([ln])
                j += 1
                continue
            if is_admonition(ln):
                flush()
                j += 1
                continue
            opened = list_item(ln, item[1])
            if opened is not None:  # a list item starts a block of its own ("• Blowback start ... • A machine
                flush()  # torch is preferred ..." ran together in round 42's plasma primer)
                ln, number = opened
                item[0] = True
                item[1] = number or item[1]
            elif para and _SENT_END_LINE.search(para[-1]) and len(para[-1]) < 0.8 * width:
                flush()  # a short line ending a sentence ends its paragraph
            elif para and spaced and pg < len(spaced) and j > 0 and para[-1] == lines[j - 1] \
                    and ln in spaced[pg] and (ln[:1].isupper() or _SENT_END_LINE.search(para[-1])):
                flush()  # a line set apart by space opens a block (an item of a list drawn with no bullet); the
                # first line of a page is set apart from the running head above it, not from the paragraph's line
            elif para and len(para) == 1 and lead == (pg, j - 1) and len(para[0]) < 0.6 * width \
                    and ln[:1].isupper() and not re.search(r"[.!?:;,\-–—]$", para[0]) \
                    and re.search(r"[A-Za-z]{3,}", para[0]) and not re.search(r"[=+−∑∏∫∮√<>]", para[0]) \
                    and not re.search(r"[=∑∏∫∮√∇≡]", ln[:25]):
                flush()  # the short line that opened the block is a title set above its paragraph ("Ziegler-Nichols
                # method" / "Another tuning method is formally known as ..."), not the paragraph's first words; not
                # a formula's first line ("A(z) =", the numerator "B(z)" over its fraction), nor the words that lead
                # into a displayed formula ("The second is the scaling elementary" / "Tα[i] = I + ...")
            if not para and spaced and pg < len(spaced) and ln in spaced[pg]:
                lead = (pg, j)
            para.append(ln)
            j += 1
        for late in marks.values():
            flush()
            for _, path in late:
                b.stack = [(i + 1, t) for i, t in enumerate(path)]
        notes.extend(page_notes)
        notes.extend([n.split("\n") for n in (side[pg] if side and pg < len(side) else [])])
    flush()
    return b.blocks


def _chapter_lines(lines: list[str], start: int, width: int) -> tuple[int, int] | None:
    """``(index, lines)`` of a ``Chapter 12`` line opening the page and the title lines under it, for an outline
    entry whose (short) title the page does not print: the outline says "Rank and the Gauss-Jordan", the page
    "Chapter 12 / Matrix rank and the / Gauss-Jordan decomposition".  Title lines are short and end no sentence;
    the prose under them runs the page's width.  A title goes on to a next line only after a line ending on a
    function word or starting lower-case: a short line after "Linear maps" is an epigraph's author or a caption
    ("Richard W. Hamming", "Figure 3.1 ...": review R21)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    if start >= len(lines) or start > 0 or not _PDF_CHAPTER_ONLY.match(lines[start]):
        return None
    k = 1
    while k < 4 and start + k < len(lines):
        ln = lines[start + k]
        if len(ln) >= 0.6 * width or _SENT_END_LINE.search(ln) or _PDF_CHAPTER_ONLY.match(ln):
            break
        last = lines[start + k - 1].split()[-1:] if k > 1 else []
        if last and last[0].lower() not in STOP_WORDS and not ln[:1].islower():
            break
        k += 1
    return (start, k) if k > 1 else None


def _pdf_heading_level(line: str) -> int:
    if len(line) > 80:
        return 0
    if m := _PDF_NUMBERED.match(line):
        return m.group(1).count(".") + 1 if len(m.group(2).split()) <= 10 else 0
    return 1 if _PDF_CHAPTER.match(line) else 0


def _join_lines(lines: list[str]) -> str:
    """Join lines, mending words hyphenated across a line break (``exam-`` + ``ple``); a compound's own hyphen at
    the break stays (``position-`` + ``specific``, ``E-`` + ``values``: :func:`_own_hyphen`)."""
    out: list[str] = []
    for ln in lines:
        if out and len(out[-1]) > 1 and out[-1][-1] == "-" and out[-1][-2].isalpha() and ln[:1].islower():
            out[-1] = out[-1] + ln if _own_hyphen(out[-1][:-1], ln) else out[-1][:-1] + ln
        else:
            out.append(ln)
    return " ".join(out)


def _own_hyphen(before: str, after: str) -> bool:
    """A hyphen at a line's end that belongs to the word: the part before it is a capital letter ("E-values") or
    both parts are English words and the two joined are none ("position-specific", "weak-scoring"; "se-quences",
    "exam-ple" join; so do a name's, a function word's and a suffix's: "Cam-bridge", "be-cause", "right-ward").
    Words are lemminflect's dictionary (a dependency of proda) and the pipeline's lemma index; a term neither knows
    ("phospho-creatine") joins, as every hyphen at a break did before (round 41's reader losses)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    head = re.split(r"[^A-Za-z]", before)[-1]
    tail = re.match(r"[A-Za-z]*", after).group()
    if not head or not tail:
        return False
    if len(head) == 1 and head.isupper():
        return True
    if head[0].isupper() or head.lower() in STOP_WORDS or tail.lower() in _SUFFIXES:
        return False  # a name ("Cam-bridge"), "be-cause", "under-determined", "right-ward"
    joined = (head + tail).lower()
    return _known(head) and _known(tail) and not _known(joined) \
        and not ({joined, joined[:-1]} & _lemma_index())  # "end-points": the pipeline knows "endpoint"


@lru_cache(maxsize=1)
def _lemma_index() -> frozenset[str]:
    """Every word of the default spaCy pipeline's lemma index (83,000: "endpoint", "subsequence", which lemminflect
    lacks); empty if no pipeline is installed (then lemminflect alone decides)."""
    try:
        from proda.ingest.extract.nlp import NLPUnavailable
        from proda.ingest.extract.parse_repairs import default_word_sets

        return frozenset().union(*default_word_sets().values())
    except (ImportError, OSError, NLPUnavailable):
        return frozenset()


_SUFFIXES = {"ward", "wards", "ness", "ship", "hood", "ful", "less", "able", "ible", "ment", "ly", "wise", "like"}


@lru_cache(maxsize=8192)
def _known(word: str) -> bool:
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word) or getAllLemmas(word.lower()))
