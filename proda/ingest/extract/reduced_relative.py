"""A participle phrase that restricts a bare plural subject, read by the parse as that noun's own verb.

Why: "Electrodes constructed from a member of the redox couple ... are called active electrodes" (audit round 14)
was stored as "electrodes | constructed_from | member of redox couple": the parse took "constructed", the first word
of a restrictive reduced relative ("electrodes [that are] constructed from ..."), for the verb of "Electrodes", and
the frame teaches of every electrode what the sentence says of a subclass.  The same misreading gives "cells |
exposed to | radiation" from "Cells exposed to radiation die".  The sign is the sentence's real verb: a finite verb
after the participle with no subject of its own, hung on it (or it on that verb) as a bare clause.  Only that
participle's frame is refused; the main clause's own frame ("are called active electrodes") is judged as before.
A participle set off by a comma ("The cells, exposed to radiation, die") is no restriction and a determiner-led head
("The electrode constructed from ...") is parsed as a modifier already: neither is asked about here.
"""

from __future__ import annotations

from spacy.tokens import Token

_FINITE = ("VBP", "VBZ", "VBD", "MD")
_BARE_CLAUSE = ("ccomp", "dep", "parataxis", "advcl")


def _participle_form(v: Token) -> bool:
    from lemminflect import getInflection

    return v.tag_ == "VBN" or v.lower_ in getInflection(v.lemma_.lower(), tag="VBN")


def _finite_without_subject(w: Token) -> bool:
    if w.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass") for c in w.children):
        return False
    return w.tag_ in _FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in w.children)


def subclass_participle(v: Token) -> bool:
    """``v`` is the participle of a restrictive reduced relative on a bare plural subject right before it (no
    determiner, no comma between), and the sentence's own verb follows without a subject: no frame from ``v``."""
    if v.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("aux", "auxpass") for c in v.children) \
            or not _participle_form(v):
        return False
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i != v.i - 1 or subj.tag_ not in ("NNS", "NNPS") \
            or any(c.dep_ in ("det", "poss", "nummod", "predet") for c in subj.children):
        return False
    if v.dep_ in _BARE_CLAUSE and v.head.i > v.i and _finite_without_subject(v.head):
        return True  # "Electrodes constructed from X are called ...": "constructed" read as the ccomp of "called"
    return any(c.dep_ in _BARE_CLAUSE and c.i > v.i and _finite_without_subject(c) for c in v.children)
