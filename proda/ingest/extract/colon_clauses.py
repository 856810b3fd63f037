"""A main clause the parser hung, as a clausal complement, on the clause after its colon or semicolon.

Why: "aa-genprof is only a smart wrapper around aa-logprof: it creates an empty profile, ..."; "Security is not just
a technical problem; more than anything, it is about good practices": spaCy often makes the first of two clauses
joined by ":" or ";" a ``ccomp`` of the second one's verb, as if the second verb said or thought it.
:func:`frames.frames` reads a ``ccomp`` only as what its head verb reports, so the first clause -- asserted by the
book like any main clause -- gave no frame (census of issue 11 on two new books, class E of
docs/audits/dev-2026-12-03/s26-A-census.csv: 3 of 60 frameless fact sentences; measured in s27-A: 3 statements added
on the dev books, all right; the census's own three stay frameless for other reasons: a subject ".if file", a verb
"remains intact", a list). Such a clause comes before its head, is closed by the colon or semicolon itself, and
opens with no subordinator ("that", "if", "whether"), which tells it from a fronted reported clause ("That X holds:
few doubt it" keeps its "that").
"""

from __future__ import annotations

from spacy.tokens import Token

from proda.ingest.extract.lexdata import words


def colon_clause(v: Token) -> bool:
    """Whether ``v`` heads a main clause closed by ":" or ";" that the parse made a ``ccomp`` of the next clause."""
    if v.dep_ != "ccomp" or v.i >= v.head.i or any(c.dep_ == "mark" for c in v.children):
        return False
    if v.head.lemma_.lower() in words("verbs.reporting"):
        return False  # "X is Y; so say most ...": the later verb may report it after all
    doc = v.doc
    stop = v.right_edge.i + 1
    return stop < v.head.i and doc[stop].text in (":", ";") and doc[stop].head.i == v.head.i \
        and not any(t.text in (":", ";") for t in doc[v.left_edge.i:stop])


def announced_object(sent, end: int) -> bool:
    """A frame ending on "a/an + adjective + noun" right before a colon that the sentence goes on past: "Mercury also
    exhibits an unexpected behavior: it forms a diatomic ion ...", "Each distribution depends only on a single
    parameter: the temperature", "Julian turned to a more plentiful source: soybeans".  The object announces what the
    colon says; alone it names nothing (s40 fresh judges: chemistry sample, seed 4012).  An object with a phrase of
    its own ("a double layer of smooth muscle: an inner ...") or a definite one is left to the other rules, and so is
    a copula's class or a passive's place (asked by :func:`frames.frames` of active frames only)."""
    doc = sent.doc
    if end >= sent.end - 2 or doc[end].text != ":":
        return False
    head = doc[end - 1]
    kids = list(head.children)
    return head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in kids) and \
        any(c.dep_ == "amod" for c in kids) and all(c.dep_ in ("det", "amod") and c.i < head.i for c in kids)
