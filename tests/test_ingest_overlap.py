"""Ingest runs the document writes and the model loads beside extraction, and encodes batches in parallel
(proda/ingest/overlap.py, proda/ingest/embed.py): same KB, errors reported as before."""

from __future__ import annotations

import numpy as np
import pytest

from conftest import DATA
from proda.ingest.overlap import Background, warm_models
from proda.ingest.pipeline import ingest

SAMPLE = DATA / "ingest"


def test_background_returns_the_value_and_reraises():
    assert Background(lambda a, b: a + b, 2, 3).result() == 5

    def fail():
        raise ValueError("broken on purpose")

    bg = Background(fail)
    bg.join()  # joining never raises
    with pytest.raises(ValueError, match="broken on purpose"):
        bg.result()


class _BrokenEmbedderResolver:
    """A resolver whose model cannot load: warming must leave the error to the resolver's own step."""

    class cfg:  # noqa: N801 - stands in for ResolutionConfig
        enabled = True

    @property
    def embedder(self):
        raise RuntimeError("no model here")


def test_warming_swallows_a_model_that_cannot_load():
    warm_models(_BrokenEmbedderResolver())  # no exception


class _FailingExtractor:
    name = "offline"

    def extract(self, chunk, domain):
        raise RuntimeError("extraction broke")


def test_an_extraction_error_surfaces_after_the_chunks_are_written(store):
    with pytest.raises(RuntimeError, match="extraction broke"):
        ingest(store, store.cfg, [SAMPLE], "anatomy", extractor=_FailingExtractor())
    # the chunk writes ran beside extraction and were finished before the error left ingest
    chunks = store.count("MATCH (c:Chunk) RETURN count(c) AS n")
    assert chunks >= 2
    assert store.count("MATCH (d:Document) WHERE d.complete RETURN count(d) AS n") == 0
    linked = store.count("MATCH (:Chunk)-[:PART_OF]->(:Document) RETURN count(*) AS n")
    assert linked == chunks


def test_a_second_ingest_of_the_same_files_is_the_same_kb(store):
    """Writes beside extraction still MERGE onto the same nodes: a re-run adds nothing."""
    first = ingest(store, store.cfg, [SAMPLE], "anatomy")
    again = ingest(store, store.cfg, [SAMPLE], "anatomy")
    assert first.documents_new >= 1 and again.documents_new == 0 and again.after == first.after


@pytest.fixture(scope="module")
def embedder():
    from proda.ingest.embed import load_embedder

    return load_embedder("all-MiniLM-L6-v2", batch_size=8)


def test_parallel_batches_are_bit_identical_and_in_order(embedder, monkeypatch):
    import proda.ingest.embed as embed

    texts = [f"{w} of the river valley" for w in ("erosion", "sediment", "delta", "flood", "levee", "meander",
                                                   "oxbow lake", "tributary", "watershed", "floodplain")] * 3
    batches = [texts[i:i + 8] for i in range(0, len(texts), 8)]
    one_by_one = [embedder.encode(b) for b in batches]
    monkeypatch.setattr(embed, "parallel_batches", lambda: 3)  # several batches at once, whatever the cores
    together = embedder.encode_batches(batches)
    assert len(together) == len(one_by_one)
    assert all(a.dtype == np.float32 and np.array_equal(a, b) for a, b in zip(one_by_one, together))


def test_resolver_encodes_with_a_plain_embedder_too():
    """An embedder without encode_batches (a test double, another library) is called batch by batch."""
    from proda.config import ResolutionConfig
    from proda.ingest.resolve import Resolver

    class Plain:
        calls = 0

        def encode(self, texts):
            Plain.calls += 1
            return np.eye(4, dtype=np.float32)[[len(t) % 4 for t in texts]]

    r = Resolver(ResolutionConfig(batch_size=2), embedder=Plain())
    vecs = r._encode(["a", "bb", "ccc", "dddd", "e"])
    assert vecs.shape == (5, 4) and Plain.calls == 3
