"""A chain whose first step points back to nothing: refused as a whole (session 28, task T1).

Why: a chain is taught and asked as its steps alone.  Its first step has no step before it, so a bare demonstrative or
"it" that is an argument of its verb ("The program actually implements this by closing the image and creating a new
one": step 1 "implements this") names something only the paragraph before the chain said; the learner is never told
what "this" is.  A later step may take up an earlier one ("This causes ...", "X opens. Y then closes it"), so only
the first step is read.

An antecedent inside the first step itself keeps it: a noun before the pronoun outside its own clause's subject
("When the valve opens, it lets blood in", "When the file is closed, the program deletes it").  Not read as
pointing: a demonstrative that determines a noun ("This process ..."; the noun says what is meant), a relative
"that", and an "it" that is a placeholder for a clause of its verb ("It takes a day to ...", "It isn't until ...
that ...").
"""

from __future__ import annotations

from functools import lru_cache

from proda.ingest.extract.lexdata import toml_table

_ARGS = frozenset(("nsubj", "nsubjpass", "dobj"))
_CLAUSES = frozenset(("ccomp", "xcomp", "csubj", "advcl"))  # "It takes a day to ...": "it" stands for this clause


@lru_cache(maxsize=1)
def _bare() -> frozenset[str]:
    """The pointing words (``patterns/chain_pointing.toml``, ``[pointing] bare``)."""
    return frozenset(w.lower() for w in toml_table("chain_pointing.toml")["pointing"]["bare"])


def _verb(span):
    """The step's verb: its root when that is a verb, else its first verb, else its root."""
    root = span.root
    if root.pos_ in ("VERB", "AUX"):
        return root
    return next((t for t in span if t.pos_ in ("VERB", "AUX")), root)


def _pointing(t, span) -> bool:
    """``t`` is a bare demonstrative or "it" that names nothing inside ``span``."""
    if t.lower_ not in _bare() or t.dep_ not in _ARGS or t.tag_ == "WDT" or list(t.children):
        return False
    verb = t.head
    if t.lower_ == "it" and t.dep_.startswith("nsubj") and any(
            c.dep_ in _CLAUSES and c.i > t.i for c in verb.children):
        return False  # a placeholder subject for the clause after it
    mates: set[int] = set()
    if not t.dep_.startswith("nsubj"):  # "The program implements this": the subject is never what "this" is
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                mates |= {x.i for x in c.subtree}
    return not any(x.pos_ in ("NOUN", "PROPN") and x.i < t.i and x.i not in mates
                   for x in span if x.i != t.i)


def unreferenced_first(steps) -> bool:
    """True when the first step's verb has a subject or object that is a bare "this" / "that" / "these" / "those" /
    "it" with no antecedent inside that step (see module)."""
    if not steps:
        return False
    span = steps[0].span
    verb = _verb(span)
    return any(_pointing(c, span) for c in verb.children if c.i in range(span.start, span.end))
