"""A subject whose modifier is really the predicate of another clause.

Why: in "... argued that as society grew more complex, social order made the transition ..." the parser hung
"complex", the predicate adjective of "grew", on "order" across the comma, and the statement's subject became "more
complex social order" (audit round 13).  The frame then teaches a thing the book never names.  The shape is read
from the parse alone: an adjective of the subject that begins right after a verb of another clause, a verb left
without a complement of its own (so the adjective is the one it lacks), and a comma between the adjective and the
noun (coordinate adjectives, "large, heavy stones", begin the phrase and follow no verb).
"""

from __future__ import annotations

from spacy.tokens import Token

# what a linking verb's own complement is labelled: with one of these the verb is complete
_COMPLEMENTS = ("acomp", "attr", "oprd", "dobj", "ccomp", "xcomp", "prep", "advmod")


def _subject(v: Token) -> Token | None:
    """The verb's subject, or the subject of the verb it is conjoined to."""
    for w in (v, v.head if v.dep_ == "conj" else None):
        s = next((c for c in w.children if c.dep_ in ("nsubj", "nsubjpass")), None) if w is not None else None
        if s is not None:
            return s
    return None


def swallowed_predicate(v: Token) -> bool:
    """Whether the subject of verb ``v`` holds the predicate adjective of a verb just before it ("as the town grew
    more crowded, social order ..." with "more crowded" on "order")."""
    s = _subject(v)
    if s is None:
        return False
    doc = s.doc
    for a in (c for c in s.children if c.dep_ == "amod" and c.i < s.i):
        left, right = min(t.i for t in a.subtree), max(t.i for t in a.subtree)
        if left == 0 or not any(doc[k].text == "," for k in range(right + 1, s.i)):
            continue
        before = doc[left - 1]
        if before.pos_ in ("VERB", "AUX") and before not in s.subtree and before.i != v.i \
                and not any(c.dep_ in _COMPLEMENTS and c.i > before.i for c in before.children):
            return True
    return False
