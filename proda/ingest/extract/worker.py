"""The offline extraction worker's start, in a module that imports nothing heavy.

Why: each spawned worker (``OfflineExtractor.extract_many``) imports spaCy, and spaCy's thinc imports torch when
it is installed (``thinc.compat``: ``try: import torch``) -- about 1.2-1.8 CPU-s per worker here, over a third of
the worker's start, for a pipeline (en_core_web_sm: thinc's own numpy layers) that never calls torch.  The worker's
start is unpickled by reference, so its module is imported in the child before the initializer runs: were it
:mod:`proda.ingest.extract.offline`, spaCy (and torch) would be in before anything could stop it.  Here
:func:`init` first marks torch unimportable, only when the pipeline's config names no torch or transformer layer,
then loads the pipeline; thinc then runs as it does where torch is not installed, on the same numpy ops the
parse used before (same parses, same output).  The ingest process itself keeps torch (the resolver's embedder).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_NEEDS_TORCH = ("torch", "transformer")  # how a spaCy config names a layer that runs on torch (PyTorchWrapper, ...)


def pipeline_dirs(model: str, fallback: str) -> list[Path]:
    """Where the pipelines ``load_nlp`` may load live (a path, else an installed package's folder), in its order."""
    out = []
    for name in dict.fromkeys([model or fallback, fallback]):
        p = Path(name)
        if p.is_dir():
            out.append(p)
            continue
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            spec = None
        if spec and spec.submodule_search_locations:
            out += [Path(d) for d in spec.submodule_search_locations]
    return out


def torch_free(dirs: list[Path]) -> bool:
    """True when there is a pipeline config and none names a torch or transformer layer (unknown: False)."""
    cfgs = [c for d in dirs for c in d.rglob("config.cfg")]
    if not cfgs:
        return False
    return not any(w in c.read_text(encoding="utf-8", errors="replace").lower() for c in cfgs for w in _NEEDS_TORCH)


def block_torch() -> bool:
    """Make ``import torch`` fail in this process (ImportError, as where torch is absent), unless already in."""
    if "torch" in sys.modules:
        return False
    sys.modules["torch"] = None  # type: ignore[assignment]  # the import system's "not importable" mark
    return True


def init(model: str, fallback: str) -> None:
    """The pool's initializer: torch kept out where the pipeline does not need it, then the pipeline loaded.
    ``fallback``: ``nlp.FALLBACK``, passed in (:mod:`proda.ingest.extract.nlp` imports spaCy)."""
    if torch_free(pipeline_dirs(model, fallback)):
        block_torch()
    from proda.ingest.extract.offline import _init_worker

    _init_worker(model)
