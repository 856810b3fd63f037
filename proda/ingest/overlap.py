"""Work that ingest runs beside extraction, on threads of the ingest process.

Why: while the spawned workers parse and extract, the ingest process only waits, and the store's writes run on
the JVM's own threads.  Two costs of the ingest process are independent of extraction and used only after it:
writing the documents and their chunks, and loading the resolver's embedding model (sentence-transformers, its
transformers import and weights; spaCy has imported torch before, :func:`load_parsers`).  Started on
threads before extraction, they are done (or nearly) when its results come back, instead of running one after
another after it.

Nothing here changes what is written: the same rows go to the store in the same order (the chunks are joined
before any unit is written), and the models loaded are the same cached objects the later steps would load.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any


class Background:
    """``fn(*args)`` on a thread, started now; :meth:`result` waits for it and re-raises its exception."""

    def __init__(self, fn: Callable[..., Any], *args: Any, name: str = "proda-ingest") -> None:
        self._value: Any = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(fn, args), name=name, daemon=True)
        self._thread.start()

    def _run(self, fn: Callable[..., Any], args: tuple) -> None:
        try:
            self._value = fn(*args)
        except BaseException as e:  # noqa: BLE001 - handed to the caller of result()
            self._error = e

    def join(self) -> None:
        self._thread.join()

    def result(self) -> Any:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value


def load_parsers(extractor) -> None:
    """spaCy, imported (and the offline extractor's pipeline loaded and cached) in the calling thread before any
    other thread starts; the extractor's own load in ``extract_many`` is then free.  Why not on the warming
    thread: two threads importing spaCy (and, through thinc, torch) at once can meet modules half-initialised
    ("cannot import name 'Language' from partially initialized module").  The definition check's pipeline stays
    lazy (loaded after extraction, only when a definition needs it).  A load error is left to the step that needs
    the pipeline, which reports it."""
    try:
        import spacy  # noqa: F401 - imports thinc and torch here, not on the warming thread
    except ImportError:
        return
    model = getattr(extractor, "spacy_model", None)
    if model:
        from proda.ingest.extract.nlp import NLPUnavailable, load_nlp

        try:
            load_nlp(model)
        except NLPUnavailable:
            pass


def warm_models(resolver) -> None:
    """Load the resolver's embedder (sentence-transformers and the weights) into the resolver.

    A failure is left for the step that needs the model: it loads again there and reports its own one-line error,
    at the same point of the run as without warming."""
    try:
        if resolver.cfg.enabled:
            _ = resolver.embedder
    except Exception:  # noqa: BLE001 - reported later by the resolver itself
        pass
