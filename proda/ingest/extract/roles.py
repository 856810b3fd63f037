"""Role statements: "X serves as Y", "X acts as Y", "X functions as Y" (the role the subject plays).

Why: "as" is no phrasal preposition in general English ("X is seen as Y" is a view without its holder, "X began as Y"
a stage, "X varies as Y changes" a clause), so :mod:`frames` reads no frame from "as".  After a verb of function
(``[verbs] role``) and with no direct object, the "as" phrase names what the subject is or does in a system
("sodium functions as a reducing agent", "the judicial system acts as a source of government control"), a claim a
teacher tests.  Session 17's census of sentences that gave no statement (four books' development chapters) found
34 such sentences, none of which gave one.  Only the active verb is read (a passive "is used as" is a use, not a
role, and keeps its own path); whatever else a frame must pass (hedges, scope, cuts, termhood) applies unchanged.
"""

from __future__ import annotations

from spacy.tokens import Token

from proda.ingest.extract.lexdata import words


def role_prep(v: Token, p: Token) -> bool:
    """Whether ``p`` is the "as" of a role after the verb ``v`` ("serves as a lubricant"): a preposition child of a
    verb of function that has no auxiliary of the passive and no object of its own ("acts as if", a clause, is a
    mark, no preposition; "treats X as Y" has an object and is read by :func:`frame_complements._objects`' object path),
    and no phrase of the verb after the role ("serve as leaders in charting the path ...": the role is limited to what
    that phrase says, and the frame would drop it).  Not a role in the past ("The atomic layers served as slits": one
    experiment, an office once held), nor one inside a subordinate clause ("Because age serves as a basis of social
    control, ...": the reason for the claim, here a theory's; "While some bones only serve as a support, ...").  Nor
    a negated "as" or one of two "as" phrases of the verb ("acts as a signal for growth, not as a signal for storage":
    the parse hangs "not" on the second "as", so the frame read "acts as | signal for storage" with the sign of an
    assertion; review R1, session 17): roles set against each other are a contrast, not one role."""
    return (p.lower_ == "as" and p.dep_ == "prep" and v.pos_ == "VERB" and v.lemma_.lower() in words("verbs.role")
            and not any(c.dep_ == "neg" for c in p.children)
            and not any(c.dep_ == "prep" and c.lower_ == "as" and c.i != p.i for c in v.children)
            and not any(c.dep_ in ("auxpass", "nsubjpass", "dobj") for c in v.children)
            and not any(c.dep_ in ("prep", "xcomp", "ccomp", "dative") and c.i > p.i for c in v.children)
            and v.tag_ not in ("VBD", "VBN") and v.dep_ != "advcl" and not _person_subject(v) and not _listed_antecedent(v))


def _person_subject(v: Token) -> bool:
    """A named person plays the role ("Kim Jung-un also serves as the country's president"): an office held at one
    time, and the parse of such sentences often hangs an apposition before the name into the subject ("the premier, a
    top-ranking member of the Party, and Kim ... serves as" gave "top-ranking member ... serves as president"): a
    subject of a second clause that opens right after a comma behind a noun is such an apposition, whatever its name."""
    w = v
    while w.dep_ == "conj" and w.head.pos_ in ("VERB", "AUX") and not any(c.dep_ == "nsubj" for c in w.children):
        w = w.head
    s = next((c for c in w.children if c.dep_ == "nsubj"), None)
    if s is None:
        return False
    doc, a = s.doc, s.left_edge.i
    apposed = w.dep_ == "conj" and a >= 2 and doc[a - 1].text == "," and doc[a - 2].pos_ in ("NOUN", "PROPN")
    return apposed or any(t.ent_type_ == "PERSON" for c in [s, *s.conjuncts] for t in c.subtree)


def _listed_antecedent(v: Token) -> bool:
    """", which serves as" after a list of names ("a single bone, the hip bone or coxal bone (...), which serves as
    the attachment point"): which noun of the list the clause is about the parse does not know (it gave "single
    bone"), and the right one is the name."""
    h = v.head
    return v.dep_ == "relcl" and (h.dep_ in ("conj", "appos") or any(c.dep_ in ("conj", "appos") for c in h.children))


def role_cut(a) -> bool:
    """Whether the role phrase ``a`` (an argument of :mod:`arguments`) leaves out a phrase of its own noun: "serves as
    a transport system for gases [throughout the body]" (the argument keeps one prepositional phrase of its head).
    A role cut before its complement names another role, so the whole phrase is required: every word under the
    noun is in the argument but its determiners, punctuation, a parenthesis ("(reductant)"), a relative clause
    (:func:`frame_args._whole` keeps a short one and refuses a long one) and the other conjuncts of a coordination."""
    h = a.head
    skip = set()
    for c in h.children:
        if c.dep_ in ("conj", "cc", "relcl", "acl", "appos", "punct") or c.text in "()":
            skip |= set(c.subtree)
    doc = h.doc
    inside = {t for t in h.subtree if t not in skip}
    left = [t for t in inside - a.toks if t.dep_ not in ("det", "punct", "preconj") and t.text not in "()"
            and not any(u.text == "(" for u in doc[h.i:t.i])]
    return bool(left)
