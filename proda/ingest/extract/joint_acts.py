"""A past act of named people joined in the subject: one act of them together, not one of each.

Why a module of its own: the 2026-11-30 read-back rejected both halves of "Sociologists Ralph Turner and Lewis
Killian (1993) built on earlier sociological ideas and developed ... emergent norm theory": split per person,
"Lewis Killian | built on | earlier sociological ideas" gives one of two co-authors a work they wrote together, and
the first half carries the joined title ("Sociologists Ralph Turner").  Names joined as the subject of a past-tense
verb are co-authors, co-founders, co-discoverers as a rule; a word that distributes the act ("Cooley and Mead both
contributed", "each wrote", "independently") splits it back (patterns/statements.toml [joint]).  The scope check
(:func:`scope.joint`: "Together, A and B form C") covers joined things in any tense.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    data = tomllib.loads(resources.files(__package__).joinpath("patterns", "statements.toml").read_text("utf-8"))
    return {f"{s}.{k}": frozenset(w.lower() for w in ws) for s, keys in data.items() for k, ws in keys.items()}


def _names(s: Token) -> list[Token]:
    out = [s]
    while (n := next((c for c in out[-1].children if c.dep_ == "conj"), None)) is not None:
        out.append(n)
    return out


def people_together(v: Token) -> bool:
    """Whether ``v``'s subject is two or more proper names joined, the verb (or the first of joined verbs) is past,
    and nothing distributes the act (module docstring)."""
    w = v
    while w.dep_ == "conj" and w.head is not w and w.head.pos_ in ("VERB", "AUX"):
        w = w.head
    s = next((c for c in w.children if c.dep_ == "nsubj"), None)
    if s is None or s.pos_ != "PROPN":
        return False
    names = _names(s)
    if len(names) < 2 or not all(n.pos_ == "PROPN" for n in names):
        return False
    past = w.tag_ == "VBD" or (w.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in w.children))
    dist = _lists()["joint.distributive"]
    spread = any(t.lower_ in dist for t in s.subtree) or any(
        c.lower_ in dist for x in {w, v} for c in x.children if c.dep_ in ("advmod", "nsubj", "dep", "appos", "det"))
    return past and not spread
