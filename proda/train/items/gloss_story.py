"""A gloss told inside one person's story: no definition item is made from it.

Why (read-back 2026-11-30, sociology): "Define law enforcement." was answered "law enforcement—a field that seeks
bilingual employees", from "Fluent in both English and Spanish, Lucy is studying law enforcement—a field that seeks
bilingual employees.": the gloss says why the field matters to the person of an example (what it offers her), not
what the term is.  Such a sentence has as its main subject a vignette's person, named by a first name alone
(``proda.ingest.extract.people.first_name_only``, which the extractor reads the same way); a gloss in a sentence of
the book's own argument ("Farmers have long relied on crop rotation—the practice of ...", "Multiple
scholars support the theory that voter fatigue—the idea that ...") keeps its item."""

from __future__ import annotations

import re

from proda.ingest.extract.people import first_name_only
from proda.train.items.phrases import parse

_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def _sentence_of(definition: str, chunks: dict[str, str]) -> tuple[str, str] | None:
    """(the sentence of the book that holds the stored gloss, its chunk's text), or None where no chunk holds it."""
    key = definition.strip().lower()[:60]
    for text in chunks.values():
        if key in (text or "").lower():
            found = next((s for s in _SPLIT.split(text) if key in s.lower()), None)
            return (found, text) if found else None
    return None


def told_in_story(definition: str, chunks: dict[str, str]) -> bool:
    """The sentence that holds ``definition`` has a vignette's person (a first name alone) as its main subject."""
    got = _sentence_of(definition, chunks)
    if not got:
        return False
    sentence, text = got
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and t.pos_ == "PROPN"
               and first_name_only(t.text, sentence, text) for t in parse(sentence))


__all__ = ["told_in_story"]
