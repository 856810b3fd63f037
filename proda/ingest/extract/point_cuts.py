"""Frames that keep a clause's words but drop its point: half a "from A to B" range, "supply X" without "with Y".

Why a module of its own (issue 11, s25-U): the blind round 25 rejected statements of these shapes ("runs from the
duodenum [to the ileum]" stored as "runs from | duodenum"; "supply the plant [with water]" as "supplies | plant").
Each is a frame whose text leaves out a phrase the parse ties to its own words, and the frame without it says
another thing.  (A subject lifted out of "the smallest part of X" was looked for too: no frame of the development
chapters nor of invented sentences is built so -- the argument keeps its "of" phrase -- so no check is kept.)  The checks read only the
parse (dependency labels, the verb's lemma against ``with_verbs`` of ``patterns/point_cuts.toml``), so they
hold for any book; :func:`point_cut` is the one call :func:`proda.ingest.extract.claims.sentence_frames` makes.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from proda.ingest.extract.frame_args import _pobj
from proda.ingest.extract.lexdata import toml_table

# the second end of a range opened by "from": "from A to B", "from A until B".  Not "through" (as often the way:
# "from mesenchyme through ossification") nor "into" (where a flow ends: "blood flows from the veins into the atria"
# was judged right without its end in the sweep, a path's source standing alone)
_RANGE_ENDS = ("to", "until", "till")


@lru_cache(maxsize=1)
def _with_verbs() -> frozenset[str]:
    """``patterns/point_cuts.toml`` (a file of its own: ``lexical.toml`` is shared by every engineer's rules)."""
    return frozenset(w.lower() for w in toml_table("point_cuts.toml")["point_cuts"]["with_verbs"])


def _said(p: Token, fr) -> bool:
    """Whether the frame's text carries preposition ``p`` with its noun (the object text may run past the frame's
    token span: "plant with water" is read whole from the verb's tail)."""
    words_ = f"{fr.predicate} {fr.object}".lower().replace("_", " ").split()
    o = _pobj(p)
    return p.lower_ in words_ and (o is None or any(c.lower_ in words_ for c in _conjuncts(o)))


def _conjuncts(t: Token) -> list[Token]:
    """``t`` and the nouns coordinated with it ("filled with spongy bone and red marrow": a frame per conjunct)."""
    out, todo = [], [t]
    while todo:
        w = todo.pop()
        out.append(w)
        todo += [c for c in w.children if c.dep_ == "conj"]
    return out


def range_half(sent: Span, fr) -> bool:
    """A "from" phrase inside the frame of an intransitive verb whose closing "to B" (hung on the verb, on "from"
    itself or on its noun) is outside it: "The jejunum runs from the duodenum to the ileum" as "runs from | duodenum"
    names one end of a path as where it runs from, and "change from A to B" as "change from | A" loses what it
    became.  A frame holding the whole range ("range | from A to B") stays, and so does a thing moved from a source
    ("is released from | bones", "transfer X from A"): the sweep judged those right without their end."""
    v = sent.doc[fr.verb]
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in v.children):
        return False  # "calcium is released from the bones [into the blood]": where a thing moved from stands alone
    near = [v] + [c for c in v.children if c.dep_ == "prep"]
    for f in [c for w in near for c in w.children if c.dep_ == "prep" and c.lower_ == "from"]:
        if not _said(f, fr):
            continue  # a range the frame does not touch is another matter (left_out.range_left_out)
        o = _pobj(f)
        owners = [v, f.head, f] + ([o] if o is not None else [])
        for t in (c for w in owners for c in w.children):
            if t.dep_ in ("prep", "dative") and t.lower_ in _RANGE_ENDS and t.i > f.i and not _said(t, fr) \
                    and _pobj(t) is not None:
                return True
    return False


def with_left_out(sent: Span, fr) -> bool:
    """A verb that hands its object something (``patterns/point_cuts.toml``: "provide", "supply", "equip") whose "with
    Y" -- what is handed -- lies outside the frame: "The roots supply the plant with water" stored "roots | supply |
    plant" says only that the plant is supplied.  The frame that carries "plant with water" stays."""
    v = sent.doc[fr.verb]
    if v.lemma_.lower() not in _with_verbs():
        return False
    heads = [v] + [c for c in v.children if c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "prep" and c.lower_ == "to")]
    for h in heads:
        for p in h.children:
            if p.dep_ == "prep" and p.lower_ == "with" and p.i > v.i and _pobj(p) is not None and not _said(p, fr):
                return True
    return False


def point_cut(sent: Span, fr) -> bool:
    """Whether the frame drops its clause's point in one of the two ways above."""
    return range_half(sent, fr) or with_left_out(sent, fr)
