"""A comparison stated whole: "X are more likely than Y to V", "X has more N than Y", "X V more (N) than Y", "X is a
more ADJ N than Y" -> subject X, the comparison in the predicate ("are more likely to vote than"), object Y.

Why: :func:`clause_claims.comparative` refuses every clause whose point is a comparison, because a frame without the compared
side teaches an overclaim ("X are likely to vote").  Session 23's census of sentences that give no statement
(docs/audits/dev-2026-12-03/s23-Y-census.md) found the comparative the largest teachable family of the social
sciences.  Read here only when the sentence states both sides and nothing else is compared: one "than" in the
sentence, its object a noun phrase of its own (not a pronoun, a clause, a number, "than before", "than others" or a
setting "than in Y"), the comparative word between the verb and "than", the verb a main clause's with no modal, no
condition, no report and no quote.  The predicate keeps the comparison and its direction ("less" stays "less": it is
no negation of "more"), the lemma keeps it too ("be_more_likely_to_vote_than"), so an item never drops the other
side; "not" is the negation, as for any verb.  The copula's own "X is stronger than Y" (the adjective governing
"than") stays with :func:`frame_complements._copula`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from proda.ingest.extract.arguments import conjuncts_of
from proda.ingest.extract.frame_args import Frame, _frame, _split
from proda.ingest.extract.lexdata import words
from proda.ingest.extract.predicates import _negated

MAX_PREDICATE = 10  # words from the verb to "than": a longer stretch holds a clause of its own
_MARKERS = ("more", "less", "fewer")


def _marker(t: Token) -> bool:
    """A comparative word: "more", "less", "fewer", or an adjective or adverb in the comparative ("larger")."""
    return t.lower_ in _MARKERS or t.tag_ in ("JJR", "RBR")


def _than(sent: Span) -> tuple[Token, Token, Token | None] | None:
    """(than, the other side Y, the infinitive the parser hung Y on or None) of the sentence's one "than": "than rural
    voters" (Y its only dependent), or "more likely than Caucasians to model X" read as a clause "than [Caucasians to
    model X]" (Y the infinitive's subject, right after "than")."""
    thans = [t for t in sent if t.lower_ == "than"]
    if len(thans) != 1:
        return None
    t = thans[0]
    if t.i > sent.start and t.doc[t.i - 1].lower_ in ("rather", "other"):
        return None
    kids = list(t.children)
    if len(kids) == 1 and kids[0].dep_ == "pobj" and kids[0].pos_ in ("NOUN", "PROPN"):
        return t, kids[0], None
    inf = t.head if t.dep_ == "mark" else kids[0] if len(kids) == 1 and kids[0].dep_ == "pcomp" else None
    if inf is None or inf.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children):
        return None  # "than in Y", "than to V", "than if", "than they", "than before", "than is the father"
    y = next((c for c in inf.children if c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == t.i + 1), None)
    if y is None or y.pos_ not in ("NOUN", "PROPN") or any(c.i < t.i for c in inf.subtree if c.dep_ != "mark"):
        return None
    return t, y, inf


def _vague(y: Token) -> bool:
    """"than others", "than the average", "than ever": a side the sentence does not name."""
    if y.lower_ in words("comparisons.vague_sides") or y.lemma_.lower() in words("comparisons.vague_sides"):
        return True
    if any(c.dep_ in ("amod", "det", "predet") and c.lower_ in words("comparisons.vague_modifiers") for c in y.children):
        return True  # "than most other countries", "than any other group": against all the rest, named nowhere
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in y.children):
        return True  # "than their older counterparts": whose, the sentence before says
    return any(c.dep_ in ("nummod", "quantmod") or c.pos_ == "NUM" for c in y.subtree)  # "than 50 percent"


def _side_clause(y: Token) -> bool:
    """Y carries a clause that is not its own restrictive one ("than men to vote" read as one phrase, "than getting
    nothing"): a verb in Y other than a relative or participial clause on a noun of Y ("than individuals that live
    further away", "than people earning above the median income": they name the side)."""
    for t in y.subtree:
        if t.pos_ in ("VERB", "AUX") and not (t.dep_ in ("relcl", "acl") and t.head.pos_ in ("NOUN", "PROPN")
                                              and not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)):
            if t.dep_ in ("aux", "auxpass") and t.head.dep_ in ("relcl", "acl"):
                continue
            if any(a.dep_ in ("relcl", "acl") and a.head.pos_ in ("NOUN", "PROPN") for a in t.ancestors
                   if a.i != y.i and y in a.ancestors):
                continue  # inside such a clause
            return True
        if t.text in ",;:()":
            return True
    return False


