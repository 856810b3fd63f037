"""A definition stored as the term and its gloss ("glass, which is a mixture of silicates"; commit 9b2c117 keeps only
these words of a sentence about something else), written as an answer.

Why: the glossary form "Term: <definition>" read "Glass: glass, which is a mixture of silicates." (the term said
twice, and "which" left hanging).  What the gloss says of the term is a sentence with the term as subject: "X, which
is/are Y" -> "X is/are Y"; an appositive with an article "X, a Y that ..." / "X (a Y that ...)" -> "X is a Y that
...", and likewise a dash "X—a Y that ..." (read-back 2026-11-30: "Law enforcement: law enforcement—a field ..."
said the term twice).  Any other gloss after the term ("X, or Y", "X, in which ...") is not read as "X is Y" here and
gives no item.
"""

from __future__ import annotations

import re

from proda.datasets import normalize_text

_WHICH = re.compile(r"^\s*,\s*which\s+(is|are|refers to|refer to|means|mean)\s+(.+)$", re.S)
_APPOSITIVE = re.compile(r"^\s*(,|\(|—)\s*(?:that is,\s*)?((a|an|the)\s+.+)$", re.S)  # "X—that is, a Y"
_QUANTITY = re.compile(r"\bof\s+[\d.,]+\s*%?$")  # "an atom economy of 40", "a height of 120"
_EMPTIED = re.compile(r"\s*\([^()]*\b(in|see|of)\s*\)\s*$")  # "(shown in )": a figure reference that lost its name


def gloss_of_term(name: str, definition: str) -> str | None:
    """What follows the term in ``definition`` when it opens with the term and a comma or bracket, else None."""
    n = normalize_text(name)
    if not n or not definition[:1].islower():
        return None
    for cut in range(len(name), min(len(definition), len(name) + 3) + 1):
        if normalize_text(definition[:cut]) == n and definition[cut:cut + 1] in (",", "(", " ", "—"):
            rest = definition[cut:]
            return rest if rest.lstrip()[:1] in (",", "(", "—") else None
    return None


def gloss_sentence(name: str, definition: str, plural: bool, det: str = "") -> str | None:
    """The gloss as a sentence with ``name`` as subject, or None when the gloss is of no form read here; ``plural``
    is the term's number (an appositive does not conjugate it), ``det`` the article the book sets before the term
    ("the stratosphere, a layer ..." -> "The stratosphere is a layer ...")."""
    rest = gloss_of_term(name, definition)
    if rest is None:
        return None
    m = _WHICH.match(rest)
    if m:
        verb, complement = m.group(1), m.group(2)
    else:
        m = _APPOSITIVE.match(rest)
        if not m or (plural and m.group(3) != "the"):  # a plural term glossed by "a Y" is not "X are a Y"
            return None
        verb, complement = ("are" if plural else "is"), m.group(2)
        if m.group(1) == "(":  # "X (a Y that ...)": the bracket closes the gloss
            complement = complement[:-1] if complement.rstrip().endswith(")") else complement
        if m.group(1) == "—":  # "X—a Y that ...—depresses ...": a second dash closes the gloss
            complement = complement.split("—")[0]
    complement = _EMPTIED.sub("", complement.strip()).rstrip(".,;: ").strip()
    if len(complement.split()) < 2 or complement.count("(") != complement.count(")") or _QUANTITY.search(complement):
        return None  # "ibuprofen, an atom economy of 40[%]": a measure of the term, not its kind
    subject = f"{det} {name}" if det else name
    return f"{subject[:1].upper()}{subject[1:]} {verb} {complement}."


def article_before(definition: str, text: str) -> str:
    """The article the book's ``text`` (lower case) sets right before the stored gloss, or ""."""
    m = re.search(r"\b(a|an|the)\s+" + re.escape(definition.lower()[:60]), text)
    return m.group(1) if m else ""


__all__ = ["gloss_of_term", "gloss_sentence", "article_before"]
