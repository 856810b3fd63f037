"""Clauses the book does not assert, which :func:`proda.ingest.extract.clause_claims.embedded` climbs through: a link of the
climb from a frame's verb to the root that puts the frame inside something other than the book's own claim.

Why a module of its own: ``clause_claims.embedded`` reads the classic cases (a clause under a reporting or intention verb, an
indirect question under a verb, a conditional mark) and ``scope.py`` is at its size limit.  Session 25 (engineer S,
issue 11) read a seeded sample of 80 social-science statements (docs/audits/dev-2026-12-03/s25-S.md) and found three
shapes these cases miss (and round 24's rejects two more), each a parse the classic checks do not see:

* a conjunct of a clause :func:`proda.ingest.extract.frames.frames` skips because it is a light verb's complement:
  "This means that a legislator can delay or prevent a vote ..." (political science) -- "delay" was skipped, its
  conjunct "prevent" kept, and the scope the sentence before gave ("In the United States Senate") lost.  Not a
  wh-clause: "They illustrate how A and B have driven X and helped states acquire Y", "We have seen how countries
  have moved to market socialism, which allows ..." presuppose what they show (both refused by a first version,
  both right);
* a question clause the parser hung as a conjunct of the main verb or as a preposition's object, under a verb whose
  subject is a holder of views ("Conflict theorists also look at who controls the media, and how media promotes the
  norms of ..."): the theorists' question, stored as the book's fact.  Only under a holder: a "how" clause under a
  plain verb presupposes what it asks and stays ("The lesson begins by examining metals and how the electrons of
  metals carry charge", tests/test_statements_indirect_question.py);
* a clause under a modal verb whose subject is "you" ("Finally, you will notice that all store employees are wearing
  a uniform": blind round 24 rejected it as a scene's detail; "you might think that ..." is a guess);
* a "that" clause under an adjective of attitude ("Advocates are concerned that social media allows ...") and a
  clause fronted by "For them," ("For them, revelation is a clear guide to ..."): a view whose holder is dropped or
  named before (round 24 rejects); not the writer or the reader made sure ("We can be sure that X", "You can be
  certain that X": the book's claim).  Words: ``patterns/unasserted.toml``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from proda.ingest.extract.denied import _negated
from proda.ingest.extract.lexdata import toml_table, words

_QUESTION = ("how", "why", "whether")


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    """``patterns/unasserted.toml``."""
    return {k: frozenset(w.lower() for w in v) for k, v in toml_table("unasserted.toml")["unasserted"].items()}


def _governing_verb(w: Token) -> Token | None:
    """The nearest verb above ``w`` (through a preposition or a noun it hangs from), or None."""
    t = w.head
    while t.head != t and t.pos_ not in ("VERB", "AUX"):
        t = t.head
    return t if t.pos_ in ("VERB", "AUX") and t != w else None


def _held_question(w: Token) -> bool:
    """``w`` opens on a question word and hangs as a conjunct or a preposition's object below a verb whose subject is
    a holder of views (:func:`attribution.holder`: "conflict theorists", "Marx")."""
    from proda.ingest.extract.attribution import holder  # attribution imports scope, which imports this module

    if w.dep_ not in ("conj", "pcomp") or not any(
            c.lower_ in _QUESTION and c.dep_ in ("advmod", "mark") and c.i < w.i for c in w.children):
        return False
    g = _governing_verb(w)
    subj = next((c for c in g.children if c.dep_ == "nsubj"), None) if g is not None else None
    return subj is not None and bool(holder(subj))


def unasserted(w: Token, reported: frozenset[int] | set[int] = frozenset()) -> bool:
    """Whether the link from clause ``w`` to its head makes ``w`` (and every frame below it) no claim of the book;
    ``reported``: reporting verbs whose clause is kept as an attributed view (never refused here)."""
    parent = w.head
    if w.dep_ == "ccomp" and parent.i not in reported:
        if parent.lemma_.lower() in words("verbs.light") - {"be", "have", "know"} \
                and w.left_edge.tag_ not in ("WRB", "WP", "WDT"):  # the clause's first word, wherever it hangs
            return True  # "This means that X can delay or prevent ...": frames skips "delay", so its conjuncts too
        if any(c.dep_ == "nsubj" and c.lower_ == "you" for c in parent.children) \
                and any(c.dep_ == "aux" and c.tag_ == "MD" for c in parent.children) and not _own_certainty(parent):
            return True  # "you will notice that all employees are wearing ...": a scene the reader is walked through
        if parent.dep_ == "acomp" and parent.lower_ in _lists()["attitude_adjectives"] and any(
                c.dep_ == "nsubj" and c.lower_ != "it" for c in parent.head.children) \
                and not _own_certainty(parent.head):  # not "it is certain that", "we can be sure that"
            return True  # "Advocates are concerned that social media allows ...": their worry
        if _possible(parent) and w.left_edge.i > parent.i:
            return True  # "It's possible that the branch has advanced ...": a case that may hold (not a clause
            # before it the parse hung there: "SQL does not assign identifiers, so it is possible to have ...")
    return _held_question(w) or fronted_for_pronoun(w)


def _possible(p: Token) -> bool:
    """``p``, the head of a "that" clause, is "it is possible" ("It is possible that X": the clause on "be" beside
    the adjective, or on the adjective itself; the adjective in ``possibility_adjectives``) or "it appears / seems",
    the subject "it"."""
    adjectives = _lists()["possibility_adjectives"]
    if p.lemma_.lower() in ("appear", "seem"):
        be = p  # "Thus, it appears that while electrons are small localized particles, their motion ...": how it
        # looks to the writer (session 44's chemistry sample: stored as "electrons | are | small localized particles")
    elif p.dep_ == "acomp" and p.lower_ in adjectives:
        be = p.head
    elif any(c.dep_ == "acomp" and c.lower_ in adjectives for c in p.children):
        be = p
    else:
        return False
    return any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in be.children)


def _own_certainty(v: Token) -> bool:
    """``v`` is "be" of the writer or the reader made sure: "We can be sure that ...", "You can be certain that ..."
    (the clause may hang on "be" or on the adjective): the book's own claim.  Not a certainty denied ("We cannot be
    sure that", "You can never be sure that"), all but denied ("We can hardly be confident that") or past ("we were
    confident that"): the clause is then not so, or no longer, the book's claim."""
    lists = _lists()
    adj = [c for c in v.children if c.dep_ == "acomp" and c.lower_ in lists["certainty_adjectives"]]
    if not adj or not any(c.dep_ == "nsubj" and c.lower_ in lists["own_subjects"] for c in v.children):
        return False
    heads = [v, *adj]
    if any(_negated(h) or any(c.dep_ == "advmod" and c.lower_ in words("hedges.negative") for c in h.children)
           for h in heads):
        return False
    return not any(t.tag_ == "VBD" for t in [v, *(c for c in v.children if c.dep_ in ("aux", "auxpass"))])


def fronted_for_pronoun(w: Token) -> bool:
    """A "For them," / "For him," before the subject of clause ``w``: the clause tells the view or the case of
    someone named before ("For them, revelation is a clear, singular guide to ...", blind round 24), not a claim of
    the book's.  A name ("For Mead, the self ...") is attribution's fronted holder."""
    subj = [c.i for c in w.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    return bool(subj) and any(
        c.dep_ == "prep" and c.lower_ == "for" and c.i < min(subj)
        and any(o.dep_ == "pobj" and o.lower_ in _lists()["fronted_for_pronouns"] for o in c.children)
        for c in w.children)
