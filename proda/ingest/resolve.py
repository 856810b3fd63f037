"""Entity resolution: many ``ConceptDraft`` names -> canonical concepts with aliases.

Two passes, both merging with union-find:

(a) **exact**: names and aliases are grouped by :func:`proda.ids.normalize_name`
    (case, accents, whitespace, edge punctuation, crude plural), plus a few
    spelling keys that only link forms of one name (:func:`variant_keys`: hyphens
    and spaces, Latin plurals "vertebrae"/"nuclei"/"ganglia", British spellings,
    a leading "the").  A draft's aliases ("X, also called Y") link X and Y; a
    trailing or inner parenthetical ("adenosine triphosphate (ATP)",
    "hypophyseal (pituitary) fossa") is split into a name and an alias.  Concepts
    already in the store take part, so a draft that names an existing concept (or
    one of its aliases) lands on its id.  Two existing concepts are never merged.

(b) **embedding**: the canonical name of every exact group is embedded (the name
    only: on the anatomy glossary "name: short definition" found none of the true
    variant pairs that name-only found and merged more false pairs: 55 vs 37 at
    0.93 without guards); a faiss inner-product index holds existing and new
    groups, each *new* group looks up its ``top_k`` neighbours, and pairs with
    cosine >= ``cfg.threshold`` are merged, strongest first, unless a guard
    (:func:`contrast_reason`) rejects them: a contrasting word (left/right,
    afferent/efferent, superior/inferior...), prefix (hyper-/hypo-), negation or
    suffix (-blast/-clast); a differing number, roman numeral, letter or Greek
    letter; one name being the other plus a modifier ("atrium"/"left atrium");
    different words on both sides ("skeletal muscle"/"smooth muscle"); "X of Y"
    structures that differ; a swapped head noun ("receptor cell"/"cell
    receptor"); or both sides carrying definitions whose embeddings are
    dissimilar (cosine < ``definition_min`` = 0.25; two glossary definitions of
    the *same* term reach >= 0.28 in 95% of cases).  Guards are checked between
    every pair of groups of the two clusters being joined, so a chain (left
    atrium ~ atrium ~ right atrium) cannot sneak a contrast in.

The canonical name of a merged cluster is the existing concept's name, else
the best surface form (definition-list term first, then not an acronym,
singular, not Title-Cased, used as a name, most frequent, shortest); every
other normalised form becomes an alias.  Everything is ordered by first
appearance, so the same input gives the same output.

Name parsing, spelling keys and the guards live in :mod:`proda.ingest.resolve_names` (re-exported here); the records,
union-find, surface ranking and the choice of a group's name and a cluster's definition in
:mod:`proda.ingest.resolve_groups`; encoding and merge guards of pass (b) in
:mod:`proda.ingest.resolve_embed`.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from typing import Literal

import numpy as np

from proda.config import ResolutionConfig
from proda.ids import concept_id, normalize_name
from proda.models import ConceptDraft
from proda.ingest.resolve_embed import EmbeddingPass
from proda.ingest.resolve_marks import carries_mark, name_key
from proda.ingest.resolve_groups import (  # noqa: F401 (re-exported)
    DEFINITION_RULES,
    WEAK_DEFINITIONS,
    ExistingConcept,
    GroupChoice,
    ResolutionResult,
    ResolvedConcept,
    SupportsEncode,
    _Group,
    _rank,
    _Surface,
    _UnionFind,
)
from proda.ingest.resolve_names import _symbol, contrast_reason, split_name, variant_keys  # noqa: F401 (re-exported)

log = logging.getLogger(__name__)

HNSW_ABOVE = 100_000  # index size above which an HNSW index replaces the exact flat one


class Resolver(EmbeddingPass, GroupChoice):
    """Merge concept drafts among themselves and into existing concepts (see the module docstring)."""

    def __init__(
        self,
        cfg: ResolutionConfig | None = None,
        embedder: SupportsEncode | None = None,
        *,
        top_k: int = 10,
        definition_min: float = 0.25,
        embed_text: Literal["name", "name_definition"] = "name",
        guards: bool = True,
    ):
        self.cfg = cfg or ResolutionConfig()
        self._embedder = embedder
        self.top_k = top_k
        self.definition_min = definition_min  # both defined and def-cosine below this -> not merged
        self.embed_text = embed_text
        self.guards = guards

    # -- main --------------------------------------------------------------------------------
    def resolve(self, drafts: list[ConceptDraft], existing: list[ExistingConcept] | None = None) -> ResolutionResult:
        t0 = time.perf_counter()
        existing = list(existing or [])
        uf = _UnionFind()
        key_node: dict[str, int] = {}
        surfaces: dict[str, dict[str, _Surface]] = {}  # key -> surface text -> stats
        lookup_only: set[str] = set()  # keys used for lookups but never shown as aliases
        order = 0

        hidden_node: dict[str, int] = {}  # variant_keys: link spellings, never shown as names

        def node(key: str) -> int:
            n = key_node.get(key)
            if n is None:
                n = key_node[key] = uf.add()
            return n

        def link_variants(n: int, text: str) -> None:
            for vk in variant_keys(text):
                h = hidden_node.get(vk)
                if h is None:
                    h = hidden_node[vk] = uf.add()
                uf.union(n, h)

        def surface(key: str, text: str) -> _Surface:
            nonlocal order
            d = surfaces.setdefault(key, {})
            s = d.get(text)
            if s is None:
                s = d[text] = _Surface(text=text, first=order)
                order += 1
            return s

        # existing concepts first: node per concept, its name and aliases attached
        ex_nodes: list[int] = []
        for i, ec in enumerate(existing):
            n = uf.add(existing=i)
            ex_nodes.append(n)
            for j, text in enumerate([ec.name, *ec.aliases]):
                key = name_key(text)
                if not key or (j and _symbol(text)):
                    continue
                s = surface(key, " ".join(text.split()))
                s.existing_name = s.existing_name or j == 0
                uf.union(n, node(key))  # refused (key stays with the first owner) if another existing holds it
                if not carries_mark(text):  # "E°cell" joins only "E°cell" (resolve_marks)
                    link_variants(node(key), text)

        # drafts: name (split of parentheticals) + aliases, all linked
        draft_node: list[int | None] = []
        for d in drafts:
            main, extra = split_name(d.name)
            names: list[tuple[str, str]] = []  # (text, role)
            raw_key = normalize_name(d.name)
            names.append((main, "name"))
            names.extend((x, "alias") for x in extra)
            for a in d.aliases:
                am, ax = split_name(a)
                names.append((am, "alias"))
                names.extend((x, "alias") for x in ax)
            first_node: int | None = None
            for text, role in names:
                key = name_key(text)
                if not key or (role == "alias" and _symbol(text)):
                    continue
                s = surface(key, text)
                if role == "name":
                    s.count += 1
                    s.glossary = s.glossary or d.how in DEFINITION_RULES
                else:
                    s.alias_count += 1
                n = node(key)
                if not carries_mark(text):  # "E°cell" joins only "E°cell" (resolve_marks)
                    link_variants(n, text)
                if first_node is None:
                    first_node = n
                else:
                    uf.union(first_node, n)
            if first_node is not None and raw_key and (raw_key in lookup_only or raw_key not in key_node):
                # "adenosine triphosphate (atp": not an alias to show, but statements may use it
                lookup_only.add(raw_key)
                uf.union(first_node, node(raw_key))
            draft_node.append(first_node)

        # collect exact groups in first-appearance order (existing first)
        groups: list[_Group] = []
        by_root: dict[int, _Group] = {}

        def group_of(n: int) -> _Group:
            r = uf.find(n)
            g = by_root.get(r)
            if g is None:
                g = by_root[r] = _Group(root=r, existing=uf.existing[r], keys=[], drafts=[], idx=len(groups))
                groups.append(g)
            return g

        for n in ex_nodes:
            group_of(n)
        for key, n in key_node.items():  # insertion order = first appearance
            group_of(n).keys.append(key)
        for i, n in enumerate(draft_node):
            if n is not None:
                group_of(n).drafts.append(i)
        for g in groups:
            self._name_group(g, existing, surfaces, lookup_only)
            g.definition = self._definition([g], existing, drafts)
        t_exact = time.perf_counter()

        # embedding pass
        cluster = _UnionFind()
        for g in groups:
            cluster.add(existing=g.existing)
        edge_score: dict[int, float] = {}  # group index -> score of the edge that joined it
        merges_emb: list[tuple[int, int, float]] = []
        rejected: list[dict] = []
        vecs: np.ndarray | None = None
        n_candidates = 0
        t_load = t_embed = t_search = time.perf_counter()
        if self.cfg.enabled and any(g.existing is None for g in groups):
            _ = self.embedder  # load (once per Resolver) outside the encode timing
            t_load = time.perf_counter()
            vecs = self._group_vectors(groups, existing)
            t_embed = time.perf_counter()
            pairs = self._candidate_pairs(vecs, [g.existing is None for g in groups])
            n_candidates = len(pairs)
            t_search = time.perf_counter()
            def_vecs = self._definition_vectors(groups, pairs) if self.guards else {}
            members: dict[int, list[int]] = {i: [i] for i in range(len(groups))}
            for score, i, j in pairs:
                ri, rj = cluster.find(i), cluster.find(j)
                if ri == rj:
                    continue
                if not cluster.can_union(ri, rj):
                    rejected.append(self._reject(groups[i], groups[j], score, "both existing"))
                    continue
                why = self._guard(members[ri], members[rj], groups, def_vecs) if self.guards else None
                if why:
                    rejected.append(self._reject(groups[i], groups[j], score, why))
                    continue
                cluster.union(ri, rj)
                r = cluster.find(ri)
                other = rj if r == ri else ri
                members[r] = sorted(members[r] + members.pop(other))
                merges_emb.append((i, j, score))
                for gi in members[r]:  # each group remembers the first edge that joined its cluster
                    edge_score.setdefault(gi, score)
        t_merge = time.perf_counter()

        # final clusters
        clusters: dict[int, list[int]] = {}
        for gi in range(len(groups)):
            clusters.setdefault(cluster.find(gi), []).append(gi)
        concepts: list[ResolvedConcept] = []
        pending: list[int] = []  # concepts whose name still needs a vector
        name_to_id: dict[str, str] = {}
        merges: list[dict] = []
        for root in sorted(clusters, key=lambda r: min(clusters[r])):
            gis = clusters[root]
            gs = [groups[i] for i in gis]
            ex_idx = next((g.existing for g in gs if g.existing is not None), None)
            canon_g = self._canonical_group(gs)
            if ex_idx is not None:
                ec = existing[ex_idx]
                cid, cname = ec.id, ec.name
            else:
                cname = canon_g.name
                cid = concept_id(cname)
            for g in gs:
                for k in g.keys:
                    name_to_id.setdefault(k, cid)
            draft_ids = sorted(i for g in gs for i in g.drafts)
            if not draft_ids:
                continue  # an existing concept nothing new landed on
            ckey = normalize_name(cname)
            cvars = set(variant_keys(cname))
            aliases: list[str] = list(existing[ex_idx].aliases) if ex_idx is not None else []
            seen = {ckey} | {normalize_name(a) for a in aliases}
            for g in sorted(gs, key=lambda g: (g is not canon_g, g.idx)):
                for k in g.keys:
                    if k in seen or k in lookup_only:
                        continue
                    seen.add(k)
                    aliases.append(self._best_surface(surfaces[k]).text)
            # merge log: every distinct draft surface other than the canonical name
            for g in gs:
                for k in g.keys:
                    if k in lookup_only:
                        continue
                    for s in sorted(surfaces[k].values(), key=lambda s: s.first):
                        if s.text == cname or (s.count + s.alias_count) == 0:
                            continue
                        if g is canon_g or (ex_idx is not None and g.existing == ex_idx):
                            same = k == ckey or bool(cvars & set(variant_keys(s.text)))
                            reason, score = ("exact" if same else "alias"), 1.0
                        else:
                            reason, score = "embedding", round(float(edge_score.get(g.idx, 0.0)), 4)
                        merges.append({"kept_id": cid, "kept_name": cname, "merged_name": s.text,
                                       "reason": reason, "score": score})
            definition = self._definition(gs, existing, drafts)
            dtypes = Counter(drafts[i].type for i in draft_ids)  # insertion order = first appearance
            ctype = max(dtypes, key=lambda t: dtypes[t])  # ties: the first seen (max keeps the first maximum)
            if vecs is not None and self.embed_text == "name":
                emb = vecs[canon_g.idx].tolist()  # the canonical name's vector (stored one for existing)
            elif ex_idx is not None and existing[ex_idx].embedding:
                emb = list(existing[ex_idx].embedding)
            else:
                emb = []
                if vecs is not None:  # embed_text="name_definition": name vectors encoded below, batched
                    pending.append(len(concepts))
            concepts.append(ResolvedConcept(
                id=cid, name=cname, aliases=aliases, definition=definition, type=ctype,
                drafts=[drafts[i] for i in draft_ids], embedding=emb, is_new=ex_idx is None,
            ))
        if pending:
            for ci, v in zip(pending, self._encode([concepts[ci].name for ci in pending])):
                concepts[ci].embedding = v.tolist()
        t_end = time.perf_counter()
        stats = {
            "drafts": len(drafts), "existing": len(existing), "exact_groups": len(groups),
            "new_groups": sum(1 for g in groups if g.existing is None),
            "candidate_pairs": n_candidates, "embedding_merges": len(merges_emb), "rejected_pairs": len(rejected),
            "concepts": len(concepts), "new_concepts": sum(c.is_new for c in concepts),
            "t_exact_s": round(t_exact - t0, 3), "t_load_s": round(t_load - t_exact, 3) if vecs is not None else 0.0,
            "t_embed_s": round(t_embed - t_load, 3) if vecs is not None else 0.0,
            "t_search_s": round(t_search - t_embed, 3) if vecs is not None else 0.0,
            "t_merge_s": round(t_merge - t_search, 3) if vecs is not None else 0.0,
            "t_total_s": round(t_end - t0, 3),
        }
        log.debug("resolution: %s", stats)
        return ResolutionResult(concepts=concepts, name_to_id=name_to_id, merges=merges, stats=stats, rejected=rejected)

    # -- faiss search -------------------------------------------------------------------------
    def _candidate_pairs(self, vecs: np.ndarray, is_query: list[bool]) -> list[tuple[float, int, int]]:
        import faiss

        n, dim = vecs.shape
        if n < 2:
            return []
        if n > HNSW_ABOVE:
            index = faiss.IndexHNSWFlat(dim, 32, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efSearch = 128
            threads = faiss.omp_get_max_threads()
            faiss.omp_set_num_threads(1)  # deterministic graph construction
            try:
                index.add(vecs)
            finally:
                faiss.omp_set_num_threads(threads)
        else:
            index = faiss.IndexFlatIP(dim)
            index.add(vecs)
        q = np.array([i for i in range(n) if is_query[i]], dtype=np.int64)
        k = min(n, self.top_k + 1)
        best: dict[tuple[int, int], float] = {}
        thr = float(self.cfg.threshold)
        step = 4096
        for s in range(0, len(q), step):
            qi = q[s : s + step]
            scores, nbrs = index.search(vecs[qi], k)
            for row, i in enumerate(qi.tolist()):
                for sc, j in zip(scores[row].tolist(), nbrs[row].tolist()):
                    if j < 0 or j == i or sc < thr:
                        continue
                    a, b = (i, j) if i < j else (j, i)
                    sc = round(sc, 5)  # float noise must not reorder ties
                    if best.get((a, b), -1.0) < sc:
                        best[(a, b)] = sc
        return sorted(((sc, a, b) for (a, b), sc in best.items()), key=lambda t: (-t[0], t[1], t[2]))
