"""Prose definitions whose complement is no noun genus: "X is when S" (issue 11 item 3, prose-only glossary recall).

Why: a book defines a practice or a state by the situation it names ("Cohabitation is when two people live together
... without being married"), and the glossary holds the term; the "X is a Y" rule needs a noun genus and misses it.
The same shape also dates or characterises ("The best time to plant is when the soil is warm", "The harvest was when
the village worked together", "The first is when ..."), so the term must open the sentence as a term of its own
(not a generic or ordinal head, no demonstrative, no restriction of its own), the copula be present and bare, and the
when-clause be the whole complement with a subject of its own.  "X occurs when S" is not read: it states a cause
or a condition as often as what X is ("Inflation occurs when the money supply grows faster than output", "Gout
occurs when the body makes too much uric acid"; review R2 of 6930506).  ("Xs are those who ..." is the "is_one" pattern,
whose genus may be "one" or "those".)  :func:`bare_gloss` gates "X, Ys that ...", an apposition without an
article (the ``bare_gloss`` pattern of ``aliases.json``, read by ``definitions._gloss``).

Review R17 (items 1, 2): "Winter is when many bears hibernate in dens" dates what bears do, it says nothing of what
winter is -- a time-period head (``when_shapes.time_heads``) and a when-clause of a vague share ("many", "most":
``when_shapes.share_quantifiers``) or a frequency adverb (``hedges.adverbs``: "often") are refused; "Mast cells
release histamine into the connective tissue, chemicals that ..." glossed the tissue with what the histamine is --
the gloss must be X's own apposition, and X no object of a preposition when another argument could own it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from proda.ingest.extract.arguments import term_of
from proda.ingest.extract.definition_clauses import Found, _strip_term_word
from proda.ingest.extract.definition_gates import DEMONSTRATIVES, _exact, _opens, subject_runs_on
from proda.ingest.extract.lexdata import words
from proda.ingest.extract.terms import head_token, is_term

_SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")


def is_when(r: dict[str, Token], sent: Span, text: str) -> Found | None:
    """"X is when S": X defined by the situation the when-clause tells (roles ``verb``, ``term``, ``clause``,
    ``when`` of the ``is_when`` pattern)."""
    verb, clause, when = r["verb"], r["clause"], r["when"]
    term = head_token(r["term"])
    if not _opens(sent, r["term"]) or subject_runs_on(r["term"]) or \
            any(c.dep_ in ("neg", "aux", "attr", "acomp", "dobj", "advmod") for c in verb.children):
        return None  # "Sharecropping is not when ...", "X is common when ...": no definition
    if when.i != verb.i + 1 or clause.left_edge != when or \
            not any(c.dep_ in _SUBJECTS for c in clause.children):
        return None  # "X is when convenient": no situation of its own
    if any(c.dep_ == "conj" for c in term.children) or \
            any(c.dep_ in ("acl", "relcl", "prep") and c.lower_ != "of" for c in term.children) or \
            any(c.lower_ in words("terms.vague_modifiers") | DEMONSTRATIVES for c in term.children if c.i < term.i):
        return None  # "The farms that ... is when", "This practice is when ...": not the term itself
    if term.lemma_.lower() in words("terms.generic_heads") or term.tag_ not in ("NN", "NNS", "NNP", "NNPS", "VBG") or \
            term.tag_ == "VBG" and any(True for _ in term.children):
        return None  # "The best time to plant is when ...", "The first is when ...": a time or a pointer, no term;
        # a gerund only bare ("Sharecropping is when ..."), not a clause ("Planting corn is when ...")
    if {term.lemma_.lower(), term.lower_} & words("when_shapes.time_heads") or _tends(clause):
        return None  # "Winter is when many bears hibernate": a time and what happens in it, or what tends to happen
    name = _strip_term_word(term_of(term), term)
    return Found(name, text, text, "is_a") if is_term(name) and _exact(term, name) else None


def _tends(clause: Token) -> bool:
    """The when-clause says what tends to happen, no situation that is X: its subject a vague share ("when many
    birds fly south", "when most teenagers ...") or its verb hedged by frequency ("when rivers often overflow").  A
    universal or counted subject stays ("Unanimity is when all members agree", "Monopoly is when one firm ...")."""
    shares = words("when_shapes.share_quantifiers")
    subjects = [c for c in clause.children if c.dep_ in _SUBJECTS]
    return any(s.lower_ in shares or any(c.dep_ in ("det", "amod") and c.lower_ in shares for c in s.children)
               for s in subjects) or \
        any(c.dep_ == "advmod" and c.lower_ in words("hedges.adverbs") for c in clause.children)


_RELATIVE = {"that", "who", "which", "where", "whereby"}


def bare_gloss(doc, sent: Span, x: Token, y: Token) -> bool:
    """"X, Ys that/who/in which ...": an apposition without an article glosses X only with a relative clause right
    after its noun ("the exurbs, communities that exist outside ..."); without one a bare noun after a comma is as
    often the next item of a list or a remark ("droughts, periods of great hardship").  Nor when the noun resumes
    an earlier one ("state programs designed to shape the regime, programs that begin early") or the items of a
    list after a colon ("four groups: muscles that position the girdle, muscles that move the arm")."""
    if any(c.dep_ in ("det", "poss") for c in y.children) or y.pos_ != "NOUN" or y.i + 2 >= sent.end:
        return False
    if not _own_apposition(x, y):
        return False
    if any(t.text == ":" for t in doc[sent.start:x.i]) or \
            any(t.lemma_ == y.lemma_ and t.pos_ == "NOUN" and t != x for t in sent if t.i != y.i):
        return False
    nxt, after = doc[y.i + 1], doc[y.i + 2]
    return nxt.lower_ in _RELATIVE or (nxt.dep_ == "prep" and after.lower_ in ("which", "whom"))


def _own_apposition(x: Token, y: Token) -> bool:
    """Y is X's apposition: parsed so ("live in commuter towns, settlements that ..."), or parsed flat as X's
    conjunct ("contains melanocytes, cells that ...") or beside X on the verb or list X belongs to ("suffers
    droughts, periods in which ..."): the parser's frequent readings of a bare apposition.  Not Y parsed on the main
    verb while X sits in a phrase ("release histamine into the connective tissue, chemicals that ...": the chemicals
    are the histamine), nor X the object of a preposition on a verb with a direct object ("shape the dough on
    wooden boards, loaves that ...") or in another noun's phrase that could own Y as well ("blocks receptors in the
    stomach wall, proteins that ..."; kept: "the activity of osteoclasts, bone cells that ...", one activity is no
    cells) -- read as X's, the gloss teaches a wrong class (review R17 item 1).  Y resuming X's own noun
    ("inorganic compounds, compounds that ...") is X's."""
    from proda.ingest.extract.definitions import _in_outer_phrase  # definitions imports this module

    if y.lemma_ == x.lemma_:
        return True
    if not (y.dep_ in ("appos", "conj") and y.head == x or
            x.dep_ in ("dobj", "conj") and y.head == x.head and y.dep_ in ("conj", "dobj")):
        return False
    if x.dep_ == "pobj" and x.head.dep_ in ("prep", "agent") and \
            any(c.dep_ in ("dobj", "dative") for c in x.head.head.children):
        return False
    owner = x.head.head
    return not _in_outer_phrase(x) or _plural(x) == _plural(y) != _plural(owner)


def _plural(t: Token) -> bool:
    return t.tag_ in ("NNS", "NNPS")
