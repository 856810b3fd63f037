"""A phrase past a ", which ...," aside: whose it is when the parser hung it on the wrong word.

Why a module of its own: review R13 #2 found an object's tail past an aside ("converts the protein, which is made by
the liver, [into its active form]") cut from the object whenever the parser hung the preposition on the noun or on
the aside's own verb, and the aside's verb then taking it ("grain is grown into flour").  The punctuation decides
here, not the parse: the phrase right after the aside's closing comma is the main verb's.
"""

from __future__ import annotations

from spacy.tokens import Token

from proda.ingest.extract.argument_cuts import comma_aside
from proda.ingest.extract.lexdata import words


def _aside_close(obj: Token) -> tuple[int, int] | None:
    """(opening comma, closing comma) of a ", which ...," / apposition aside right after noun ``obj``."""
    doc = obj.doc
    for r in obj.children:
        if r.dep_ in ("relcl", "appos", "acl") and r.i > obj.i:
            a = min(t.i for t in r.subtree) - 1
            if a <= obj.i or doc[a].text != ",":
                continue
            j = next((t.i for t in doc[a + 1:obj.sent.end] if t.text == ","), None)
            if j is not None and j + 1 < obj.sent.end:
                return a, j
    return None


def aside_tail(obj: Token) -> tuple[bool, Token] | None:
    """(clean?, preposition) when a preposition the verb selects (verbs.selected_preps) stands right after the
    closing comma of an aside on the object, wherever the parser hung it: "converts the protein, which is made by
    the liver, [into] its active form" (hung on the noun), "treats the tax, which many people dislike, [as] a fee"
    (hung on the clause's verb).  Clean: the aside is one clause hanging on the object (:func:`comma_aside`), so the
    object with the phrase is what the verb says; else the object is refused (review R13 #2)."""
    ends = _aside_close(obj)
    if ends is None:
        return None
    a, j = ends
    p = obj.doc[j + 1]
    if p.lower_ not in words("verbs.selected_preps") or p.dep_ != "prep":
        return None
    return comma_aside(obj.doc, obj, a, j + 1), p


def clause_past_aside(v: Token, end: int) -> bool:
    """A frame of the aside's own verb that runs past the aside's closing comma into the main verb's phrase
    ("the grain, which is grown nearby, into flour" -> "grain is grown into flour"): the phrase is not the
    clause's (review R13 #2)."""
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    if v.dep_ not in ("relcl", "acl", "appos"):
        return False
    ends = _aside_close(v.head)
    return ends is not None and ends[1] < end - 1 and v.doc[ends[1] + 1].lower_ in words("verbs.selected_preps")
