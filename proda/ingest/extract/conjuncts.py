"""The first conjunct of a coordination, the token checks climb to before reading what a conjoined word shares.

Why one helper: a verb conjoined to another ("... regulates X and stores Y") shares the first verb's subject,
auxiliaries, fronted phrases and adverbial clauses, so most sentence checks read them there.  The climb was written
out beside each check (a dozen copies); a conjunct with its own subject ("..., and the kidneys remove ...") is a
clause of its own, where some checks must stop.
"""

from __future__ import annotations

from spacy.tokens import Token


def own_subject(w: Token) -> bool:
    """``w`` has a subject of its own (active or passive)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in w.children)


def first_conjunct(w: Token, *, stop_at_own_subject: bool = False) -> Token:
    """The head of the coordination ``w`` is conjoined into (``w`` itself when it is none); with
    ``stop_at_own_subject`` the climb stops at a conjunct that has its own subject."""
    while w.dep_ == "conj" and w.head.i != w.i and not (stop_at_own_subject and own_subject(w)):
        w = w.head
    return w
