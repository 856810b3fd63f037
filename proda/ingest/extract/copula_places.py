"""Where a thing is, said with a bare "be": "The heart is in the thoracic cavity", "The pivot point is on the B rotary
axis", "The thyroid gland is below the larynx" -> (subject, "is in" / "is on" / "is below", place), lemma "be_in" ...,
the part_of family (``proda/lexicon/families.toml``: "be_in" beside "be_located_in", "lie_in").

Why: :func:`proda.ingest.extract.frame_complements._copula` read a copula's noun (attr) or adjective (acomp) only, so
a copula with a place gave no frame at all, where "is located in" (a participle) did: session 44's census of the
LinuxCNC development pages found such sentences among the 900 that gave nothing (blind round 42: 16 statements on
20 pages).  Only a place: the preposition one of ``copula_places.preps``; its object a noun that names a thing (a
determiner, a modifier, a plural or a name: a bare singular noun makes an idiom, "is in use", "is at risk", "is on
time", "is under way"; and ``copula_places.idiom_objects``: "is on the rise"), not a time ("is in 1990", "in the
morning"), not a book part ("is in Table 3", "is on page 5"), not an idiom noun ("is in fact"); a subject that is no
shell of a topic ("The focus is on X", "The emphasis is on X": the object is what is focused on, no place); in a
main clause ("While the food is in the fundus, ...": a time); one place (not one of a list); no act or state ("is
under precise regulation", "is in the cis conformation").  "between" is left out: its two places are one argument
that the splitting of coordinated objects would cut in two.  Words: ``patterns/lexical.toml`` [copula_places].
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from proda.ingest.extract.arguments import conjuncts_of
from proda.ingest.extract.complex_preps import complex_preposition
from proda.ingest.extract.frame_args import Frame, _frame, _pobj, _split
from proda.ingest.extract.lexdata import words
from proda.ingest.extract.predicates import _surface
from proda.ingest.extract.scope import idiom_tail


_STATE = re.compile(r"(?:tion|sion|ment|ance|ence)$")  # a nominalised act or state, no place


def _names_a_thing(o: Token) -> bool:
    if o.pos_ == "PROPN" or o.tag_ in ("NNS", "NNPS"):
        return True
    return o.pos_ == "NOUN" and any(c.dep_ in ("det", "poss", "amod", "compound", "nmod", "nummod") for c in o.children)


def place_frames(v: Token, subj, sent: Span, neg: bool) -> list[Frame | None]:
    """The frames of copula ``v`` whose complement is a place; ``subj``: one split subject argument."""
    if v.dep_ not in ("ROOT", "conj") or (v.dep_ == "conj" and v.head.dep_ != "ROOT"):
        return []  # "While the food is in the fundus, ...", "Because the atoms are on lattice points, ...": a time
        # or a reason, no claim (session 44's sweep)
    if any(c.dep_ in ("attr", "acomp", "ccomp", "xcomp", "oprd", "advcl") for c in v.children):
        return []
    if subj.head.lemma_.lower() in words("copula_places.shell_subjects") or any(
            c.dep_ == "nsubj" and conjuncts_of(c)[1:] for c in v.children):
        return []  # (a joint subject: "The immune system and pathogens are in a slow race")
    if any(t.lower_ == "otherwise" and t.dep_ == "advmod" and t.i < v.i for t in sent):
        return []  # "Otherwise, the move is pure rotary motion and the F word is in rotary units": the other case
    p = next((c for c in v.children if c.dep_ == "prep" and c.i > v.i), None)
    if p is None or p.lower_ not in words("copula_places.preps") or idiom_tail(p):
        return []
    if any(c.dep_ == "conj" for c in p.children) or any(c.dep_ == "prep" and c.i > p.i for c in v.children) \
            or any(t.lower_ == p.lower_ and t.i > p.i and v.doc[t.i - 1].lower_ in ("or", "and") for t in sent):
        return []  # "Autonomic ganglia are in the sympathetic chain, ..., or in terminal ganglia": one of several
    if any(t.text in ",;(" for t in v.doc[v.i + 1:p.i]):
        return []  # "is, in most cases, a ...": an aside before the complement
    o = _pobj(p)
    if o is None or o.pos_ not in ("NOUN", "PROPN") or not _names_a_thing(o) or complex_preposition(o):
        return []  # (a complex preposition: "are in terms of millimeters", "will be in the direction of")
    if conjuncts_of(o)[1:] or _STATE.search(o.lemma_.lower()):
        return []  # "The only short bones are in the carpals ... and the tarsals ...": one place of a list the
        # subject may need whole; "is under precise regulation", "are in the cis conformation": a state
    if o.lemma_.lower() in words("copula_places.idiom_objects") | words("args.idiom_pobjs") | words("args.book_parts") \
            | words("hedges.time_nouns") \
            or o.like_num or any(c.like_num and len(c.text) == 4 for c in o.children):
        return []
    pred = _surface(v, [p.lower_])
    return [_frame(subj, obj, pred, f"be_{p.lower_}", neg, "copula_place", v) for obj in _split(o, sent)]
