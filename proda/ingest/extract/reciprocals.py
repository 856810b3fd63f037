"""A coordinated subject whose members the sentence relates to each other: split, one member is related to nothing.

Why a module of its own: the checks read an adjective or participle of the copula's complement and the subject's
conjuncts, and both the acomp frame ("A and B are similar in ...") and the attr frame ("A and B are not
interchangeable terms") ask them (:mod:`frame_complements`); apart, :mod:`readable` stays under the size limit.
The word lists are lexical data (``args.comparison_adjectives``, ``args.reciprocal_participles``,
``args.reciprocal_adjectives``).
"""

from __future__ import annotations

from spacy.tokens import Token

from proda.ingest.extract.lexdata import words


def reciprocal_pair(w: Token | None, subj: Token) -> bool:
    """"Politics and the economy were interconnected in the real world", "Cats and dogs are similar in many ways":
    a reciprocal adjective or participle (``args.comparison_adjectives``, ``args.reciprocal_participles``) of a
    coordinated subject relates the conjuncts to each other; split, one conjunct is interconnected or similar with
    nothing (audit rounds 9 and 12).  Named other party ("similar to wolves", "interconnected with the economy"):
    each conjunct holds it, and the split stays."""
    if w is None or len(subj.conjuncts) < 1:
        return False
    if w.lower_ not in words("args.comparison_adjectives") | words("args.reciprocal_participles"):
        return False
    return not any(c.dep_ in ("prep", "agent") and c.lower_ in ("to", "with", "from", "than", "by") for c in w.children)


def reciprocal_kind(v: Token) -> bool:
    """"Intersex and transgender are not interchangeable terms": the copula's noun is said of a coordinated subject's
    members as a pair, its adjective relating them to each other (``args.comparison_adjectives``,
    ``args.reciprocal_adjectives``, or one led by "mutually"); split, one member "is not interchangeable terms"
    (fresh judge, session 38's sociology sample).  An adjective naming the other party ("terms interchangeable with
    X") is said of each member, and the split stays."""
    pair = words("args.comparison_adjectives") | words("args.reciprocal_adjectives")
    for noun in (c for c in v.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")):
        for a in noun.children:
            if a.dep_ == "amod" and (a.lower_ in pair or any(c.lower_ in pair for c in a.children if c.dep_ == "advmod")) \
                    and not any(c.dep_ == "prep" and c.lower_ in ("to", "with", "from", "than", "as") for c in a.children):
                return True
    return False
