"""Sections of worked examples: their sentences state one example's particulars, not facts of the subject.

Why (session 30's fresh sample on a reference manual's development pages): under "EXAMPLES › Landsat TM7 example ›
Preparation", "As a first step, the original DN pixel values must be converted to reflectance" was stored as a
general requirement; "the metadata file is included in the downloaded scene" holds of one scene, "The mean
elevation is stored in mean" of one variable of the example's script.  The sentence does not say it is an example;
the heading does.  A textbook's worked example ("Example 3.2: Calculating molar mass") is the same: its numbers and
steps belong to the problem it solves.

How: a heading of the chunk's path that is a label of [sections] worked_examples alone, or followed by a number or
a colon, marks the section; the extractor stores none of its statements (its concepts and definitions stay: a term
an example defines is still the book's term).  A topic heading that only starts with the word ("Examples of
International Law", "Exercise and Bone Tissue") is not matched.
"""

from __future__ import annotations

import re

from proda.ingest.extract.lexdata import words

# after the label: nothing, a number ("3", "3.2", "A-1", "IV"), a colon or a dash with a title after it
_AFTER = re.compile(r"(?:\s+(?:\d[\w.\-]*|[ivxlc]+)\b)?\s*(?:[:.\u2013\u2014-].*)?")


def worked_example(heading_path: list[str]) -> bool:
    """Some heading of ``heading_path`` labels a worked example or an exercise section."""
    for h in heading_path:
        low = " ".join(h.lower().split())
        for label in words("sections.worked_examples"):
            if low.startswith(label) and _AFTER.fullmatch(low[len(label):]):
                return True
    return False
