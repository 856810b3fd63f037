"""A requirement stated of a bare "the X" in the context of a list of conditions (the extractor's
``scope_context.deontic_condition``: the frame is no general fact): the modal list and the lead-in rule, words in
``patterns/scope_context.toml`` (session 28 review, items 5, 8, 9).  ``bare_definite`` is shared with the cloze gate
``cloze_rest.bare_requirement``, which asks for no list around its sentence (measured: see its module docstring).

"For Z to be used, two conditions must hold: The query must reference only stored columns." -- which query, the
sentence alone does not say; "The heart must pump blood continuously." in running prose is a general fact and stays.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from proda.ingest.extract.lexdata import toml_table

_WORDS = toml_table("scope_context.toml")
DEONTIC = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in _WORDS["deontic_phrases"]) + r")\b")
_LEAD = re.compile(r"\b(?:" + "|".join(_WORDS["lead_quantifiers"]) + r")\s+(?:\w+\s+)?(?:"
                   + "|".join(_WORDS["lead_nouns"]) + r")\b"
                   r"|\bconditions?\s+(?:must|should|have to)\s+(?:hold|be\s+met|be\s+satisfied|apply)\b", re.I)
LOOK_BACK = 3  # sentences before the requirement's sentence where a list's lead-in may stand
TITLE_TOKENS = 6  # words: a block's opening label ("Derived works.") before a list item's sentence is at most this long


def deontic(text: str) -> bool:
    """The words hold a modal of obligation ("must allow", "has to hold")."""
    return bool(DEONTIC.search(text.lower()))


def lead_in(before: list[str]) -> bool:
    """One of the last ``LOOK_BACK`` sentences ``before`` announces a list of conditions ("two conditions must hold:",
    "the following requirements") or ends on a colon.  (Not a run of requirements on the same subject: "At the G1
    checkpoint, the cell must be ready ... At the G2 checkpoint the cell must be fully prepared for mitosis" is
    the book's general account, each with its own scope: development sweep, anatomy:03.)"""
    return any(_LEAD.search(b) or b.rstrip().endswith(":") for b in before[-LOOK_BACK:])


def title_label(head: list[Token]) -> bool:
    """The tokens that open the requirement's block before its sentence are a short verbless label ("Derived
    works. The license must ..."): the sentence is an item of a titled list."""
    words = [t for t in head if not t.is_punct and t.tag_ != "POS"]  # "Integrity of the author's source code."
    return 0 < len(words) <= TITLE_TOKENS and head[-1].text in (".", ":") \
        and not any(t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in head)  # ("Derived works.": a participle)


def bare_definite(s: Token) -> bool:
    """"the query", "the license", "License" (a list item's bare singular): no owner, no quantifier, no name."""
    if s.pos_ == "PROPN" or (s.tag_ in ("NNS", "NNPS") and not any(c.dep_ == "det" for c in s.children)):
        return False
    if any(c.dep_ in ("poss", "nummod") for c in s.children):
        return False
    dets = [c.lower_ for c in s.children if c.dep_ == "det"]
    return dets == ["the"] or (not dets and s.tag_ == "NN")
