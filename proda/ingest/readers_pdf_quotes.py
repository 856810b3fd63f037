"""Block quotations of a PDF text layer, for :mod:`proda.ingest.readers_pdf`: a passage set off after "X once said,"
and closed by its source in brackets is put in quotation marks, so that its words are not read as the book's own.

Kept apart (review R22) because the reader grew past 400 lines and the quotation rules are one concern of their own.
"""

from __future__ import annotations

import re

_CITED_END = re.compile(r"^(.*?[.!?][\"'”’)]*)\s*(\[\d{1,4}(?:[,;][^\[\]]{0,40})?\])$")


def _opens_quote(line: str) -> bool:
    """A verb of saying or writing among the last words before the "," ("Ada Example once wrote,", "wrote
    further,"), or a ":" after anything but a list's opener ("Hermann Weyl (1885-1955):"; not "for example:")."""
    from proda.ingest.extract.lexdata import words

    raw = re.findall(r"[A-Za-z]+", line.rstrip().rstrip(",:")[-40:])
    ws = [w.lower() for w in raw]
    tails = {" ".join(ws[k:]) for k in range(max(len(ws) - 3, 0), len(ws))}
    if line.rstrip().endswith(":"):
        return not tails & words("attribution.list_colons")
    openers = words("attribution.quote_openers")
    if any(" " in t and t in openers for t in tails):
        return True  # "put it,", "in his words,"
    # one word: a verb, not the noun it also spells -- capitalised in a name ("the United States,") or after a
    # determiner or possessive ("his remarks,"; review R22)
    return any(w in openers and raw[k].islower() and (k == 0 or ws[k - 1] not in words("args.drop_det"))
               for k, w in enumerate(ws) if k >= len(ws) - 3)


def _quote_blocks(lines: list[str]) -> list[str]:
    """A block quotation in quotation marks: the text layer keeps no indentation, so a passage set off after "X once
    said," / "Y wrote:" read as the book's own sentences (audit round 17).  Typeset, such a passage opens on a new
    line after a line ending in "," or ":", starts with a capital, runs at most 15 lines of prose and closes with
    its source in brackets ("... of new results. [12, chapter 3]"); only a passage with that closing is marked, and
    only after a verb of saying or writing before the mark (``attribution.quote_openers``: "wrote,", "put it:"): a
    line ending in "," is mostly a line wrap ("... is close," / "Halley noticed, to the root ...", review R21).
    """
    out = list(lines)
    j = 1
    while j < len(out):
        if not out[j - 1].rstrip().endswith((",", ":")) or not out[j][:1].isupper() or out[j][:1] == "“" \
                or not _opens_quote(out[j - 1]):
            j += 1
            continue
        end = next((k for k in range(j, min(j + 15, len(out))) if _CITED_END.match(out[k])), None)
        m = _CITED_END.match(out[end]) if end is not None else None
        if m is None or any(sum(ch.isalpha() or ch == " " for ch in ln) < 0.8 * len(ln)
                            for ln in out[j:end] + [m.group(1)]):
            j += 1  # (a display formula between: no quotation)
            continue
        out[end] = f"{m.group(1)}” {m.group(2)}"
        out[j] = "“" + out[j]
        j = end + 1
    return out
