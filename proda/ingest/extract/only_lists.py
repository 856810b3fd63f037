"""A coordinated object under an exclusive word: "only A and B", no claim per conjunct (issue 11, s27-O, s28-O2).

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
* right after an object list, closing it ("by A and B only").

A coordinated SUBJECT under the word ("Only A and B produce X", hung on the verb before it, or "A and B alone
produce X") is split, the word left out of each member (:func:`subject_limit`): each does produce X, the limit is a
claim about the others (s28-O2: a blind judge accepted "B | support | multi-key indexes" of "only the A, B, C, and
D index types support ...", where s27's refusal lost them).  A negated verb keeps the refusal ("Genes and
environment alone cannot explain X" is said of the pair).

An object list's frame is refused, as the existing check does, unless it already reads the list whole with its limit ("prisoners |
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
    conjunct's phrase and the frame (``predicate``, ``obj``) does not read the list whole with its limit, or is a
    subject list limited by one under a negated verb (see the module)."""
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if _limited_alternative(v) or _limit_dropped(v, predicate, obj):
        return True
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
    if _coordinated(subj) and any(c.dep_ == "neg" for c in v.children) and (
            _closed(subj) or any(_exclusive(x) and x.i <= subj.left_edge.i for x in subj.subtree)
            or any(x.dep_ == "advmod" and _exclusive(x) and x.i < subj.left_edge.i for x in v.children)):
        return True  # "Genes and environment alone cannot explain X": said of the pair, not "genes cannot explain X"
    return False  # otherwise a subject list ("Only A and B produce X", "A and B alone ..."): one claim each (s28-O2)


def _limit_dropped(v: Token, predicate: str, obj: str) -> bool:
    """"Additional configuration options are intended only for special cases": an exclusive word after the verb, on
    it or on the preposition of its object, that the frame's predicate and object leave out (blind round 34 stored
    "are intended for | special cases", judged wrong: the limit is the claim).  Read only where the caller gives the
    frame's words."""
    if not predicate:
        return False
    said = f" {predicate} {obj} ".lower()
    return any(x.dep_ == "advmod" and x.i > v.i and _exclusive(x) and f" {x.lower_} " not in said
               for g in (v, *[c for c in v.children if c.dep_ in ("prep", "agent")]) for x in g.children)


def _limited_alternative(v: Token) -> bool:
    """"Sparse data matrices can only be embedded with the exact method or can be approximated by a dense low rank
    projection": the exclusive word on ``v`` is read against the alternative verb joined by "or" (session 37's fresh
    sample of nine manuals: "can only be embedded with | exact method" stored, false without its alternative)."""
    if not any(x.dep_ == "advmod" and _exclusive(x) for x in v.children):
        return False
    alts = [c for c in v.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    return any(x.dep_ == "cc" and x.lower_ == "or" and v.i < x.i for c in alts for x in (*v.children, *c.children))


def subject_limit(h: Token) -> bool:
    """``h`` is the exclusive word that opens a coordinated subject ("[Only] the liver and the kidneys produce
    glycogen", "[Only] mammals and birds maintain ..."), which the parser hung on the first conjunct: it limits the
    others, so each member's claim is said without it ("liver | produce | glycogen", as the kidneys' is).  A word
    after a determiner ("the only ...") is an adjective of that noun and stays."""
    c = h.head
    return _exclusive(h) and h.dep_ in ("advmod", "amod") and h.i == c.left_edge.i and h.i < c.i \
        and c.dep_ in ("nsubj", "nsubjpass") and _coordinated(c)
