"""Coordinated arguments a verb takes only together, and a gerund shared over a list: no claim per conjunct.

Why a module of its own (issue 11, session 26, engineer E): the round-26 judges rejected statements of two shapes
that :func:`scope.coordination_unsafe` let through.  (1) A relation whose sides were split: "Profit is determined by
revenue and cost" gave "revenue | determines | profit" and "cost | determines | profit" (neither alone does);
"connects A and B" gave "| connects | A".  (2) A gerund hung before a list as a modifier of its first noun: "allow
manipulating tables, chains and rules" (the parser tags "manipulating" a compound noun of "tables") gave "| allows |
chains": the split keeps the noun and loses the verb that governs every conjunct.  Such a coordination is read as
one argument where :mod:`coordinations` can (an active verb's object), or the frame is dropped (a passive's agent,
which is never read whole).  Split as before: "X secretes A and B", "is influenced by A and B" (each influences),
"grows red apples and pears" (an adjective, not a verb).  (3) A subject pair ranked by a superlative ("The dorsal
cavity and the ventral cavity are the largest body compartments": split, "dorsal cavity | are | largest body
compartments" leaves out the other one, session 31's fresh anatomy sample).

The lists are data (``patterns/joint_arguments.toml``, and ``participle_adjectives`` of ``patterns/gerunds.toml``);
whether a pre-modifier is a verb's -ing form is read from the tag or from lemminflect's dictionary (no guessing for
words it does not know: "ceiling", "morning").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from proda.ingest.extract.lexdata import toml_table


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in toml_table("joint_arguments.toml").items()}


@lru_cache(maxsize=1)
def _participle_adjectives() -> frozenset[str]:
    return frozenset(w.lower() for w in toml_table("gerunds.toml")["participle_adjectives"])


def _verb_ing(t: Token) -> bool:
    """``t`` is a verb's -ing form: tagged so, or an -ing noun lemminflect's dictionary knows as a verb form."""
    if t.tag_ == "VBG":
        return True
    if not t.lower_.endswith("ing") or t.pos_ not in ("NOUN", "PROPN"):
        return False
    from lemminflect import getInflection, getLemma

    lemmas = getLemma(t.lower_, upos="VERB", lemmatize_oov=False)
    return any(t.lower_ in getInflection(lem, tag="VBG") for lem in lemmas)


def shared_gerund(conjuncts: list[Token]) -> bool:
    """"manipulating tables, chains and rules": a gerund the parser hung as a compound noun of the first conjunct (no
    determiner before it, not a ``participle_adjectives`` word of ``gerunds.toml``, the later conjuncts bare of a
    modifier and determiner of their own) governs the whole list."""
    first, rest = conjuncts[0], conjuncts[1:]
    mods = [c for c in first.children if c.i < first.i and c.dep_ in ("compound", "amod")]
    if not mods or mods[0].dep_ != "compound" or mods[0].lower_ in _participle_adjectives() \
            or not _verb_ing(mods[0]) or any(c.dep_ in ("det", "poss") and c.i < mods[0].i for c in first.children):
        return False  # only the misparse as a compound noun: an amod -ing word ("existing courts and police",
        # "working adults and retirees") or one English uses as an adjective modifies its own noun (review
        # findings 3, s27)
    return all(not any(c.dep_ in ("det", "poss", "compound", "amod", "nummod") and c.i < r.i for c in r.children)
               for r in rest)


def ranked_by_superlative(c: Token) -> bool:
    """``c`` is a superlative or is graded by one before it: "largest", "the largest compartments", "the most
    abundant cations" ("most" on "abundant").  The one reading of a superlative complement for both its uses: a
    pair ranked together (here) and a rank with no set of its own (``scope._bare_superlative``)."""
    return c.tag_ in ("JJS", "RBS") or any(
        m.tag_ in ("JJS", "RBS") or (m.dep_ == "amod" and any(x.tag_ == "RBS" for x in m.children))
        for m in c.children if m.i < c.i)


def _superlative_set(v: Token) -> bool:
    """A copula whose complement is a set ranked by a superlative: "are the largest body compartments", "are the
    most abundant"."""
    return any(c.dep_ in ("attr", "acomp") and ranked_by_superlative(c)
               and (c.tag_ in ("NNS", "NNPS", "JJS", "RBS") or c.pos_ == "ADJ") for c in v.children)


def joint_argument(h: Token, conjuncts: list[Token]) -> bool:
    """Whether the coordination headed by ``h`` must not be split into one claim per conjunct (see the module)."""
    if len(conjuncts) < 2:
        return False
    lists = _lists()
    if h.dep_ == "dobj" and h.head.lemma_.lower() in lists["relational_verbs"]:
        return True  # "connects A and B", "compares A and B"
    if h.dep_ == "pobj" and h.head.dep_ == "agent" and h.head.head.lemma_.lower() in lists["joint_agent_verbs"]:
        return True  # "is determined by A and B"
    if h.dep_ == "nsubj" and h.head.lemma_.lower() == "be" and _superlative_set(h.head) \
            and not any(t.lower_ in ("respective", "respectively") for t in h.sent):  # "each in its group": each
        return True  # "A and B are the largest compartments": the two together, neither alone (session 33)
    return h.dep_ in ("dobj", "pobj") and shared_gerund(conjuncts)
