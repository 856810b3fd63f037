"""A noun phrase whose adjective relates it to something said before ("the reciprocal process", "the reverse
reaction", "the opposite effect"): what it names is the other side of a thing the paragraph told (independent audit
round 15: "The reciprocal process, freezing, is an exothermic process ..." stored "reciprocal process | is | ...").

Why apart from :func:`scope.pointing` ("a related method", "a similar process"): that check refuses the phrase;
these adjectives name one definite thing, which the sentence often names in apposition right after ("the
reciprocal process, freezing,"): then the argument is that name, and only without one is the phrase refused.

Words: lexical [left_out] relation_adjectives.  A bare noun ("Opposite charges attract", "reciprocal inhibition")
reads in general (opposite to each other; a term) and stays; so does an adjective with its own complement
("opposite to the heart", "reverse of X").
"""

from __future__ import annotations

from spacy.tokens import Token

from proda.ingest.extract.lexdata import words

_NOUNS = ("NOUN", "PROPN")


def _relational(h: Token) -> bool:
    """A determiner and a relation adjective right before ``h``, no phrase after it naming the sides ("the
    reciprocal relationship between virus levels and antibody levels": mutual, between the two named).  An
    adjective on a compound ("the reverse reaction rate") names a quantity of a kind and stays."""
    if any(c.dep_ == "prep" and c.i > h.i for c in h.children):
        return False
    return any(c.dep_ == "det" for c in h.children if c.i < h.i) and any(
        c.dep_ == "amod" and c.i == h.i - 1 and c.lower_ in words("left_out.relation_adjectives")
        and not any(x.dep_ in ("prep", "xcomp", "npadvmod") for x in c.children) for c in h.children)


def _apposed_name(h: Token) -> Token | None:
    """The noun set off by commas right after ``h`` ("the reciprocal process, freezing, ..."): its appos, or the
    noun the parse hung elsewhere (on the verb as advcl/npadvmod) between the same commas."""
    doc = h.doc
    for c in h.children:
        if c.dep_ == "appos" and c.pos_ in _NOUNS and c.i > h.i and doc[c.i - 1].text == ",":
            return c  # (not "the reverse reaction rate (c)": a label in brackets)
    k = h.right_edge.i + 1
    if k + 2 < len(doc) and doc[k].text == ",":
        n = doc[k + 1]
        if n.pos_ in _NOUNS and n.right_edge.i + 1 < len(doc) and doc[n.right_edge.i + 1].text == "," \
                and n.left_edge.i == n.i and n.dep_ in ("appos", "advcl", "npadvmod", "dep", "conj"):
            return n
    return None


def relation_named(h: Token) -> Token | None | bool:
    """``False``: ``h`` is no relation phrase, read it as it is; its apposed name when it is one that has one; ``None``
    when it is one with no name in the sentence (the argument is refused)."""
    if h.pos_ not in _NOUNS or not _relational(h):
        return False
    return _apposed_name(h)
