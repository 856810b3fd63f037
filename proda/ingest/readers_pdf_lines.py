"""What one body line of a PDF opens, for :func:`proda.ingest.readers_pdf._pdf_blocks`: a list item, a caption, an
admonition's label, or nothing (the line goes on the paragraph).

Why: the text layer has no ``<li>``, ``<figcaption>`` or admonition markup, so round 42's LinuxCNC manual (AsciiDoc
through DocBook) read its bullet and numbered items as one paragraph run into the sentence after them ("• Blowback
start ... • A Machine torch is preferred ..."), its captions inside the paragraph their figure floats in ("Figure
2.11: Typical Mill Configuration The following diagram ..."; the applied-math PDF: "... plus the Figure 1.1: A right
triangle."), and its "Note" labels glued to the note ("note Switching kinematics | can cause | ...").
"""

from __future__ import annotations

import re

# a bullet glyph opens an item
_BULLET_LINE = re.compile(r"^[•◦▪‣●■□➢►∙]\s+(?=\S)")
# "N." / "N)" before a capital opens one when N is 1 or follows the last item's number, so a sentence wrapped before
# "7. The next test ..." stays one paragraph
_NUMBERED_LINE = re.compile(r"^(\d{1,2})[.)]\s+(?=[A-Z“\"(])")
# a caption, a colon after its number ("Table 2.1 lists several rules" is prose): a paragraph of its own after the one
# it interrupts, as the HTML reader keeps <figcaption>
_CAPTION_LINE = re.compile(r"^(?:Figure|Fig\.|Table|Listing|Chart|Plate|Exhibit)\s+[A-Z]?\d+(?:[.\-]\d+)*:\s")
# a line holding only an admonition's label (DocBook and AsciiDoc set it beside the note's text): dropped, the note
# starts a paragraph of its own
_ADMONITIONS = frozenset({"Note", "Caution", "Warning", "Tip", "Important", "Danger", "Attention", "Hint", "NOTE",
                          "CAUTION", "WARNING", "TIP", "IMPORTANT", "DANGER"})


def is_caption(line: str) -> bool:
    return _CAPTION_LINE.match(line) is not None


def is_admonition(line: str) -> bool:
    return line.strip() in _ADMONITIONS


def list_item(line: str, last: int) -> tuple[str, int] | None:
    """(the item's text, its number or 0) when ``line`` opens a list item, else None; ``last``: the last item's
    number."""
    if m := _BULLET_LINE.match(line):
        return line[m.end():], 0
    m = _NUMBERED_LINE.match(line)
    if m and int(m.group(1)) in (1, last + 1):
        return line[m.end():], int(m.group(1))
    return None
