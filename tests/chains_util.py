"""How the chain tests run the chain finder on one text: a single chunk of a book chapter, with ``heading`` as the
section it sits in (the chain's name reads it), parsed by the test's pipeline."""

from __future__ import annotations

from proda.models import Chunk


def find(nlp, text: str, heading: str = "Section"):
    """(chains, transition statements) that ``find_chains`` gives for ``text`` as one chunk."""
    from proda.ingest.extract.chains import find_chains

    chunk = Chunk(ord=0, text=text, start=0, end=len(text), heading_path=["Book chapter", heading])
    return find_chains(nlp(text), chunk)


def chains_of(nlp, text: str, heading: str = "Section"):
    """The chains alone."""
    return find(nlp, text, heading)[0]
