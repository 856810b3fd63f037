"""Hyphenated and dashed compounds inside a term's name.

Why a module of its own: :func:`proda.ingest.extract.arguments.term_of` builds a name from the head noun and its left
modifiers and leaves out a modifier that holds a verb, because a participle describes ("increased pressure",
"growing concern").  A participle written as the last word of a hyphenated compound ("voltage-gated channel",
"ligand-gated channel", "decision-making processes") is no such description but part of one fixed word, and a
compound joined by an en dash ("the accommodation–convergence reflex") is parsed as its first word plus an
apposition; so the name a book gives lost its compound ("channel", "accommodation") and the definition went to a
name the sentence does not define.  ``term_of`` asks these helpers for names the book gives (``named``), and the
stored-definition check (:mod:`proda.ingest.termhood_definitions`) reads a compound's whole word, not its last
part, when it asks whether a modifier grades ("decision-making" classifies; "making" alone reads as a participle).
"""

from __future__ import annotations

from spacy.tokens import Token

HYPHENS = ("-", "‐", "‑")  # hyphen-minus, hyphen, non-breaking hyphen
DASHES = HYPHENS + ("–",)  # and the en dash that joins the two halves of a compound name ("acid–base")

__all__ = ["compound_text", "dash_joined", "hyphen_tail"]


def _joined(doc, i: int, marks: tuple[str, ...]) -> bool:
    """Tokens i-2, i-1 (a mark), i are written as one word: no space on either side of the mark."""
    return i >= 2 and doc[i - 1].text in marks and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ and \
        doc[i - 2].is_alpha


def hyphen_tail(tok: Token) -> bool:
    """``tok`` is the last word of a hyphenated compound that the parse hangs on it ("gated" in "voltage-gated",
    "making" in "decision-making"), not a word standing on its own."""
    return tok.is_alpha and _joined(tok.doc, tok.i, HYPHENS) and tok.doc[tok.i - 2] in tok.subtree


def compound_text(tok: Token) -> str:
    """The whole hyphenated word that ends at ``tok`` ("decision-making", "well-known"), else ``tok``'s text."""
    if not hyphen_tail(tok):
        return tok.text
    doc, start = tok.doc, tok.i
    while _joined(doc, start, HYPHENS):
        start -= 2
    return doc[start:tok.i + 1].text


def dash_joined(head: Token) -> Token | None:
    """The noun that continues ``head`` across a hyphen or en dash written with no space, which the parse hung on it as
    an apposition ("the accommodation–convergence reflex": "accommodation" <-appos- "reflex"), or None."""
    doc, i = head.doc, head.i
    if head.whitespace_ or i + 2 >= len(doc) or doc[i + 1].text not in DASHES or doc[i + 1].whitespace_ or \
            not doc[i + 2].is_alpha:
        return None
    return next((c for c in head.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN") and
                 c.left_edge.i == i + 2), None)
