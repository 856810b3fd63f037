"""Ingest keeps its long-lived objects out of Python's full collections while it runs (proda/perf.py FrozenHeap):
JPype answers each Java GC of the in-process store with a full ``gc.collect()``, which walked every model object."""

from __future__ import annotations

import gc
import weakref

from conftest import DATA
from proda.ingest import pipeline
from proda.perf import FrozenHeap

SAMPLE = DATA / "ingest"


def test_ingest_writes_with_the_heap_frozen_and_unfreezes_after(store, monkeypatch):
    seen = []
    write_units = pipeline._write_units

    def spy(*a, **k):
        seen.append(gc.get_freeze_count())
        return write_units(*a, **k)

    monkeypatch.setattr(pipeline, "_write_units", spy)
    assert gc.get_freeze_count() == 0
    report = pipeline.ingest(store, store.cfg, [SAMPLE], "anatomy")
    assert report.documents_new >= 1 and not report.errors
    assert seen and seen[0] > 0  # models and extractions frozen before the unit writes
    assert gc.get_freeze_count() == 0  # and handed back when ingest returns


class _Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the cyclic collector frees it


def test_a_cycle_frozen_in_the_block_is_collected_after_it():
    node = _Node()
    ref = weakref.ref(node)
    with FrozenHeap() as heap:
        heap.freeze()
        del node
        gc.collect()
        assert ref() is not None  # frozen: not walked
    gc.collect()
    assert ref() is None


def test_a_callers_own_freeze_is_left_alone():
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        with FrozenHeap() as heap:
            heap.freeze()
            _ = [[] for _ in range(10)]
        after = gc.get_freeze_count()
        # neither unfrozen (the count would fall to none) nor grown by the block (the new lists would join it); a
        # frozen object that another thread frees leaves the count meanwhile, so it may shrink by a few
        assert before - 1000 < after <= before, (before, after)
    finally:
        gc.unfreeze()
