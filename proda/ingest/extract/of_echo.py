"""A coordination after a noun's "of" phrase that echoes the phrase's noun: "the fluid of the scala vestibuli and
scala tympani" (:func:`parallel_of`).

Why apart from :mod:`scope`: ``scope.coordination_unsafe`` asks it, among its other reasons not to split a
coordination; it needs only the parse, and ``scope`` is at its length.
"""

from __future__ import annotations

from spacy.tokens import Token


def parallel_of(conjuncts: list[Token]) -> bool:
    """"the fluid of the scala vestibuli and scala tympani": a bare second conjunct right after the first's "of"
    phrase that repeats the head or the first modifier of that phrase's noun is that noun's conjunct (the parse hung
    it on "fluid"; split, "scala tympani | moves" lost what moves, round 19 judges).  A bare noun without that echo
    is left (``scope._of_phrase_open``: 5 of 7 such development sentences were right to refuse, under the bar)."""
    if len(conjuncts) != 2:
        return False
    first, second, doc = conjuncts[0], conjuncts[1], conjuncts[0].doc
    of = [c for c in first.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > first.i]
    pobj = next((c for c in of[-1].children if c.dep_ == "pobj"), None) if of else None
    if pobj is None or of[-1].right_edge.i + 2 != second.left_edge.i \
            or doc[second.left_edge.i - 1].lower_ not in ("and", "or") \
            or any(c.dep_ in ("det", "poss") for c in second.children) or second.lemma_.lower() == first.lemma_.lower():
        return False

    def mods(t: Token) -> set[str]:
        return {c.lemma_.lower() for c in t.children if c.dep_ in ("compound", "amod") and c.i < t.i}
    return second.lemma_.lower() == pobj.lemma_.lower() or bool(mods(second) & mods(pobj))
