"""Is a "X is a Y that ..." sentence a description of X (how it looks, what it is like) rather than a definition?

Why (audit round 14, chemistry training items; round 10's "pure sulfuric acid"): "Zinc is a silvery metal that
quickly tarnishes to a blue-gray appearance", "Magnesium is a silver-white metal that is malleable and ductile at
high temperatures", "Pure sulfuric acid is a colorless, oily liquid that freezes at 10.5 °C" were served as
"Define X." / "What is X?" and rejected: they give a look and a property that other metals or liquids share, not
what makes X X.  The concept judges of the same rounds accepted the very sentences as a correct description of the
concept ("zinc", "formaldehyde", "nitrous oxide"), so the extractor keeps them; only the definition item asks for
more than they say, and it is not built (:mod:`proda.train.items.definitions`).

The signal, in general English: the genus carries an adjective of look (``terms.appearance_adjectives``: a colour,
"colorless", "shiny") right before it, not inside a compound class name ("a white blood cell"), and everything that
restricts the genus only describes too: an adjective predicate ("that is soft and reactive", "that is insoluble in
water"), a clause that itself speaks of look ("that tarnishes to a blue-gray finish"), a measured constant ("that
boils at 290 °C"), a feature ("with a sharp odor", "having a ...").  A restriction that places X by origin, place
or function ("a yellowish fluid that is produced by the liver", "a brown pigment that protects the skin", "a clear
fluid produced by the brain") classifies, and the item stays; so does an adjective predicate that relates X to
another thing ("that is responsible for ...", "superficial to ...") or says where X occurs ("that is present in the
alveoli").
"""

from __future__ import annotations

from spacy.tokens import Token

from proda.ingest.extract.lexdata import words
from proda.train.items.phrases import parse

_FEATURE_VERBS = {"have", "possess"}
_RELATING_PREPS = {"to", "for"}
# adjective predicates that say where X occurs, not what it is like: "a clear fluid that is present in the alveoli"
# places X as a participle would ("found in", "located in"); "high in protein", "insoluble in water" describe
_PLACE_ADJECTIVES = {"present", "found", "located", "situated", "abundant", "common", "prevalent", "absent", "native",
                     "unique", "specific", "concentrated", "contained", "embedded", "stored", "confined", "restricted"}


def _looks(t: Token, genus: Token) -> bool:
    """``t`` is an adjective of look that modifies the genus itself: only adjectives, adverbs, participles and
    punctuation stand between them ("a thick, yellowish substance", "a bright red-colored molecule"); a noun between
    makes it part of a compound name ("a white blood cell", "a gray matter tract")."""
    return t.i < genus.i and t.lower_ in words("terms.appearance_adjectives") and \
        not any(u.pos_ in ("NOUN", "PROPN", "NUM") for u in t.doc[t.i + 1:genus.i])


def _measured(clause: Token) -> bool:
    """"that boils at 290 °C", "that melts at 98 °C": a constant measured at a number."""
    return any(p.dep_ == "prep" and p.lower_ == "at" and any(t.like_num for t in p.subtree) for p in clause.subtree)


def _describes(c: Token, genus: Token) -> bool:
    """One restriction of the genus only describes it (see the module docstring)."""
    if any(t.lower_ in words("terms.appearance_adjectives") for t in c.subtree):
        return True  # "that tarnishes to a blue-gray finish", "in pale yellow crystals"
    if c.dep_ == "prep":
        return c.lower_ == "with"  # "with a sharp odor"
    if c.dep_ == "amod":  # a postpositive adjective phrase ("a metal soft enough to cut")
        return not any(p.dep_ == "prep" and p.lower_ in _RELATING_PREPS for p in c.children)
    if c.lemma_ in _FEATURE_VERBS:
        return True  # "possessing a mild odor", "that has a high density"
    if _measured(c):
        return True
    preds = [p for p in c.children if p.dep_ == "acomp"]
    preds += [p for a in preds for p in a.children if p.dep_ == "conj"]
    return c.lemma_ == "be" and bool(preds) and not any(p.dep_ == "attr" for p in c.children) and \
        not any(a.lower_ in _PLACE_ADJECTIVES for a in preds) and \
        not any(p.dep_ == "prep" and p.lower_ in _RELATING_PREPS for a in preds for p in a.children)


def _genus(doc) -> Token | None:
    """The noun the sentence's copula equates its subject with ("X is a Y ...")."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_ != "be":
        return None
    return next((c for c in root.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")), None)


def described(sentence: str) -> bool:
    """``sentence`` ("X is a Y ...") describes X by its look and properties; it does not define X."""
    genus = _genus(parse(sentence))
    if genus is None or not any(_looks(t, genus) for t in genus.subtree):
        return False
    limits = [c for c in genus.children if c.dep_ in ("relcl", "acl", "prep") or (c.dep_ == "amod" and c.i > genus.i)]
    return bool(limits) and all(_describes(c, genus) for c in limits)


__all__ = ["described"]
