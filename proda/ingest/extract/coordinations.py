"""An object coordination that cannot be split is read whole: "causes the expansion or contraction of the chamber".

Why: :func:`scope.coordination_unsafe` refuses to split "A or B", "A and B of C" (a shared complement), "A, B, and
C rates" (a shared head) into one claim per conjunct, each of which would say another thing than the book.  The
frame was then dropped altogether (statements_audit LOST: "water | is polluted with | ...", about 130 frames of
the development books).  Read as ONE argument spanning every conjunct, the coordination says what the book says
-- but only when the whole list is there: the list checks of :mod:`wholes` (every conjunct an argument, no word of
another phrase inside, no comma inside one conjunct, nothing run on past the last one) refuse a list the parse cut
short ("will produce pain, loss of stability of the bones, and may damage ..."), and so does a noun after the
list hung on the verb or on the last conjunct ("destroy the growth and harvest of the crops, the roads of the
valley, and ...": a second object, an apposition).  Only a coordination that stays
an object: a passive's agent becomes the frame's subject, and a subject "A or B" gives no frame (the subject check
every other frame passes), so "is caught by risky behaviors and the sharing of needles" is not read whole.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from proda.ingest.extract.arguments import _Arg, _arg, _text
from proda.ingest.extract.wholes import _joined, _parts


def joined_object(h: Token, sent: Span) -> _Arg | None:
    """One argument for the whole unsafe coordination headed by ``h``, or ``None`` when it cannot be read whole: not
    an object (a direct object or a preposition's object other than a passive's agent), or a list the parse cut."""
    if h.dep_ not in ("dobj", "pobj") or (h.dep_ == "pobj" and h.head.dep_ == "agent"):
        return None
    if _joined(h, sent) is None:  # (wholes: a conjunct no argument, a list cut short or run on)
        return None
    args = [_arg(c, sent) for c in _parts(h)]
    idx = [t.i for a in args for t in a.toks]
    lo, hi = min(idx), max(idx)
    if lo < sent.start or hi >= sent.end:
        return None
    v = h.head if h.dep_ == "dobj" else h.head.head
    if any(c.i > hi and c.dep_ in ("dobj", "dep", "appos", "npadvmod") for c in list(v.children) + _parts(h)[-1:]):
        return None  # "destroy the growth and harvest of the crops, the roads of the valley, and ...": the list runs on
    first = args[0]
    return _Arg(first.head, _text(set(h.doc[lo:hi + 1])), first.term, first.quantity, True, set(h.doc[lo:hi + 1]))
