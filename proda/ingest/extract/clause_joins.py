"""Frames whose claim is joined to a clause the frame cannot carry (round 19's chemistry judges): checks that drop it.

Why a module of its own: each is a way a clause outside the frame's reach decides what the frame says, and none is
owned by the argument rules (:mod:`arguments`) or the scope rules (:mod:`scope_limits`) --

* a second "that" clause of a reporting verb that the parse hung on the object's relative clause ("X concluded that
  acids are substances that can neutralize bases **and that** these two classes can be defined only ..."): the
  object runs on into a clause of its own, with its own subject, which is no part of the noun's description;
* a sentence the parse ran on past a symbol's full stop ("electrons are displaced toward E. Bond b is polar ...",
  where the text calls an atom "E" elsewhere): the argument carries the next sentence's subject;
* an exercise's instruction ("Predict which forms an anion, which forms a cation, ..."), whose verb the tagger read
  as a noun, so that each "which" became a relative pronoun and "an anion" the subject of "forms a cation";

Each reads the parse and general English function words; when the construction cannot be read right, the frame is
dropped.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

_RELATIVE = ("that", "which", "who", "whom", "whose")
_INITIAL = re.compile(r"[A-Z]\.")
_ASKING = ("which", "what", "whether", "how", "why")  # (not "who", "that": "People who smoke ...")


def second_complement(sent: Span, fr) -> bool:
    """Inside the frame's object, a clause coordinated with a relative clause that opens with its own "that" and
    has its own subject after it ("... substances that can neutralize bases and that these two classes ... can be
    defined"): "that" there is a complementizer (a relative "that" is the clause's subject or object, never a
    marker before a subject), so the clause is the reporting verb's second complement, not the noun's. Two content
    clauses of one noun ("the idea that there are ... and that criminals should be punished") are left whole. Only
    inside a reporting verb's complement (the frame's verb a ccomp): the parser labels a relative "that" that is the
    object of its clause a marker too ("Glycolysis is a process that occurs in the cytoplasm and that the cell uses
    to make energy"; review R3), and outside a report there is no second complement for it to be."""
    doc = sent.doc
    if doc[fr.verb].dep_ != "ccomp":  # the frame is no reporting verb's "that" clause (review R3)
        return False
    for t in doc[fr.verb + 1:sent.end]:
        if t.dep_ != "mark" or t.lower_ != "that" or t.head.dep_ != "conj" or t.head.i <= t.i \
                or doc[t.i:t.i + 3].text not in fr.object:  # (a copula's object runs past the frame's end)
            continue
        clause = t.head
        if clause.head.dep_ != "relcl" or clause.head.i <= fr.verb:
            continue
        subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(s.i > t.i and s.lower_ not in _RELATIVE for s in subj):
            return True
    return False


def symbol_stop_inside(sent: Span, fr) -> bool:
    """An argument that runs on past a lone capital and its full stop into a capitalised word ("toward E. Bond b")
    where the text uses that capital standing alone elsewhere ("the central atom, E, ..."): the capital is a symbol
    ending its sentence, not an initial (an initial stands with its full stop: "by J. Smith"; "A" and "I" are
    words). The parse ran two sentences into one (nlp._glued_letter_stop leaves a standing letter before a word
    that is no function word), so the argument is two sentences' words. A capital after a capitalised word or another
    initial is a name's initial ("Franklin D. Roosevelt" beside "Plan D"; review R3): the symbol follows a lower-case
    word ("toward E.")."""
    doc = sent.doc
    for t in sent[:-1]:
        if len(t.text) != 2 or t.text[1] != "." or not t.text[0].isupper() or t.text[0] in "AI":
            continue
        nxt, prev = doc[t.i + 1], doc[t.i - 1] if t.i else None
        if prev is not None and (prev.is_title and prev.is_alpha or _INITIAL.fullmatch(prev.text)):
            continue  # "Franklin D. Roosevelt", "J. J. Thomson": an initial after a first name (review R3)
        if not (nxt.is_alpha and nxt.is_title) or f"{t.text} {nxt.text}" not in f"{fr.subject} {fr.object}":
            continue
        if any(u.text == t.text[0] for u in doc):
            return True
    return False


def imperative_question(sent: Span) -> bool:
    """The sentence opens with a bare verb (VB, VBP) or singular noun and, right after it, a question word
    ("Predict which forms an anion, which forms a cation, ...", "Explain why ..."): an instruction to find what the
    clause asks, which asserts none of it. The tagger reads such a verb as a noun ("Predict"/NN) and the clause as
    its relative clause, so a chained "which" makes the first object the subject of the second ("anion | forms |
    cation"). A sentence opens with a bare singular noun and a restrictive "which" too seldom to weigh against this;
    a plural ("Rocks which ..."), a name or a comma after the first word is left alone, and so is a first word the
    parse makes the subject of a verb after the clause ("Blood which leaves the left ventricle enters the aorta":
    review R3 of b5185a3 -- an instruction's verb is the sentence's root, never a subject)."""
    toks = [t for t in sent if not t.is_space]
    return len(toks) > 2 and toks[0].tag_ in ("VB", "VBP", "NN") and toks[0].text[:1].isupper() \
        and toks[1].lower_ in _ASKING and toks[1].i == toks[0].i + 1 \
        and toks[0].dep_ not in ("nsubj", "nsubjpass")  # "Blood which leaves ... enters ...": a subject (R3)
