"""The definitions one sentence gives, as the definition tests read them: every definition the sentence rules find
(``definitions_in``) that the stored-definition check (``valid_definitions``) keeps, as the stored drafts or as
name -> rule."""

from __future__ import annotations


def kept_definitions(sentence: str, nlp=None) -> list:
    """The ConceptDrafts of every kept definition of ``sentence``, as ingest stores them (``nlp``: the termhood
    pipeline if None)."""
    from proda.ingest.extract.definitions import definitions_in
    from proda.ingest.termhood import full_nlp, valid_definitions
    from proda.models import ConceptDraft

    doc = (nlp or full_nlp())(sentence)
    found = [f for fs in definitions_in(doc, list(doc.sents)).values() for f in fs if f.definition]
    kept = valid_definitions([ConceptDraft(name=f.name, definition=f.definition, how=f.how, source_quote=f.quote)
                              for f in found])  # a gloss stored alone is checked on its sentence, as ingest does
    return [d for d in kept if d.definition]


def defined(sentence: str, nlp=None) -> dict[str, str]:
    """name (lower case) -> rule of every kept definition of ``sentence`` (``nlp``: the termhood pipeline if None)."""
    return {d.name.lower(): d.how for d in kept_definitions(sentence, nlp)}
