"""Footnotes of a PDF text layer, for :mod:`proda.ingest.readers_pdf`: a page's notes at its foot ("2Some text") are
cut off its body, and the superscript marker the text layer glued to a word ("series22 is") is dropped from it.

Kept apart (as :mod:`proda.ingest.readers_pdf_quotes` was, review R22) because the reader had reached 374 of the
project's 400 lines and the footnote rules -- telling a marker from an exponent ("cos2 x") -- are one concern of
their own.
"""

from __future__ import annotations

import re

_FOOTNOTE = re.compile(r"^(\d{1,3})(?:[A-Z][a-z’']|\[|“[A-Z])")


def _split_footnotes(lines: list[str]) -> tuple[list[str], list[list[str]]]:
    """Cut the page's footnotes (``2Some text``, marker seen earlier on the page) off its body."""
    for j in range(2, len(lines)):
        m = _FOOTNOTE.match(lines[j])
        if not m or len(lines[j].split()) < 2:
            continue
        n = int(m.group(1))
        if not re.search(rf"[^\s\d]{n}(?!\d)", " ".join(lines[:j])):
            continue
        notes: list[list[str]] = []
        above = " ".join(lines[:j])
        seen = {n}
        for ln in lines[j:]:
            if notes and ln.startswith(str(n + 1)) and _FOOTNOTE.match(ln):
                n += 1
                notes.append([ln])
                seen.add(n)
            elif notes and (k := _FOOTNOTE.match(ln)) and int(k.group(1)) not in seen and len(ln.split()) > 1 \
                    and re.search(rf"[^\s\d]{k.group(1)}(?!\d)", above):
                n = max(n, int(k.group(1)))  # a note out of order ("8This ..." after "9[44]") or past a skipped one
                seen.add(int(k.group(1)))
                notes.append([ln])
            elif notes:
                notes[-1].append(ln)
            else:
                notes.append([ln])
        body = lines[:j]
        for note in notes:
            m = re.match(r"\d{1,3}", note[0])
            if m and _FOOTNOTE.match(note[0]):
                body = _drop_marker(body, m.group())
                note[0] = note[0][m.end():]
        return body, notes
    return lines, []


_MARKER_AFTER = re.compile(r"(?:[A-Za-z]{2,}|[.,;:!?\"'”’)\]])$")


def _drop_marker(lines: list[str], num: str) -> list[str]:
    """The body without the superscript marker ``num`` that the text layer glued to a word (``series22 is``).

    Called only for a number whose footnote sits at this page's foot.  An exponent reads the same (``cos2 x``,
    ``x2``, ``(a + b)2``), so the marker is the one glued after a word of four letters or more or after a sentence's
    punctuation; after a word of two or three letters or a bracket it counts only as the page's one candidate; after a
    single letter or a digit never.
    """
    strong: list[tuple[int, int]] = []
    weak: list[tuple[int, int]] = []
    for i, ln in enumerate(lines):
        for m in re.finditer(rf"(?<=[^\s\d]){num}(?=$|[\s,;:)\]!?—–]|\.(?!\d))", ln):
            if re.search(r"\d[.,:]$", ln[: m.start()]):  # 2.5.6, (1,2): numbering, not a marker
                continue
            before = _MARKER_AFTER.search(ln[: m.start()])
            if not before:
                continue
            word = before.group()
            (strong if len(word) >= 4 or word in ".,;:!?\"'”’" else weak).append((i, m.start()))
    hits = strong or weak
    if len(hits) != 1:
        return lines
    i, at = hits[0]
    out = list(lines)
    end = at + len(num)
    if re.match(r",\d", out[i][end:end + 2]):  # "implicit:3,4": the next marker follows a comma
        end += 1
    out[i] = out[i][:at] + out[i][end:]
    return out
