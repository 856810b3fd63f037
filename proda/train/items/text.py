"""Sentences from (subject, predicate, object), with agreement and verb forms from ``proda.lexicon.inflect``.

Kept as the small public API that repair (``proda/repair/patch.py``, ``probes.py``) imports through
``proda.train.synth``: ``verb``, ``base_verb``, ``sentence``, ``cap``.
"""

from __future__ import annotations

from proda.lexicon.inflect import base, conjugate, inflect, is_plural, lemma_phrase


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


def sentence(s: str, pred: str, o: str, *, negate: bool = False, lemma: str = "", past: bool = False,
             plural: bool | None = None) -> str:
    """``s pred o`` as an English clause (no final period); ``negate`` flips its polarity; ``past``: in the simple
    past (a historical event stays in the past: "police killed ...", not "kills"); ``plural``: the subject's number
    where the caller parsed it (else read off its words)."""
    phrase, neg = lemma_phrase(pred, lemma)
    pl = is_plural(s) if plural is None else plural
    v = past_tense(phrase, pl, neg != negate) if past else conjugate(phrase, pl, neg != negate)
    return cap(f"{s} {v} {o}")


def past_tense(phrase: str, plural: bool = False, negated: bool = False) -> str:
    """The simple past of a lemma phrase: "kill" -> "killed", negated "did not kill"; "be_part_of" -> "was part of"."""
    first, *rest = phrase.split("_")
    if first == "be":
        v = ("were" if plural else "was") + (" not" if negated else "")
    else:
        v = f"did not {first}" if negated else inflect(first, "VBD")
    return f"{v} {' '.join(rest)}".strip()


def is_negative(text: str) -> bool:
    """The surface form of a generated clause is negated (its option form is ``negated``)."""
    return any(f" {w} " in f" {text.lower()} " for w in ("not", "never"))


def comparison(s: dict) -> bool:
    """``s`` states a comparison whole ("be_stronger_than", "be_more_likely_to_vote_than": a lemma ending in "than",
    lexicon ``[comparison]``): taught only as the book's own sentence or its denial by "not", never asked for "what
    X is stronger than" (one right answer of many) nor falsified by another side (session 24)."""
    from proda.lexicon import family_of

    lemma = s.get("lemma") or s.get("predicate_lemma") or ""
    return lemma.endswith("_than") and family_of(lemma) == lemma.strip().lower().replace(" ", "_")
