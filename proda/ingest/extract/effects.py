"""Effect claims: "X leads to / increases / prevents Y" kept even when one side is a phrase rather than a term.

Why: a statement normally needs two terms of the text at its ends ("insulin" lowers "blood glucose").  Books that
argue rather than describe (the social sciences) state their causal claims between a term and an outcome phrase
("socialization reproduces inequality", "an early emphasis on beauty can lead to reduced interest in math and
science among girls"): measured on three sociology chapters, 1 of 34 sentences with a causal verb gave a
statement.  An effect claim is what L3 chains and "what follows if ..." questions are built from, so these are
kept when one end is a term of the text and the other a complete noun phrase; the phrase becomes an argument
phrase (not an L1 term).  Everything else about the frame (scope, hedges, completeness) was checked by
:mod:`frames`/:mod:`scope` already.
"""

from __future__ import annotations

from collections.abc import Callable

from proda.ingest.extract.terms import common_phrase, is_term

EFFECT_FAMILIES = {"cause", "increase", "decrease", "inhibit", "stimulate"}
MAX_PHRASE_WORDS = 10  # an outcome longer than this is a clause no one learns as a unit
# how a frame was read: a relative clause's antecedent is ambiguous after "the release of X from Y, which ..." or
# "A and B, which in turn ..." (audit of this path: most wrong readings were relative clauses), so only the
# direct readings may carry a phrase argument
RULES = {"svo", "passive", "phrasal", "clausal_complement"}
# verbs that say how their subject changes ("rates have dropped in recent years"): their prepositional object is a
# time, place or measure, never something affected
CHANGE_VERBS = {"drop", "fall", "decline", "rise", "grow", "increase", "decrease", "shrink", "expand", "climb", "slow"}
_POINTERS = {"it", "its", "they", "them", "their", "this", "these", "those", "that", "he", "she", "his", "her",
             "we", "our", "you", "your", "so"}
# quantifiers that leave an outcome unnamed (a change word such as "lower" or "more" names a direction, and stays)
_VAGUE = {"several", "many", "some", "various", "numerous", "certain", "other", "different", "multiple", "serious",
          "significant", "important", "major", "minor", "any", "all", "both", "each", "every", "such", "similar"}


def _phrase_ok(text: str, term: str) -> bool:
    """A complete outcome phrase: short enough, about a noun that reads as a term, not only everyday words."""
    ws = text.split()
    if not ws or ws[0].lower() in _VAGUE:
        return False  # "several disorders", "many problems": no outcome one can learn ("lower interest" is one)
    return len(ws) <= MAX_PHRASE_WORDS and is_term(term) and not (len(ws) == 1 and common_phrase(text))


def _points_back(text: str) -> bool:
    """"the choices they make", "failure to do so": the phrase needs another sentence to be understood."""
    return any(w.lower().strip(",.’'") in _POINTERS for w in text.split())


def _cut(fr, sent) -> bool:
    """The verb keeps a prepositional phrase after its object that the object left out ("drove police forces
    toward more aggressive tactics"): the claim is cut (agent "by" phrases of passives are the subject)."""
    v = sent.doc[fr.verb]
    return any(c.dep_ in ("prep", "dative") and c.i >= fr.end and c.lower_ != "by" for c in v.children)


def effect_claim(fr, sent, known: Callable[[str], bool], termlike: Callable[[str], bool]) -> bool:
    """Whether ``fr`` is an effect claim between a term of the text and a complete phrase (see the module doc)."""
    if fr.family not in EFFECT_FAMILIES or fr.rule not in RULES:
        return False
    if fr.rule == "phrasal" and fr.predicate_lemma.split("_")[0] in CHANGE_VERBS:
        return False
    s_term = is_term(fr.subject_term) and known(fr.subject_term) and termlike(fr.subject_term)
    o_term = is_term(fr.object_term) and known(fr.object_term) and termlike(fr.object_term)
    if s_term == o_term:
        return False  # an ordinary statement, or two phrases
    if _points_back(fr.subject) or _points_back(fr.object) or _cut(fr, sent):
        return False
    if any(t.split()[0].lower() in _VAGUE for t in (fr.subject, fr.object) if t.split()):
        return False  # "can result in several disorders": the term side may be vague too
    return _phrase_ok(fr.object, fr.object_term) if s_term else _phrase_ok(fr.subject, fr.subject_term)
