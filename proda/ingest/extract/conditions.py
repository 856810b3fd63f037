"""Subordinate clauses that give no frame: a clause opened by a subordinator of condition, time, concession or
question ("if", "when", "although", "whether"), and a main clause restricted by a condition ("When X, Y"; "as long
as X"; "provided that X").

Why a module of its own: :func:`frames.frames` asks these of every verb before it reads any argument, and they
look only at the clause's subordinators, never at the frame's subject or object; kept apart, frames.py keeps to
reading the arguments (it had grown past 400 lines).
"""

from __future__ import annotations

from spacy.tokens import Token

# subordinators whose clause gives no frame of its own (a condition, a time, a concession, a question)
_SKIP_MARKS = {"if", "unless", "whether", "although", "though", "whereas", "when", "whenever", "wherever", "as", "once",
               "until", "before", "after"}
# subordinators of a condition or time: a main clause under such a clause holds only under it ("When X, Y"),
# so neither clause is a fact on its own and both are dropped
_CONDITION_MARKS = {"if", "unless", "when", "whenever", "wherever", "once", "until"}


def _marked(clause: Token) -> bool:
    """A clause opened by a condition/time subordinator (the parser labels "when" mark or advmod)."""
    return any(m.dep_ in ("mark", "advmod") and m.lower_ in _CONDITION_MARKS and m.i < clause.i for m in clause.children)


def _conditional(v: Token) -> bool:
    """Whether clause ``v`` is itself under "if/when/unless ...", or is restricted by such a clause (its own or
    that of the clause it is conjoined to): "Gout occurs when the body makes ...", "When X, Y is secreted"."""
    chain = [v]
    while chain[-1].dep_ == "conj" and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    for w in chain:
        if w.dep_ == "advcl" and _marked(w):
            return True
        if any(c.dep_ == "advcl" and _marked(c) or _condition_phrase(c) for c in w.children):
            return True
    return False


def _condition_phrase(c: Token) -> bool:
    """A condition the parser hangs on the verb by a word other than a subordinator: "(so / as) long as X" ("long"
    an adverb over the clause), "provided (that) X", "providing X" (a preposition over it).  "As long as the paint
    remains intact, the iron is protected from corrosion" holds only while it does (audit round 8)."""
    under = [g for g in c.children if g.dep_ in ("advcl", "ccomp", "pcomp")]
    if c.dep_ == "advmod" and c.lower_ == "long":
        return any(any(m.dep_ == "mark" and m.lower_ == "as" for m in g.children) for g in under)
    return c.dep_ in ("prep", "advcl") and c.lower_ in ("provided", "providing") and bool(under)
