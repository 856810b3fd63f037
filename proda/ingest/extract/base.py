"""The extractor interface and the checks every extractor's output goes through."""

from __future__ import annotations

from typing import Protocol

from proda.models import Chunk, Extraction


class Extractor(Protocol):
    name: str

    def extract(self, chunk: Chunk, domain: str) -> Extraction:
        """Units found in one chunk, top-down: chains (L3), statements (L2), concepts (L1)."""
        ...


def verify_quotes(ex: Extraction, chunk_text: str) -> Extraction:
    """Drop statements whose ``source_quote`` is not verbatim in the chunk; count them.

    Provenance is the point of the KB: a statement that cannot be traced to the
    sentence it came from is not kept.
    """
    kept = []
    for st in ex.statements:
        if st.source_quote and st.source_quote in chunk_text:
            kept.append(st)
        else:
            ex.rejected_quotes += 1
    ex.statements = kept
    return ex


def fill_predicates(ex: Extraction) -> Extraction:
    """Give statements that did not come from a parse (llm replies) a predicate lemma, family, polarity and
    negation, the same fields the offline extractor fills from its frames."""
    from proda.ingest.extract.nlp import predicate_lemma
    from proda.lexicon import family_of, polarity_of

    for st in ex.statements:
        if st.predicate_lemma and st.family:
            continue
        lemma, negated = predicate_lemma(st.predicate)
        st.predicate_lemma = st.predicate_lemma or lemma
        st.negated = st.negated or negated
        st.family = st.family or family_of(st.predicate_lemma)
        st.polarity = polarity_of(st.predicate_lemma) * (-1 if st.negated else 1)
        st.rule = st.rule or "llm"
    return ex
