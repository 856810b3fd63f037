"""Whose is the object's "its"/"their": a possessive pronoun inside a frame's object that the sentence lets point
at more than the subject.

Why a module of its own: the pronoun rule of the issue (resolve a pronoun only when exactly one antecedent fits,
otherwise drop) was applied to subjects ("It/they ..." resolved or refused, :mod:`arguments`) and to a second
clause's subject (:func:`remainders.owner_elsewhere`), but not to an owner inside the object.  The frame drops the
pronoun ("leads to [its] conductivity" -> "conductivity"), so it reads the owned thing as unowned: "Resonance
stabilizes the system and leads to its conductivity" was stored "Resonance | leads_to | conductivity", while the
conductivity is the system's (round 14 fresh judges, a false general claim).  Kept: a subject that is the only
noun that fits ("The cell doubles its volume before it divides": no other noun before "its").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from proda.ingest.extract.lexdata import words

_NOUNS = ("NOUN", "PROPN")
# the dependencies of a noun phrase below its verb (no clause): a possessive reached through them is the object's
_PATH = ("dobj", "attr", "prep", "pobj", "agent", "dative", "conj", "acomp", "pcomp")


def _plural(n: Token) -> bool:
    """A plural noun phrase: a plural tag, or coordinated ("the liver and the kidneys")."""
    return n.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" and c.pos_ in _NOUNS for c in n.children)


def _fits(pron: Token, n: Token) -> bool:
    """Whether noun ``n`` can own possessive ``pron`` by number: "its" a singular, "their" a plural, "his"/"her"
    a singular."""
    return _plural(n) if pron.lower_ == "their" else not _plural(n)


def _candidate(pron: Token, n: Token) -> bool:
    """Whether noun ``n``, not the subject's, is another owner ``pron`` may point at: it fits by number ("his"/"her"
    only a proper name: a common noun is rarely a person here)."""
    if pron.lower_ in ("his", "her"):
        return n.pos_ == "PROPN" and not _plural(n)
    # by its tag only: a coordination of singulars is a pair of owners as often as a fixed phrase ("wear and tear")
    return n.tag_ in ("NNS", "NNPS") if pron.lower_ == "their" else _fits(pron, n)


def _person(n: Token) -> bool:
    """A noun for people (``terms.population_heads``, ``terms.people_nouns``): "their"/"his"/"her" after a people
    subject is the people's unless another people noun competes ("Upper-middle-class people pursue careers [and]
    own their homes")."""
    low = n.lemma_.lower()
    return low in words("terms.population_heads") or low in words("terms.people_nouns") or n.ent_type_ == "PERSON"


def _on_object(pron: Token, v: Token) -> bool:
    """The possessive sits on a noun of the verb's own object phrase (objects, prepositions, conjuncts), not inside
    a clause of it ("a molecule that can store energy in its bonds": the clause's subject owns it)."""
    t = pron.head
    for _ in range(12):
        if t.i == v.i:
            return True
        if t.dep_ not in _PATH or t.head.i == t.i:
            return False
        t = t.head
    return False


def _subject(v: Token) -> Token | None:
    """The frame's subject noun: the verb's own, or the one of the verb it is coordinated with."""
    w = v
    for _ in range(4):
        s = next((c for c in w.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if s is not None:
            return s
        if w.dep_ != "conj" or w.head.i == w.i:
            return None
        w = w.head
    return None


def _heads(toks, owners: bool = False) -> list[Token]:
    """The phrase heads among ``toks`` (with ``owners``, a possessor too: "a society's institutions")."""
    return [t for t in toks if t.pos_ in _NOUNS and t.dep_ not in ("compound", "nmod") and (owners or t.dep_ != "poss")]


def _verb_of(t: Token) -> Token | None:
    """The nearest verb above ``t``."""
    for _ in range(20):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def _top(p: Token, v: Token) -> Token:
    """The child of ``v`` whose phrase holds ``p`` (the object phrase the pronoun is in)."""
    while p.head.i != v.i and p.head.i != p.i:
        p = p.head
    return p


def owner_unclear(sent: Span, fr) -> bool:
    """A possessive pronoun on a noun of the frame's object (its/their/his/her: ``remainders.possessive_pronouns``;
    not "its own", which English reads as the subject's) whose owner the sentence does not fix as the subject
    phrase: another noun after the subject and before it fits it by number ("stabilizes the system and leads to its
    conductivity"), or no noun of the subject phrase fits ("levels stimulate its release") -- a singular subject
    with "their" only when a plural noun before it does fit (a singular "their" is a person's: "The judge runs on
    their record").  The nouns the pronoun's own phrase hangs under ("the rate of its contractions") are no
    candidates."""
    doc = sent.doc
    v = doc[fr.verb]
    said = set(fr.object.split())
    owners = set(words("remainders.possessive_pronouns"))
    prons = [t for t in doc[fr.verb + 1:fr.end] if t.dep_ == "poss" and t.lower_ in owners and t.head.text in said
             and not (t.i + 1 < sent.end and doc[t.i + 1].lower_ == "own") and _on_object(t, v)]
    if not prons:
        return False
    subj = _subject(v)
    if subj is None or subj.pos_ not in _NOUNS:
        return False
    inside = {t.i for t in subj.subtree}
    for p in prons:
        phrase = {t.i for t in _top(p, v).subtree}
        # not the subject's, not in the object's own phrase ("the type of substance, its mass"), not an adjunct of the
        # frame's verb ("is, on the other hand, its mass")
        outside = [t for t in _heads(doc[sent.start:p.i]) if t.i not in inside and t.i not in phrase
                   and not t.is_ancestor(p) and getattr(_verb_of(t), "i", None) != v.i]
        if any(_candidate(p, t) for t in outside if t.i > subj.i and t.lemma_.lower() != subj.lemma_.lower()
               and not (p.lower_ != "its" and _person(subj) and not _person(t))):
            return True  # (the same noun again is the same owner: "Voters are voters who ... have their names")
        if not any(_fits(p, t) for t in _heads(subj.subtree, owners=True)):
            if p.lower_ != "their" or any(_candidate(p, t) for t in outside):
                return True
    return False
