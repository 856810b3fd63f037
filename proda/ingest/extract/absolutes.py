"""An absolute "with" clause ("with the pressure rising"): where a verb's phrase stops before one.

Why a module of its own: moved out of :mod:`scope_limits` (session 46, which had passed the project's ~400 lines)
with no change of behaviour; the fronted scopes stay there, this reads one construction that the argument builders
(:mod:`frame_complements`, :mod:`argument_rests`) ask about.
"""

from __future__ import annotations

from spacy.tokens import Token

# Why (round 13, item 3): "... undergo s-p mixing with the σs* becoming more stable and the σp* becoming less stable"
# gave an object cut inside the clause ("s-p mixing with the σs* becoming more stable and the σp"), and "The heat
# expands the gas with the pressure rising and the volume growing" an object that carries a whole second event.
# "with X becoming Y" is an absolute construction: a side event of the clause, no part of what the verb acts on, so
# a verb's phrase that is one, or that holds one, stops before "with".


def absolute_with(p: Token) -> bool:
    """Whether ``p`` is "with" opening an absolute clause: its noun is followed by a participle that has the noun as
    its subject ("with the pressure rising", "with the nucleus becoming more positive") however the parser hung it
    (pcomp of "with", acl of the noun, a clause of the verb right after the noun)."""
    if p.lower_ != "with" or p.dep_ != "prep":
        return False
    objs = [c for c in p.children if c.dep_ == "pobj"]
    ends = {max(t.i for t in o.subtree) + 1 for o in objs}
    if any(c.dep_ == "pcomp" and c.tag_ in ("VBG", "VBN") and (c.left_edge.i in ends or any(
            x.dep_ in ("nsubj", "nsubjpass") for x in c.children)) for c in p.children):
        return True  # "with the σs* becoming", a subject of its own; not a gerund ("with learning deficits")
    o = objs[0] if objs else None
    if o is not None and o.tag_ == "VBG" and any(c.dep_ in ("compound", "nsubj") for c in o.children):
        return True  # "with the pressure rising": the participle read as the noun, its subject as a compound
    k = _glued_end(o.doc, o.i + 1) if o is not None else 0  # "with the πa[*] becoming": past a glued symbol
    if o is None or k >= len(o.doc):
        return False
    nxt = o.doc[k]
    return nxt.tag_ == "VBG" and (nxt.head == o or nxt.dep_ in ("advcl", "conj", "pcomp", "acl", "xcomp"))


def _glued_end(doc, k: int) -> int:
    """``k`` moved past symbols glued to the word before it ("σp*": the tokeniser splits "*" off the name)."""
    while k < len(doc) and not doc[k - 1].whitespace_ and not doc[k].is_alpha and doc[k].text not in _CLOSING:
        k += 1
    return k


def absolute_end(p: Token) -> int:
    """The end (exclusive) of phrase ``p``'s words; where they stop inside an absolute "with" clause (a word of it
    hangs on a word past the end: "with the σs* becoming more stable and the σp[* becoming less stable]"), before
    that "with".  A whole absolute clause stays ("resolve conflicts with the strong getting what they want": the
    independent audit accepted it).  Only a "with" on a noun counts inside the phrase (on a verb or a gerund,
    "balancing the losses associated with aging with the gains stemming from ...", it is that verb's complement)."""
    end = max(t.i for t in p.subtree) + 1
    doc = p.doc
    glued = _glued_end(doc, end)  # a symbol glued to the last word is part of it: "the σp[*]"
    starts = [t for t in p.subtree if t == p or (t.i > p.i and t.head.pos_ in ("NOUN", "PROPN") and t.head.dep_ != "pcomp")]
    for w in sorted((t for t in starts if absolute_with(t)), key=lambda t: t.i):
        if any(u.head.i >= glued for u in doc[w.i:glued]) or _participle_next(doc, glued):
            return w.i  # (or the participle is the word right after: "with the leaves [acting as factories]")
    return end


_CLOSING = {",", ".", ";", ":", ")", "]", "!", "?", "—", "–", '"', "”", "’"}


def _participle_next(doc, k: int) -> bool:
    """The absolute clause goes on at ``k``: a participle ("with the leaves [acting ...]"), or a coordinator and another
    noun with its participle ("with the Na* becoming bound [and the K* becoming free]", the second pair hung on the
    verb)."""
    if k >= len(doc):
        return False
    if doc[k].tag_ in ("VBG", "VBN"):
        return True
    if doc[k].dep_ != "cc" or doc[k].lower_ not in ("and", "or"):
        return False
    for j in range(k + 1, min(k + 8, len(doc))):
        if doc[j].text in _CLOSING:
            return False
        if doc[j].tag_ == "VBG" and j > k + 1 and (doc[j - 1].pos_ in ("NOUN", "PROPN") or (
                not doc[j - 2].whitespace_ and not doc[j - 1].is_alpha and doc[j - 2].pos_ in ("NOUN", "PROPN"))):
            return True
    return False
