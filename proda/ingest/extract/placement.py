"""Frames whose subject or clause the parse cannot place: dropped, since a misplaced claim is worse than none.

Why (audit round 6, the judges' reasons on the statements rejected as wrong facts):

* a relative clause hung on an appositive is read as a claim about that noun, while it is about the noun the
  appositive describes: "Antigens are nonself molecules, usually large proteins, which provoke an immune
  response" gave "usually large proteins | provoke | immune response";
* a "that"-clause under a reporting verb whose subject is a pronoun ("He ... states that the family offers ...")
  is the view of somebody named in another sentence, and its holder cannot be given;
* a "that"-clause the parser hung on something other than a reporting verb ("Franklin found that A affected B
  and that both the United States and ... exhibited low salience": the second clause became a conjunct of a noun
  modifier) cannot be told to be anyone's view;
* a subject carrying an appositive that describes it ("Each judge, a specialist in the religious sharia text, ...
  is not bound by any precedent") is said of that kind only; without the description the claim is false in
  general.
"""

from __future__ import annotations

from spacy.tokens import Token

from proda.ingest.extract.lexdata import words

_REPORTED_BY = ("he", "she", "they")  # a person or group named in another sentence
# a distributive subject ("each judge, a specialist in ...") is said of every member of the kind the appositive names;
# a named one ("Floyd, a 46-year-old Black man", "Genocide, the deliberate annihilation of ...") was judged right
_EACH = ("each", "every", "any", "all")


def _up_conj(v: Token) -> Token:
    """The first verb of a coordination: its dependency says where the coordinated clauses hang."""
    while v.dep_ == "conj" and v.head.i != v.i and v.head.pos_ in ("VERB", "AUX"):
        v = v.head
    return v


def _relative_on_complement(v: Token) -> bool:
    w = _up_conj(v)
    return w.dep_ == "relcl" and w.head.dep_ == "appos"  # (on a copula's complement it was right 3 times in 4)


def _pronoun_report(v: Token) -> bool:
    verbs = words("attribution.verbs") | words("verbs.reporting")
    w = v
    while w.head.i != w.i:
        if w.dep_ == "ccomp" and w.head.lemma_.lower() in verbs:
            r = w.head
            subj = next((c for c in r.children if c.dep_ == "nsubj"), None)
            if subj is None and r.dep_ == "conj":
                subj = next((c for c in r.head.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ in _REPORTED_BY:
                return True
        w = w.head
    return False


def _stray_that_clause(v: Token) -> bool:
    """A clause opened by "that" that is not a clausal complement, nor coordinated with one."""
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in v.children):
        return False
    w = v
    while w.dep_ == "conj" and w.head.i != w.i:
        w = w.head
        if w.dep_ == "ccomp":
            return False
    return w.dep_ not in ("ccomp", "advcl")


def _described_subject(v: Token, subject: str) -> bool:
    """The subject's appositive set off by commas, a description with its own modifiers, lies outside the frame
    (not a parenthesis: "Mores (mor-ays) are norms ..." gives a pronunciation)."""
    for w in (v, _up_conj(v)):
        for s in w.children:
            if s.dep_ not in ("nsubj", "nsubjpass") or not any(c.dep_ == "det" and c.lower_ in _EACH for c in s.children):
                continue
            for a in s.children:
                if a.dep_ == "appos" and a.pos_ in ("NOUN",) and a.text not in subject.split() and a.doc[a.left_edge.i - 1].text == "," \
                        and any(c.dep_ in ("prep", "amod", "compound") for c in a.children):
                    return True
    return False


def unplaced(v: Token, subject: str) -> bool:
    """Whether the frame of verb ``v`` with subject text ``subject`` cannot be placed (see the module docstring)."""
    return _relative_on_complement(v) or _pronoun_report(v) or _stray_that_clause(v) or _described_subject(v, subject)
