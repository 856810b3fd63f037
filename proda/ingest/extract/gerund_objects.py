"""A gerund phrase as the object of a preposition the frame reads: "X is responsible for controlling Y", "X is
capable of recognizing Y", "X is involved in regulating Y".

Why: the copula-adjective and passive-participle frames of :mod:`frames` took only a noun after the preposition,
so these sentences gave no frame at all (issue 11, session 16: among the frameless sentences of the development
chapters, copula + adjective + preposition is the class the brief names first, and a gerund after the preposition
is about half of it; the claim stands alone and parses the same way every time).  The object is the gerund with
everything it governs, read whole as a text override (as the clausal complement "causes X to constrict" is); its
anchor term is the gerund's own noun object, so termhood and every later gate see a noun.

Not asked of an active verb's preposition ("contributes to X"): there the parser reads as many compound nouns as
gerunds ("contributes to commuting time", "can lead to rounding errors", "resulted in warning labels") and an adverb
of degree sits on the verb ("focus less on performing ..."); of 17 such frames on the development chapters about 4
read right.

Refused (``None``): a gerund English also uses as an adjective before a noun with no determiner ("composed of
alternating sugar and phosphate groups", "of developing sperm cells": participle_adjectives of
``patterns/gerunds.toml``); a gerund with no noun object ("capable of contracting": nothing the claim is about); a
negated, coordinated or possessed one; one under a degree word that compares ("just as instrumental in": with what
came before); a phrase holding a personal pronoun ("informing your opinions", "destroying them": whose, the phrase
does not say) or punctuation (a comma, a bracket, a dash: what follows may belong to the gerund's object or be an
aside the cut cannot place); a phrase longer than ``MAX_WORDS`` tokens (a long one runs on into what the cut cannot
judge).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from proda.ingest.extract.arguments import Arg, arg_at, arg_text
from proda.ingest.extract.lexdata import toml_table

MAX_WORDS = 10


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    """The word lists of ``patterns/gerunds.toml``."""
    return {k: frozenset(w.lower() for w in v) for k, v in toml_table("gerunds.toml").items()}
_PUNCT = set(",;:()[]—–\"“”")  # (not the hyphen inside a word: "weight-bearing")


def gerund_object(prep: Token, sent: Span) -> tuple[Arg, str] | None:
    """(argument anchored on the gerund's noun object, text of the whole gerund phrase) of ``prep``'s gerund
    object, or ``None`` (see the module docstring)."""
    if prep.lower_ not in _words()["gerund_preps"]:
        return None  # "participate by joining parties": a means, not what the verb or adjective takes
    g = next((c for c in prep.children if c.dep_ == "pcomp"), None)
    if g is None or g.tag_ != "VBG" or g.pos_ != "VERB" \
            or any(c.dep_ in ("pobj", "pcomp") and c.i != g.i for c in prep.children):
        return None
    if any(c.dep_ == "advmod" and c.lower_ in ("as", "so", "too") for c in prep.head.children):
        return None  # "just as instrumental in informing ...": compared with what the sentence told before
    return _phrase(g, sent)


def gerund_complement(v: Token, sent: Span) -> tuple[Arg, str] | None:
    """(argument, text) of the gerund right after an active verb of ``gerund_verbs`` with no object of its own:
    "the -s option allows editing the shadow file", "the audit requires reading the source code".  The parser
    hangs the gerund as an ``xcomp`` and the frame builder, finding no noun object, made no frame (census of issue
    11 on two new books, s26-A); the object is the act with its noun object, read whole as the gerund after a
    preposition is, under the same refusals."""
    if v.lemma_.lower() not in _words()["gerund_verbs"] or any(c.dep_ in ("dobj", "dative") for c in v.children):
        return None
    g = next((c for c in v.children if c.dep_ == "xcomp" and c.i == v.i + 1), None)
    if g is None or g.tag_ != "VBG" or g.pos_ != "VERB":
        return None
    return _phrase(g, sent)


def _phrase(g: Token, sent: Span) -> tuple[Arg, str] | None:
    """The gerund ``g`` with all it governs, anchored on its noun object, or ``None`` (the module docstring)."""
    if any(c.dep_ in ("neg", "conj", "cc", "nsubj", "poss", "mark", "aux") for c in g.children):
        return None  # "for not paying", "for raising and lowering", "their controlling": not one plain act
    obj = next((c for c in g.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return None  # (a gerund's prepositional object as the anchor, "responding to threats", changed no frame
        # of the development chapters: not taken)
    if g.lower_ in _words()["participle_adjectives"] and not any(c.dep_ in ("det", "poss") for c in obj.children):
        return None  # "of developing sperm cells": the participle is the noun's adjective as often as a gerund
    span = list(g.subtree)
    if g.left_edge.i != g.i or any(t.text in _PUNCT or t.is_space or t.tag_ in ("PRP", "PRP$") for t in span) \
            or len(span) > MAX_WORDS:
        return None
    a = arg_at(obj, sent)
    if a is None:
        return None
    text = arg_text(set(span))
    return Arg(a.head, text, a.term, a.quantity, a.plural, a.toks), text


def subject_cut(a: Arg) -> bool:
    """Whether the subject argument of a gerund-object frame leaves out a phrase of its own head: a prepositional
    phrase the argument builder drops ("A diet with excessive fructose has been implicated in raising ..." -> "diet";
    "Close monitoring by the parents and adherence to ... are imperative in ..."), or members of a list inside one
    it keeps ("smooth muscle in the skin, visceral organs, and passageways is essential for moving ..." -> "smooth
    muscle in skin"; the parse then hangs a second subject on the same verb).  The claim is then about more than
    its subject says (asked of the new frames only)."""
    if any(c.dep_ == "prep" and c not in a.toks for c in a.head.children):
        return True
    if a.head.dep_ in ("nsubj", "nsubjpass") \
            and sum(c.dep_ in ("nsubj", "nsubjpass") for c in a.head.head.children) > 1:
        return True
    return any(c.dep_ == "prep" and any(x.dep_ == "conj" and x not in a.toks for x in c.subtree)
               for c in a.head.children)
