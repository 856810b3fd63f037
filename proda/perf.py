"""Small performance helpers shared by the stages that build many objects at once."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while many acyclic objects are built (``with`` or decorator).

    Generating 160k items or localising 16k failures creates millions of small dicts and pydantic models, none
    in a reference cycle; every generation-2 collection re-walks all of them (building 2,000 subgraphs took
    2.8 s with the collector on, 0.5 s with it off, on a 0.1-scale KB).
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


class FrozenHeap:
    """Move the objects alive now out of reach of Python's full collections, until the ``with`` block ends.

    Why ingest needs it: JPype (the embedded store's JVM runs in the ingest process) answers every Java garbage
    collection with a full Python ``gc.collect()`` on its reference-queue thread, holding the GIL.  The store's
    writes collect often, and each full collection walked every object of spaCy, torch and the embedding model
    (about 0.1-0.5 s each): 7.4 CPU-s of a 150k-word ingest went to that one thread.  Objects alive when
    :meth:`freeze` is called (models, imports, extraction results: all kept to the end of the ingest anyway)
    sit in the permanent generation and are not walked; reference counting still frees them, so only a
    reference cycle among them would wait for the end of the block (``gc.unfreeze`` hands them back).
    Nothing is frozen when the process already holds frozen objects: their owner decides when to unfreeze.
    """

    def __init__(self) -> None:
        self.active = False

    def __enter__(self) -> FrozenHeap:
        self.active = gc.get_freeze_count() == 0
        return self

    def freeze(self) -> None:
        if self.active:
            gc.freeze()

    def __exit__(self, *exc: object) -> None:
        if self.active:
            gc.unfreeze()
            self.active = False
