"""The resolver's embedding pass (b): group vectors, nearest-neighbour candidates' guards and definition vectors.

Split from ``resolve.py`` (see its docstring): :class:`EmbeddingPass` holds the methods of
:class:`proda.ingest.resolve.Resolver` that encode names and definitions and refuse a merge (the name guards of
:mod:`proda.ingest.resolve_names`, and two definitions whose embeddings are dissimilar); the faiss search
(``_candidate_pairs``) stays with the resolver's index-size setting.
"""

from __future__ import annotations

import re

import numpy as np

from proda.ingest.resolve_groups import SupportsEncode, _Group
from proda.ingest.resolve_names import contrast_reason


class EmbeddingPass:
    """Encoding and guards of the embedding pass; mixed into :class:`proda.ingest.resolve.Resolver`, whose
    ``cfg``, ``_embedder``, ``embed_text`` and ``definition_min`` they read."""

    @property
    def embedder(self) -> SupportsEncode:
        if self._embedder is None:
            from proda.ingest.embed import load_embedder

            self._embedder = load_embedder(self.cfg.model, device=self.cfg.device, batch_size=self.cfg.batch_size)
        return self._embedder

    def _encode(self, texts: list[str]) -> np.ndarray:
        bs = max(1, int(self.cfg.batch_size))
        batches = [texts[i : i + bs] for i in range(0, len(texts), bs)]
        many = getattr(self.embedder, "encode_batches", None)  # several batches at once (proda.ingest.embed)
        parts = [np.asarray(v, dtype=np.float32) for v in (many(batches) if many else map(self.embedder.encode, batches))]
        vecs = np.concatenate(parts, axis=0) if parts else np.zeros((0, 0), dtype=np.float32)
        norms = np.linalg.norm(vecs, axis=1, keepdims=True) if len(vecs) else None
        if norms is not None:
            norms[norms == 0] = 1.0
            vecs = vecs / norms
        return np.ascontiguousarray(vecs, dtype=np.float32)

    def _embed_input(self, g: _Group) -> str:
        if self.embed_text == "name_definition" and g.definition:
            return f"{g.name}: {_short(g.definition)}"
        return g.name

    def _group_vectors(self, groups: list[_Group], existing) -> np.ndarray:
        """One unit row per group: stored embeddings of existing concepts are reused (same dimension only)."""
        stored: dict[int, list[float]] = {}
        todo: list[int] = []
        for gi, g in enumerate(groups):
            emb = existing[g.existing].embedding if g.existing is not None else None
            if emb and self.embed_text == "name":
                stored[gi] = emb
            else:
                todo.append(gi)
        enc = self._encode([self._embed_input(groups[gi]) for gi in todo])  # never empty: new groups exist
        dim = enc.shape[1]
        bad = [gi for gi, e in stored.items() if len(e) != dim]  # stored with another model: re-encode
        if bad:
            enc = np.concatenate([enc, self._encode([self._embed_input(groups[gi]) for gi in bad])])
            todo += bad
        out = np.zeros((len(groups), dim), dtype=np.float32)
        out[todo] = enc
        for gi, e in stored.items():
            if len(e) == dim:
                v = np.asarray(e, dtype=np.float32)
                nv = float(np.linalg.norm(v))
                out[gi] = v / nv if nv else v
        return out

    def _definition_vectors(self, groups: list[_Group], pairs) -> dict[int, np.ndarray]:
        """Short-definition vectors of the defined groups in pairs that pass the name guards."""
        need = sorted({gi for _, i, j in pairs if self._names_guard(groups[i], groups[j]) is None
                       for gi in (i, j) if groups[gi].definition})
        if not need:
            return {}
        vecs = self._encode([_short(groups[gi].definition) for gi in need])
        return dict(zip(need, vecs))

    @staticmethod
    def _names_guard(gi: _Group, gj: _Group) -> str | None:
        # the groups' chosen names; their other keys are already known to mean the same
        return contrast_reason(gi.key, gj.key)

    def _guard(self, ma: list[int], mb: list[int], groups: list[_Group], def_vecs) -> str | None:
        """Reason to refuse joining clusters ``ma`` and ``mb`` (checked between every pair of members)."""
        for i in ma:
            for j in mb:
                why = self._names_guard(groups[i], groups[j])
                if why:
                    return why
        for i in ma:
            for j in mb:
                vi, vj = def_vecs.get(i), def_vecs.get(j)
                if vi is not None and vj is not None:
                    sim = float(np.dot(vi, vj))
                    if sim < self.definition_min:
                        return f"definitions differ ({sim:.2f})"
        return None

    @staticmethod
    def _reject(a: _Group, b: _Group, score: float, why: str) -> dict:
        return {"a": a.name, "b": b.name, "score": round(float(score), 4), "reason": why}


def _short(definition: str, words: int = 32) -> str:
    """First sentence (or clause) of a definition, capped at ``words`` words."""
    first = re.split(r"(?<=[.;])\s", definition.strip(), maxsplit=1)[0]
    return " ".join(first.split()[:words])
