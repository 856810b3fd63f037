"""An object cut inside a complex preposition: "interpret the Constitution in alignment with its original meaning"
gave "Constitution in alignment" (blind round 24; development sweep: "omohyoid muscle | depresses | hyoid bone in
conjunction", anatomy 11).

Why: "in alignment with", "in conjunction with", "in proportion to" are one preposition; the parser may hang the
"in" phrase and the "with"/"to"/"of" phrase on the verb separately (or an argument check drops the second), and the
object kept the first and stopped before the second, so it ends on a bare relational noun that says nothing alone
and drops what the phrase is about.  Such a frame is refused.  An object whose phrase was kept whole ("law in
accordance with precedent") is not touched."""

from __future__ import annotations

from spacy.tokens import Span, Token

from proda.ingest.extract.lexdata import words

_OPENERS = ("in", "into", "on", "out")
_JOINERS = ("with", "to", "of")


def preposition_cut(sent: Span, verb: int, obj: str) -> bool:
    """The object text ``obj`` of the frame on ``verb`` ends on the bare noun of an "in" phrase after the verb whose
    next word is a "with"/"to"/"of" (wherever the parser hung it): the argument stops inside "in N with ..."."""
    doc = sent.doc
    for last in doc[verb + 1:sent.end - 1]:
        nxt = doc[last.i + 1]
        if last.pos_ == "NOUN" and last.dep_ == "pobj" and last.head.lower_ in _OPENERS \
                and last.head.i == last.i - 1 and not any(c.dep_ in ("det", "poss", "nummod") for c in last.children) \
                and nxt.dep_ == "prep" and nxt.lower_ in _JOINERS \
                and obj.endswith(f"{last.head.text} {last.text}"):
            return True
    return False


def complex_preposition(o: Token) -> bool:
    """The prepositional object ``o`` is the bare noun of a complex preposition ([args] complex_prep_nouns: "in
    terms of", "in case of", "by means of"), no place or thing the verb is in or at: "exported in case of raster
    maps" says when, "described in terms of class conflict" how.  A determiner, possessive or adjective makes it a
    noun again ("held in a metal case")."""
    return (o.lower_ in words("args.complex_prep_nouns") or o.lemma_.lower() in words("args.complex_prep_nouns")) \
        and not any(c.dep_ in ("det", "poss", "amod") for c in o.children)
