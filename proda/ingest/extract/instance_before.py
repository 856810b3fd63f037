"""A bare definite subject ("the molecule") that points back at the one instance named just before it.

Why: round 20's chemistry judge rejected "molecule | is | trigonal planar" from "The observed structure of the
borane molecule, BH3, suggests sp2 hybridization ... The molecule is trigonal planar, ...": "the molecule" is BH3,
and stated of every molecule the claim is false.  A worked description names its case once ("the borane molecule,
BH3", "a molecule of methane, CH4") and then refers to it by the bare head noun; the frame keeps the bare noun and
reads as a general law.  :mod:`instance_scope` catches the polity nouns a heading or paragraph ties to a
country; this is the same loss one sentence back, for any noun.

The shape, read from the parse and general English alone:

* the frame's clause subject is "the N" and nothing else: a singular common noun whose only dependant is "the" (no
  modifier, phrase or clause of its own: "the molecule", not "the water molecule" or "the molecule of water");
* earlier in its sentence or in the sentence before, the same noun (lemma, written in lower case: a capitalised
  one is a title's word, "A Study of CBS Evening News") is given its one instance by name: a
  name or formula as its modifier ("the BH3 molecule"), right after it, commas aside ("the borane molecule, BH3"),
  or in its "of" phrase ("a molecule of methane, CH4"); a formula is a word with a digit among letters or a capital
  past its first letter.  An adjective or common noun ("a small, dense nucleus") describes a kind and does not
  count.

Refused, not qualified: the parse does not say reliably whether the earlier modifier is the referent or only one
mention among several, and a wrong scope is worse than none.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

_MODS = ("compound", "amod", "nmod")


def _clause_subject(v: Token) -> Token | None:
    """The clause's subject: a conjoined verb without its own shares its head's."""
    while v.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        v = v.head
    return next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _bare_definite(s: Token) -> bool:
    kids = list(s.children)
    return s.tag_ == "NN" and len(kids) == 1 and kids[0].dep_ == "det" and kids[0].lower_ == "the"


def _formula_or_name(t: Token) -> bool:
    """"BH3", "CH4", "HCl" (a digit with letters, or a capital past the first letter), or a proper noun inside its
    sentence that is no pointer into the book ("Figure 3", "Table 2")."""
    w = t.text
    if any(ch.isdigit() for ch in w) and any(ch.isalpha() for ch in w) or any(ch.isupper() for ch in w[1:]):
        return True
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return t.pos_ == "PROPN" and w[:1].isupper() and w.isalpha() and not t.is_sent_start \
        and not (nxt is not None and nxt.like_num)


def _opens_clause(n: Token) -> bool:
    """Name ``n`` (or the phrase it is a word of) is the subject of the clause after a fronted phrase ("Inside the
    nucleus, DNA is wrapped ...", "In the orchestra, Mozart wrote ..."): no gloss of the noun before the comma."""
    while n.dep_ in ("compound", "poss", "amod", "nmod") and n.head.i > n.i:
        n = n.head
    return n.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")


def _named_after(t: Token) -> bool:
    """A name or formula right after ``t``, past a comma or an opening bracket ("the borane molecule, BH3,"), that
    does not open the next clause as its subject (review of 8ecf57d: "Inside the nucleus, DNA is wrapped ... The
    nucleus is surrounded by a double membrane" lost its general fact)."""
    doc, k = t.doc, t.i + 1
    while k < len(doc) and doc[k].text in (",", "("):
        k += 1
    return k > t.i + 1 and k < len(doc) and _formula_or_name(doc[k]) and not _opens_clause(doc[k])


def _says_which(t: Token) -> bool:
    """Noun ``t`` names its one instance: a name or formula as its modifier ("the BH3 molecule"), right after it
    ("the borane molecule, BH3"), or in its "of" phrase ("a molecule of methane, CH4").  An adjective or common
    noun ("a small, dense nucleus", "the atomic nucleus") describes a kind, not one case (the sweep: "the nucleus
    contains protons" after "a small, dense, positively charged nucleus" is a general fact)."""
    if any(c.dep_ in _MODS and c.i < t.i and _formula_or_name(c) for c in t.children) or _named_after(t):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        o.dep_ == "pobj" and (_formula_or_name(o) or _named_after(o)) for o in c.children) for c in t.children)


def instance_before(sent: Span, fr) -> bool:
    """Whether frame ``fr``'s subject is a bare "the N" that the sentence or the one before names one of (the
    module docstring)."""
    s = _clause_subject(sent.doc[fr.verb])
    if s is None or not _bare_definite(s):
        return False
    doc = s.doc
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    lemma = s.lemma_.lower()
    return any(t.lemma_.lower() == lemma and t.pos_ in ("NOUN", "PROPN") and t.text[:1].islower() and _says_which(t)
               for t in doc[start:s.i])  # (written in lower case: "A Study of CBS Evening News" is a title, the
    # sweep's one right unit lost, "the news does make judgments" after a reference)
