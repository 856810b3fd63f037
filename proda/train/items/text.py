"""Sentences from (subject, predicate, object), with agreement and verb forms from ``proda.lexicon.inflect``.

Kept as the small public API that repair (``proda/repair/patch.py``, ``probes.py``) imports through
``proda.train.synth``: ``verb``, ``base_verb``, ``sentence``, ``cap``.
"""

from __future__ import annotations

from proda.lexicon.inflect import base, conjugate, is_plural, lemma_phrase


def cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s and s[:1].islower() and not s[1:2].isupper() else s


def verb(pred: str, subject: str = "") -> str:
    """The finite verb phrase of ``pred`` agreeing with ``subject`` (third person singular without one)."""
    phrase, neg = lemma_phrase(pred)
    return conjugate(phrase, is_plural(subject) if subject else False, neg)


def base_verb(pred: str) -> str:
    """The verb phrase after "does": ``causes`` -> ``cause``, ``is_a`` -> ``be a kind of``."""
    return base(lemma_phrase(pred)[0])


def negated(pred: str, subject: str = "") -> str:
    """The opposite finite form: "secretes" -> "does not secrete", "does not cross" -> "crosses"."""
    phrase, neg = lemma_phrase(pred)
    return conjugate(phrase, is_plural(subject) if subject else False, not neg)


def sentence(s: str, pred: str, o: str, *, negate: bool = False, lemma: str = "") -> str:
    """``s pred o`` as an English clause (no final period); ``negate`` flips its polarity."""
    phrase, neg = lemma_phrase(pred, lemma)
    return cap(f"{s} {conjugate(phrase, is_plural(s), neg != negate)} {o}")


def is_negative(text: str) -> bool:
    """The surface form of a generated clause is negated (its option form is ``negated``)."""
    return any(f" {w} " in f" {text.lower()} " for w in ("not", "never"))
