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

from proda.ingest.extract.lexdata import words
from proda.ingest.extract.terms import common_phrase, is_term
from proda.lexicon import family_of, inner_lemma

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
    # "tend_to_support": an effect hedged is an effect, as it was before the lemma kept "tend" (s23-H); a verb of aim
    # ("seek_to_promote") stays out, as it came in (s23-Y): what is sought is not yet an effect
    inner = inner_lemma(fr.predicate_lemma)
    tends = inner != fr.predicate_lemma and fr.predicate_lemma.split("_")[0] in words("verbs.tendency")
    if (family_of(inner) if tends else fr.family) not in EFFECT_FAMILIES or fr.rule not in RULES:
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


# a class claim's object carries its restriction ("an economic arrangement based on private property and ..."):
# longer than an outcome phrase, but a restriction past this many words is a second sentence
MAX_CLASS_WORDS = 24


def class_claim(fr, sent, known: Callable[[str], bool], termlike: Callable[[str], bool]) -> bool:
    """"Capitalism is an economic arrangement based on private property ...": a term of the text said to be a kind
    of thing, in the present tense, kept although the class noun ("economic arrangement") is an everyday phrase.

    Why: the statement teaches what the term is; its object is the class WITH its restriction (the copula frame
    keeps it whole, :func:`frames._restricted`), which becomes an argument phrase, not an L1 term.  Measured on
    sociology 04 / political science 03 (chapters no sheet covers), most "X is a Y ..." sentences about a term of
    the text gave no statement only because the class noun occurs once.  Past tense ("the Holocaust was ...") is
    history, not a claim of the discipline; a negated or hedged copula and a bare class ("is a system") are not
    kept."""
    v = sent.doc[fr.verb]
    if fr.rule != "copula" or fr.predicate_lemma != "be" or fr.negated or v.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ in ("aux", "advmod") for c in v.children):
        return False  # "may be", "is often": the frame's predicate would have to carry the limit
    if any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in v.children):
        return False  # "it is no surprise that social media is ...": the subject is a placeholder
    if any(c.dep_ == "conj" and c.pos_ in ("AUX", "VERB") and not any(g.dep_.startswith("nsubj") for g in c.children)
           for c in v.children):
        return False  # "..., united in the belief that the center left [is] insufficiently progressive": misparsed
    if not (is_term(fr.subject_term) and known(fr.subject_term) and termlike(fr.subject_term)):
        return False
    # "a system of thought that combines ...": a relative "that" opens the restriction and points back to nothing
    own = " ".join(w for w in fr.object.split() if w.lower() != "that")
    if any(t.lower_ == "that" and t.dep_ == "det" for t in sent.doc[fr.verb:fr.end]):
        return False  # "that idea": a demonstrative
    if _points_back(fr.subject) or _points_back(own) or not is_term(fr.object_term):
        return False
    if known(fr.object_term) and termlike(fr.object_term):
        return False  # two terms: an ordinary statement
    attr = next((c for c in v.children if c.dep_ == "attr"), None)
    last = next((t for t in reversed(list(attr.subtree)) if not t.is_punct), None) if attr is not None else None
    if last is None or not fr.object.rstrip(" .,;").endswith(last.text):
        return False  # "an amalgam of movements ..., united in the belief that the center left": cut short
    ws = fr.object.split()
    if len(ws) <= len(fr.object_term.split()) or len(ws) > MAX_CLASS_WORDS or ws[0].lower() in _VAGUE | {"no"}:
        return False  # a bare class ("is a condition") says too little; "is no secret" is no class
    return True
