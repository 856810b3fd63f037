"""Proper names joined under one plural title: no frame per name (people, states, firms: any names).

Why a module of its own: the 2026-11-30 read-back rejected both halves of "Sociologists Ralph Turner and Lewis
Killian (1993) built on earlier sociological ideas and developed ... emergent norm theory": split per person, the
first half carries the group's title ("Sociologists Ralph Turner | built on | ..."), the second gives one of two
co-authors a work they wrote together.  A plural common noun before the first name ("Sociologists", "Presidents
Clinton and Obama") says the names are read as one group, so no conjunct stands alone.  Names without such a title
are split as before: a broader rule (any names joined under a past-tense verb, as co-authors) was tried and dropped
on development chapters, where it removed 6 true statements ("Prince Harry and Meghan Markle moved to California",
"Molina and Rowland published a paper") for 2 of the read-back's.  So names of states are split too: "France and
Germany signed the treaty" gives a true frame per signatory (each signed it), while "Partners Chile and Peru signed
..." is not split, for the title the first half would carry ("Partners Chile | signed").
The rule reads the parse only; it has no word list (the co-author rule's own statements.toml went with it).

Coordinated sources of a passive verb of making (:func:`joint_source`) are kept from splitting as well: "An X is
formed from A and B" split gives "X | is formed from | A", which says A alone makes it (round 13, item 2); a passive
of place ("Calcium is stored in bones and teeth") and a list of constituents ("is composed of DNA and proteins",
accepted split by the audit judges) are split as before.

A coordinated subject under an exclusive complement (:func:`whole_complement`) is kept from splitting too: "The
pulmonary arteries and their branches are the only arteries that carry ..." split gives two false claims (review
R15 #1); "Arteries and veins are blood vessels" is split as before.
"""

from __future__ import annotations

from spacy.tokens import Token

from proda.ingest.extract.cuts import first_verb
from proda.ingest.extract.lexdata import words


def _names(s: Token) -> list[Token]:
    out = [s]
    while (n := next((c for c in out[-1].children if c.dep_ == "conj"), None)) is not None:
        out.append(n)
    return out


def names_together(v: Token) -> bool:
    """Whether ``v``'s subject is two or more proper names joined, the first under a plural title (a compound
    tagged plural before it: "Sociologists Ralph Turner and Lewis Killian")."""
    w = first_verb(v)
    s = next((c for c in w.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if s is None or s.pos_ != "PROPN":
        return False
    names = _names(s)
    return len(names) > 1 and all(n.pos_ == "PROPN" for n in names) \
        and any(c.dep_ == "compound" and c.tag_ in ("NNS", "NNPS") and c.i < s.i for c in s.children)


def whole_complement(v: Token, complement: Token | None, subj: Token) -> bool:
    """Whether the copula ``v``'s complement holds of its coordinated subject only as a whole: its noun singled out
    ("the only / sole / one arteries that ..."), the subjects taken together ("A and B together are ...",
    "jointly", "between them"), or a definite singular count noun ("The brain and the spinal cord are the central
    nervous system": one whole they make up, ``verbs.whole_determiners``; "are metals" is a class and splits).  A
    noun with a phrase or clause of its own names a relation each conjunct may hold alone ("Calluses and corns are
    the result of abrasive pressure", true of each, development sweep), and "both / each / all" distribute it."""
    near = [*v.children, *subj.children]
    if any(c.lower_ in words("verbs.together_adverbs") and (c.dep_ in ("advmod", "npadvmod") or (
            c.dep_ == "prep" and any(o.dep_ == "pobj" and o.tag_ == "PRP" for o in c.children))) for c in near):
        return True  # a preposition only with a pronoun: "between them", not "the repulsions between the electrons"
    if complement is not None and complement.tag_ == "NN" and any(
            c.dep_ == "det" and c.lower_ in words("verbs.whole_determiners") for c in complement.children) \
            and not any(c.dep_ in ("prep", "relcl", "acl") for c in complement.children) \
            and not any(c.lower_ in words("verbs.distributive_words") for c in near):
        return True  # "A and B are the X": one whole the conjuncts make up, no class each belongs to (blind round 23)
    return complement is not None and any(c.dep_ in ("amod", "nummod", "advmod") and c.lower_ in
                                          words("verbs.exclusive_adjectives") for c in complement.children)


def joint_source(v: Token, prep: Token) -> bool:
    """Whether the passive ``v`` with its phrase ``prep`` names coordinated sources that make the subject together:
    a verb of making (``verbs.joint_sources``: "is formed / made / produced") with "from" (``verbs.source_preps``)
    whose object has a conjunct ("from an acid and a base").  One source ("is formed from an acid") is no joint act."""
    if v.lemma_.lower() not in words("verbs.joint_sources") or prep.lower_ not in words("verbs.source_preps"):
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and any(c.dep_ == "conj" for c in obj.children)


def partition(v: Token, prep: Token) -> bool:
    """Whether the passive ``v`` with its phrase ``prep`` divides the subject into parts ("is divided into the basal
    plate and the alar plate", ``verbs.partition_verbs`` with "into"): a list there names the parts of one whole, and
    one part alone ("is divided into the alar plate") is not the division (audit round 9, judged wrong)."""
    return v.lemma_.lower() in words("verbs.partition_verbs") and prep.lower_ == "into"
