"""A coordinated argument under an exclusive word: "only A and B", no claim per conjunct (issue 11, s27-O).

Why: splitting "A and B" into one claim each is right when each does it ("The enzyme acts on glucose and
fructose"), wrong when a limiting word scopes the whole list: "Xen is only available for the i386, amd64, arm64 and
armhf architectures" gave "Xen | is available for | armhf architectures" (the book names four), "Hinge joints allow
only for flexion and extension" gave "hinge joints | allow for | flexion" (the limit lost: a test item would accept
a hinge joint that rotates), "is supported only by A and B" gave "A | supports | ...".  :func:`cuts.exhaustive_list`
already refused the frame when the word sits inside the first conjunct's phrase ("contains only carbon and
hydrogen"); the parser as often hangs it elsewhere, and those frames were split.  This reads the other places:

* on the verb, its predicate adjective or the preposition that governs the list, between the subject and the list
  ("only reflect gains and losses", "is only available for A, B and C", "allow only for A and B", "supported only
  by A and B", "acts solely on A and B");
* right after the list, closing it ("by A and B only", "A and B alone produce ...");
* on a coordinated subject ("Only A and B produce X").

The frame is refused, as the existing check does, unless it already reads the list whole with its limit ("prisoners |
can only receive | letters or parcels", a whole disjunction whose "only" the predicate keeps).  Words: ``hedges.exclusive`` (only, solely, exclusively,
merely); "just" is left out here, as before a preposition it is a degree ("lies just above A and B"), and "alone"
closes a list only after it.  "not only A but also B" adds, never limits: it is left.
"""

from __future__ import annotations

from spacy.tokens import Token

from proda.ingest.extract.lexdata import words

_CLOSING = ("alone",)  # after a list: "A and B alone ..." (a closing "only" too: "by A and B only")


def _exclusive(x: Token) -> bool:
    doc = x.doc
    return x.lower_ in words("hedges.exclusive") and not (x.i > 0 and doc[x.i - 1].lower_ == "not")


def _list_end(h: Token) -> int:
    """The last token index of the coordination headed by ``h`` (its last conjunct's phrase)."""
    return max(t.i for c in [h, *h.conjuncts] for t in c.subtree)


def _closed(h: Token) -> bool:
    """"by A and B only", "A and B alone": a limiting word right after the list, hung on one of its conjuncts, with
    nothing of the sentence after it but punctuation, the verb ("alone produce") or its end."""
    for c in [h, *h.conjuncts]:
        for x in c.children:
            if x.dep_ == "advmod" and x.i > max(k.i for k in [h, *h.conjuncts]) \
                    and (x.lower_ in _CLOSING or (_exclusive(x) and (x.i + 1 >= len(x.doc) or x.doc[x.i + 1].is_punct))):
                return True
    return False


def _coordinated(h: Token | None) -> bool:
    return h is not None and any(x.dep_ == "conj" and x.pos_ in ("NOUN", "PROPN") for x in h.children) \
        and h.pos_ in ("NOUN", "PROPN")


def _read_whole(h: Token, limit: list[Token], predicate: str, obj: str) -> bool:
    """The frame's object holds every conjunct and the limiting word stays in its predicate or object: "prisoners |
    can only receive | letters or parcels" (a whole disjunction, :mod:`coordinations`) says what the book says."""
    said, pred = f" {obj} ", f" {predicate} ".lower()
    return all(f" {c.text} " in said for c in [h, *h.conjuncts]) \
        and all(f" {x.lower_} " in pred or f" {x.lower_} " in said.lower() for x in limit)


def limited_list(v: Token, predicate: str = "", obj: str = "") -> bool:
    """Whether a coordinated argument of verb ``v`` is limited by an exclusive word the parser hung outside its first
    conjunct's phrase, or is a subject list opened by one (see the module), and the frame (``predicate``, ``obj``)
    does not read the list whole with its limit."""
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    after = subj.right_edge.i if subj is not None else v.i - 1
    heads = [v] + [c for c in v.children if c.dep_ in ("acomp", "oprd") and c.i > v.i]
    for w in heads:
        for c in w.children:
            if c.dep_ in ("dobj", "attr"):
                h, gov = c, [w]
            elif c.dep_ in ("prep", "agent") and c.i > v.i:
                h, gov = next((x for x in c.children if x.dep_ == "pobj"), None), [w, c]
            else:
                continue
            if not _coordinated(h):
                continue
            limit = [x for g in gov for x in g.children
                     if x.dep_ in ("advmod", "amod") and after < x.i < h.left_edge.i and _exclusive(x)]
            if (_closed(h) or limit) and not (limit and _read_whole(h, limit, predicate, obj)):
                return True
    if _coordinated(subj):
        if _closed(subj) or any(_exclusive(x) and x.i <= subj.left_edge.i for x in subj.subtree):
            return True
        if any(x.dep_ == "advmod" and _exclusive(x) and x.i < subj.left_edge.i for x in v.children):
            return True  # "Only the liver and the kidneys produce ...": the word hung on the verb
    return False
