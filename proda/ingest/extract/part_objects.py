"""An object that names a part of a whole the clause does not name gives no frame.

Why (independent audit round 16, anatomy): "The posterior fossa is bounded by the petrous ridges, while the
occipital bone forms the floor and posterior wall" was stored "occipital bone | forms | floor" -- the floor of the
fossa an earlier clause names; alone, "forms the floor" says nothing a reader can check.  A part noun (lexical
terms.part_nouns: wall, surface, side, end, edge, ...; part_objects.part_nouns: top, bottom, apex, front, ...; not "base", a chemist's substance)
as the object's head, with "the" and nothing that names the whole -- no "of" complement ("the floor of the cranial
fossa"), no possessor ("the skull's base"), no compound ("the cell wall", "the chest wall"), no adjective but one of
position ("the pelvic floor" names its whole; "the lateral wall" does not: terms.position_adjectives,
cuts.position_adjectives), no phrase or clause after it ("the region between the knee and the ankle"), and no "of"
phrase on the subject ("the apex of the lung is the superior region": the lung's) -- makes the frame refused.  A coordinated part shares the first conjunct's "the" ("the
floor and posterior wall").
"""

from __future__ import annotations

from spacy.tokens import Token

from proda.ingest.extract.conjuncts import first_conjunct
from proda.ingest.extract.lexdata import words


def _definite(h: Token) -> bool:
    """"the wall", or "the floor and posterior wall" for the second conjunct (no article of its own)."""
    own = [c for c in h.children if c.dep_ in ("det", "poss")]
    if own:
        return all(c.dep_ == "det" and c.lower_ == "the" for c in own)
    first = first_conjunct(h)
    return first.i != h.i and _definite(first)


def _whole_named(h: Token) -> bool:
    """An "of" phrase, a possessor, a compound or an adjective other than one of position names the whole."""
    positions = words("terms.position_adjectives") | words("cuts.position_adjectives")
    return any((c.dep_ == "prep" and c.lower_ == "of") or c.dep_ in ("poss", "compound", "nmod")
               or (c.dep_ == "amod" and c.lower_ not in positions) for c in h.children)


def _after_head(h: Token) -> bool:
    """A phrase or clause after the head places the part by something named ("the region between the knee and the
    ankle", "the layer that is superficial to the lungs", "the portion for equilibrium")."""
    return any(c.i > h.i and c.dep_ in ("prep", "acl", "relcl", "appos", "amod") for c in h.children)


def part_without_whole(h: Token, subject: Token | None = None) -> bool:
    """The object headed by ``h`` is "the <part noun>", singular (a plural, "peels from the walls", reads as walls in
    general: test_statements_round11), with no word naming the whole it is a part of; every conjunct of a
    coordinated object is asked ("the floor and posterior wall of the fossa": the whole named).  A subject with an
    "of" phrase names the whole the part is of ("the head of the fibula forms the proximal end", "the apex of the
    lung is the superior region")."""
    parts = words("terms.part_nouns") | words("part_objects.part_nouns")
    if h.lemma_.lower() not in parts or h.tag_ != "NN" or not _definite(h):
        return False
    if subject is not None and any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children):
        return False
    first = first_conjunct(h)
    return not any(_whole_named(c) or _after_head(c) for c in [first, *first.conjuncts])
