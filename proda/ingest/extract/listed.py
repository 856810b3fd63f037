"""The holder of a view a paragraph lists item by item: "According to X, print media is important for three
reasons. First, ... Second, ... Finally, print media are the prime information source for the elite."

Why a module of its own: the item sentences name no holder, so the sentence-level attribution check
(:mod:`attribution`) reads them as the book's own claim (read-back 2026-11-30: "print media | are | prime
information source for the elite", a view of Lowi et al. the paragraph's first sentence names).  A sentence that
opens with a list counter ("First,", "Second,", "Finally,": ``attribution.enumerators``) belongs to the list the
paragraph opened before its first counted item; that opening sentence's holder is the item's.  A list the book
opens in its own voice ("Free trade is useful for three reasons.") leaves its items the book's own.
"""

from __future__ import annotations

from spacy.tokens import Span

from proda.ingest.extract.attribution import attributions
from proda.ingest.extract.lexdata import words

_LOOK_BACK = 8  # sentences: a list longer than this is not read as one


def _counted(sent: Span) -> bool:
    """The sentence opens with a list counter followed by a comma ("Second, trade spreads ...")."""
    toks = [t for t in sent if not t.is_space]
    return len(toks) > 2 and toks[0].lower_ in words("attribution.enumerators") and toks[1].text == ","


def _previous(sent: Span) -> Span | None:
    """The sentence before ``sent`` in the same paragraph (no line break between them)."""
    if sent.start == 0:
        return None
    for t in sent:  # a line break the sentence opens with
        if not t.is_space:
            break
        if "\n" in t.text:
            return None
    prev = sent.doc[sent.start - 1].sent
    for t in reversed(prev):  # ... or one the sentence before ends with
        if "\n" in t.whitespace_ or "\n" in t.text:
            return None
        if not t.is_space:
            break
    return prev


def listed_holder(sent: Span) -> str | None:
    """The holder of the list ``sent`` is an item of: ``None`` when ``sent`` is no counted item or the list is the
    book's own; "" when the opener is a view whose holder is unknown or too long to carry (the frame is dropped)."""
    if not _counted(sent):
        return None
    p = sent
    for _ in range(_LOOK_BACK):
        p = _previous(p)
        if p is None:
            return None
        if _counted(p):
            continue
        att = attributions(p)
        if not att:
            return None
        root_holder = att.get(p.root.i)
        return root_holder if root_holder is not None else next(iter(att.values()))
    return None
