"""Which drafts of an ingest run become concepts (L1), and the termhood evidence each carries.

Why a module of its own: :func:`pipeline._write_units` writes what the extractor found; deciding which of its
names are concepts at all (only the terms statements and chain steps are about), which sentence-rule definitions
hold, and what evidence of termhood the drafts give (glossary, heading, person, ...) reads the drafts only, never
the store -- kept apart, pipeline.py keeps to the order of the writes (it had grown past 400 lines).
"""

from __future__ import annotations

from proda.ids import normalize_name
from proda.models import Chunk, ConceptDraft, Extraction


def _mention_drafts(ex: Extraction) -> list[ConceptDraft]:
    """The terms statements and chain steps are about become concepts; other endpoints do not.

    A statement is linked to the concept each argument is *about* (``subject_term``/``object_term``: "femur" for
    the object "femur from sliding"), and only when that is a term (:func:`proda.ingest.extract.terms.is_term`):
    a fragment ("small amounts", "good example") or a clause never becomes a concept.  A statement whose
    endpoint is not a term is therefore not stored (every Statement links to two concepts), while its
    argument text, stored on the statement, keeps the whole phrase.
    """
    from proda.ingest.extract.terms import is_term

    out = []
    for st in ex.statements:
        for name in (_term(st.subject, st.subject_term), _term(st.object, st.object_term)):
            if is_term(name):
                out.append(ConceptDraft(name=name, how="mention", source_quote=st.source_quote))
    for ch in ex.chains:
        for names in ch.step_concepts:
            out += [ConceptDraft(name=n, how="mention") for n in names if is_term(n)]
    return out


def _term(text: str, term: str) -> str:
    return term or text


_NO_EVIDENCE = {"glossary": False, "defined": False, "heading": False, "abbreviation": False, "named": False,
                "person": False}


def _checked_definitions(placed: list[tuple[str, ConceptDraft]]) -> list[tuple[str, ConceptDraft]]:
    """Drafts whose sentence-rule definition does not define them lose it (:func:`termhood.valid_definitions`), and
    so do those whose sentence defines a longer phrase than their name (:func:`termhood_clipped.unclipped`: "Th1
    cells are a type of ..." stored as *cells*)."""
    from proda.ingest.termhood import valid_definitions
    from proda.ingest.termhood_clipped import unclipped

    drafts = unclipped(valid_definitions([d for _, d in placed]))
    return [(chunk, d) for (chunk, _), d in zip(placed, drafts)]


def _evidence(placed, cid, by_chunk: dict[str, Chunk]) -> dict[str, dict]:
    """Termhood evidence per concept id from this run's drafts (OR-ed into the stored flags)."""
    from proda.ingest.termhood import evidence_flags, people

    grouped: dict[str, list[ConceptDraft]] = {}
    for _, d in placed:
        u = cid(d.name)
        if u:
            grouped.setdefault(u, []).append(d)
    persons = people(placed, {k: c.text for k, c in by_chunk.items()})
    out = {}
    for u, ds in grouped.items():
        out[u] = {**evidence_flags(ds), "person": any(normalize_name(d.name) in persons for d in ds)}
    return out
