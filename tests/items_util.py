"""How the item tests build a KB and ask for its items: a KB of (subject, predicate, object, quote) rows and
concepts, the cloze of one row (and whether it reads back as its quote), and the definition items of concepts.
Shared by the test_items_round* files, which imported them from one another's test modules before."""

from __future__ import annotations

from proda.ids import concept_id, statement_id
from proda.train import synth
from proda.train.items.cloze import BLANK, cloze
from proda.train.items.generators import definition_items
from proda.train.items.render import prepare

DOC = "corpus/01-a-chapter/a.html"


def kb_of(rows, concepts=(), before=""):
    """A KB from (subject, predicate, object, quote) rows; each quote's chunk is ``before`` + the quote."""
    out = [{"id": statement_id(concept_id(s), p, concept_id(o)), "subject": s, "predicate": p, "object": o,
            "quote": q, "subject_id": concept_id(s), "object_id": concept_id(o), "chains": [],
            "chunk": f"k{k}", "document": DOC, "polarity": 1, "negated": False}
           for k, (s, p, o, q) in enumerate(rows)]
    kb = synth.KB(out, list(concepts), [], {r["chunk"]: (before + " " + r["quote"]).strip() + " Next sentence."
                                            for r in out})
    prepare(kb)
    return kb


def one(row, before=""):
    kb = kb_of([row], before=before)
    return cloze(kb, kb.statements[0])


def stands(row, before=""):
    got = one(row, before)
    return got is not None and got[0].replace(BLANK, got[1]) == row[3]


def answers(*concepts, chunks=None):
    kb = kb_of([], concepts=[{"id": concept_id(c["name"]), "term": True, **c} for c in concepts])
    if chunks is not None:
        kb.chunks = chunks
    return {d.concept_ids[0]: d for d in definition_items(kb, 0)}