def _closes(after: Span) -> bool:
    """What follows the comparison ends it: the sentence's end, a "because" clause (the reason), or ", and/but"
    opening a clause with its own subject."""
    if not after or after[0].text in (".", ";", "!"):
        return True
    if after[0].lower_ == "because" and after[0].dep_ == "mark":
        return True  # "... than normal socialization because people have to unlearn ...": the reason, no limit
    if len(after) > 2 and after[0].text == "," and after[1].lower_ in ("and", "but") and after[1].dep_ == "cc":
        return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "conj" for t in after[2:])
    return False


def _quantity(t: Token, m: Token) -> bool:
    """A number that measures the comparison itself: "40 percent more likely", "five times more likely"."""
    return any(a.dep_ == "npadvmod" and a.head in (m, m.head) for a in [t, *t.ancestors] if a.i < m.i)


def compared(v: Token, sent: Span, subject: Token | None, passive: bool = False) -> list[Frame]:
    """The frames of ``v``'s clause when it states a comparison whole (see the module doc), else []."""
    if subject is None or passive or v.dep_ not in ("ROOT", "conj"):
        return []
    got = _than(sent)
    if got is None:
        return []
    than, y, inf = got
    if not v.i < than.i or than not in v.subtree:
        return []
    if _vague(y) or _side_clause(y):
        return []
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in v.children):
        return []  # "can be more effective than": a possibility, not the book's comparison
    if v.lemma_.lower() in words("comparisons.change_verbs"):
        return []  # "pressure within the lungs becomes greater than ...": a stage of a process, true when the text says
    if y.tag_ == "NN" and [c.lower_ for c in y.children] == ["the"]:
        return []  # "more stable than the acid": which acid, the sentence before says
    span = sent.doc[v.i + 1:than.i]
    marks = [t for t in span if _marker(t)]
    if len(marks) != 1 or len(span) > MAX_PREDICATE:
        return []
    m = marks[0]
    if any(t.text in ",;:()—–\"“”" or t.dep_ in ("mark", "relcl", "acl", "advcl", "ccomp", "nsubj", "nsubjpass", "cc",
                                                     "conj", "appos", "dative")
           or (t.pos_ == "PRON" and t.dep_ != "poss") or t.pos_ == "PROPN" or (t.pos_ == "NUM" and not _quantity(t, m))
           for t in span):
        return []  # a clause, a list, a name or a count inside the predicate: more than a comparison of two sides
    if m.lower_ in _MARKERS and m.dep_ in ("dobj", "nsubj", "pobj", "attr"):
        return []  # "requires more than a majority": a quantity, not X against Y
    if any(t.dep_ == "advmod" and t.lower_ in words("comparisons.degree_words") for t in span):
        return []  # "even larger than", "still more than": against something told before as well
    # whatever follows Y closes the clause, or is the infinitive "likely" governs ("more likely than Y to vote")
    likely = next((c for c in span if c.lower_ in ("likely", "unlikely")), None)
    if inf is None and likely is not None:
        inf = next((c for c in likely.children if c.dep_ == "xcomp" and c.i > y.i), None)
    tail: list[Token] = []
    if inf is not None:
        if likely is None or any(t.i > likely.i and t.dep_ in ("xcomp", "aux") and t.head == likely for t in span):
            return []  # the infinitive after Y is the only one, and is what "likely" governs
        tail = sorted((t for t in inf.subtree if t.i > y.right_edge.i), key=lambda t: t.i)
        if not tail or tail[0].i != y.right_edge.i + 1 or tail[-1].i - tail[0].i + 1 != len(tail) \
                or any(t.text in ",;:()" or (t != inf and t.dep_ in ("mark", "relcl", "advcl", "ccomp", "cc", "conj"))
                       for t in tail) \
                or len(tail) > MAX_PREDICATE:
            return []
        if not _closes(sent.doc[tail[-1].i + 1:sent.end]):
            return []
    elif not _closes(sent.doc[y.right_edge.i + 1:sent.end]):
        return []
    if any(t.lemma_.lower() in words("comparisons.relational_nouns") and not any(c.dep_ == "prep" and c.lower_ != "than" for c in t.children)
           for t in list(span) + tail):
        return []  # "has a greater effect than": on what, the clause before says
    lead = [c for c in v.children if c.dep_ in ("aux", "neg") and c.i < v.i]
    pred_toks = sorted(lead, key=lambda t: t.i) + [v] + list(span) + tail
    pred = " ".join(t.lower_ for t in pred_toks) + " than"
    lemma = "_".join([v.lemma_.lower()] + [t.lower_ for t in list(span) + tail if t.dep_ != "neg"] + ["than"])
    neg = _negated(v)
    objs = _split(y, sent)
    if len(conjuncts_of(y)) > 1 and len(objs) != 1:
        return []  # "than A and B": the two sides together, not each
    if any(max(t.i for t in o.toks) < y.right_edge.i for o in objs):
        return []  # "than members of other religions [in the United States]": the side read without its own end
    return [f for s in _split(subject, sent) for o in objs
            if (f := _frame(s, o, pred, lemma, neg, "comparison", v)) is not None]


__all__ = ["compared"]
