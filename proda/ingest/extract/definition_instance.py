""""X is the G—that is, Z": a "that is" gloss right after the genus explains the genus's own term.

Why (round-19 judges): "The king of <country> is the head of state—that is, the leader who represents ..." was stored
as the definition of the king of that country, while the gloss says what a head of state is.  When the subject is one
named instance (a proper name in its phrase: an office of one country, a body of one city) the sentence tells which
G that one thing is and then defines G; it does not say what the subject is.  A class subject ("Inflation is a rise in
prices—that is, a fall in the value of money") is still defined: there the gloss restates X's genus for X.
"""

from __future__ import annotations

from spacy.tokens import Token

_DASHES = {",", "—", "–", "-", "--"}


def glossed_genus(genus: Token) -> bool:
    """A "—that is," / ", that is," follows the genus in its sentence (the genus's own gloss)."""
    sent = genus.sent
    toks = genus.doc[genus.i + 1:sent.end]
    return any(t.lower_ == "that" and t.i + 2 < sent.end and t.nbor(1).lower_ == "is" and t.nbor(2).text == "," and
               t.nbor(-1).text in _DASHES for t in toks)


def named_instance(verb: Token) -> bool:
    """The copula's subject holds a proper name the parser also reads as a named entity: one named thing, not a
    class.  A lower-case "PROPN" ("The testes (singular = testis) are the male gonads—that is, ...": a tagging slip on
    a parenthesised singular) names nothing."""
    return any(t.pos_ == "PROPN" and t.ent_type_ and t.text[:1].isupper()
               for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree)


def instance_glossed(verb: Token | None, genus: Token) -> bool:
    """The subject is a named instance and the genus carries its own "that is" gloss: no definition of the subject."""
    return verb is not None and genus.i > verb.i and glossed_genus(genus) and named_instance(verb)
