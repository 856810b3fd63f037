"""Load a whole knowledge base at once: the ingest rows folded in Python and written in bulk on a fresh store.

``load_kb(store, phases)`` takes the rows of the pipeline's ``ingest_*`` named
queries (the same fields :mod:`proda.ingest.pipeline` passes them).  Two paths,
one end state:

* **bulk** — when this process owns an embedded store that holds no knowledge
  base yet: :func:`fold` computes, in Python, the nodes and edges those MERGE/SET
  queries would leave behind, and the embedded server writes them through
  ArcadeDB's batch graph API (``EmbeddedServer.bulk_write``): no per-row Cypher,
  no relationship MERGE walking the edges of hub concepts.  A 228k-concept KB
  loads in about two minutes instead of fifteen (``benchmarks/scale.py``).
* **cypher** — everywhere else (Neo4j, a process attached to someone else's
  store, a store that already holds units): the named queries through
  ``store.write_rows``, so existing units are merged, never duplicated.

A bulk load that dies midway leaves committed batches behind; running it again
finds the store non-empty and finishes through the Cypher path, which converges
to the same graph (tests/test_bulk.py checks the two paths give identical graphs).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from proda.perf import gc_paused

# The pipeline's write order; a phase may only refer to units of earlier phases.
PHASES: tuple[str, ...] = (
    "ingest_documents", "ingest_chunks", "ingest_chunk_next", "ingest_concepts", "ingest_concept_sources",
    "ingest_chains", "ingest_steps", "ingest_next_steps", "ingest_step_mentions", "ingest_chain_sources",
    "ingest_step_sources", "ingest_statements", "ingest_statement_steps", "ingest_statement_sources",
    "ingest_prerequisites",
)
KB_LABELS = ("Document", "Chunk", "Concept", "Chain", "Step", "Statement")
EDGE_TYPES = ("PART_OF", "NEXT", "FROM_CHUNK", "ABOUT", "HAS_STEP", "NEXT_STEP", "MENTIONS", "SUBJECT", "OBJECT",
              "RELATES", "FROM_STEP", "TO_STEP", "PREREQUISITE")

Progress = Callable[[str, int, int], None]
EdgeKey = tuple  # (src_label, src_id, dst_label, dst_id) or with a discriminating key last


@dataclass
class Plan:
    """Final nodes and edges: ``nodes[label][id] -> props``, ``edges[type][(sl, sid, dl, did[, k])] -> props``."""

    nodes: dict[str, dict[str, dict]] = field(default_factory=lambda: {lb: {} for lb in KB_LABELS})
    edges: dict[str, dict[EdgeKey, dict]] = field(default_factory=lambda: {t: {} for t in EDGE_TYPES})
    skipped: dict[str, int] = field(default_factory=dict)  # rows a MATCH would have dropped, per phase

    def node_count(self) -> int:
        return sum(len(v) for v in self.nodes.values())

    def edge_count(self) -> int:
        return sum(len(v) for v in self.edges.values())


@dataclass
class LoadReport:
    path: str  # "bulk" | "cypher"
    nodes: int = 0
    edges: int = 0
    rows: int = 0
    seconds: dict[str, float] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)


# ------------------------------------------------------------------------------------------ fold
def _first(old: Any, new: Any) -> Any:
    """``coalesce(old, new)``."""
    return old if old is not None else new


def _cypher_str(*parts: Any) -> str | None:
    """Cypher ``a + b + …`` on strings: null if any part is null."""
    return None if any(p is None for p in parts) else "".join(str(p) for p in parts)


def _how(old: str | None, new: str | None) -> str | None:
    """``ingest_prerequisites``' CASE for a PREREQUISITE's ``how`` (comma list of the rules that made it)."""
    if old is None or old == new:
        return new
    if new is None:
        return None
    return old if new in old else old + "," + new


def _pos_str(v: Any) -> str | None:
    """Cypher ``toString`` of a number (3 -> "3", 3.0 -> "3.0", like Python's ``str``)."""
    return None if v is None else str(v)


# phases that only link two existing nodes: edge type, (label, row key) of each end
_PLAIN_EDGES = {
    "ingest_chunk_next": ("NEXT", "Chunk", "a", "Chunk", "b"),
    "ingest_next_steps": ("NEXT_STEP", "Step", "prev", "Step", "id"),
    "ingest_step_mentions": ("MENTIONS", "Step", "step", "Concept", "concept"),
}


def _check_phases(phases: Mapping[str, Sequence[dict]]) -> None:
    unknown = set(phases) - set(PHASES)
    if unknown:
        raise ValueError(f"unknown ingest phase(s): {', '.join(sorted(unknown))}")


def fold(phases: Mapping[str, Sequence[dict]]) -> Plan:
    """What the ``ingest_*`` queries leave in an empty store, computed without one."""
    _check_phases(phases)
    p = Plan()
    N, E = p.nodes, p.edges

    def skip(phase: str) -> None:
        p.skipped[phase] = p.skipped.get(phase, 0) + 1

    def edge(etype: str, key: EdgeKey, props: dict | None = None) -> None:
        cur = E[etype].setdefault(key, {})
        if props:
            cur.update(props)

    for phase in PHASES:
        rows = phases.get(phase) or ()
        if phase == "ingest_documents":
            for r in rows:
                d = N["Document"].get(r["id"]) or {"id": r["id"]}
                d.update(path=r.get("path"), title=r.get("title"), format=r.get("format"), sha256=r.get("sha256"),
                         chars=r.get("chars"), caption=r.get("title"))
                d["domain"] = _first(d.get("domain"), r.get("domain"))
                d["complete"] = _first(d.get("complete"), False)
                N["Document"][r["id"]] = d
        elif phase == "ingest_chunks":
            for r in rows:
                if r.get("doc_id") not in N["Document"]:
                    skip(phase)
                    continue
                c = N["Chunk"].setdefault(r["id"], {"id": r["id"]})
                c.update({k: r.get(k) for k in ("doc_id", "ord", "text", "start", "end", "heading_path", "heading",
                                                "caption")})
                edge("PART_OF", ("Chunk", r["id"], "Document", r["doc_id"]))
        elif phase in _PLAIN_EDGES:
            etype, la, ka, lb, kb = _PLAIN_EDGES[phase]
            for r in rows:
                if r.get(ka) in N[la] and r.get(kb) in N[lb]:
                    edge(etype, (la, r[ka], lb, r[kb]))
                else:
                    skip(phase)
        elif phase == "ingest_concepts":
            for r in rows:
                c = N["Concept"].setdefault(r["id"], {"id": r["id"]})
                c.update(name=r.get("name"), caption=r.get("name"), key=r.get("key"), aliases=r.get("aliases"),
                         alias_keys=r.get("alias_keys"), aliases_text=r.get("aliases_text"))
                if (c.get("definition") or "") == "":
                    c["definition"] = r.get("definition")
                c["type"] = _first(c.get("type"), r.get("type"))
                c["domain"] = _first(c.get("domain"), r.get("domain"))
                domains = c.get("domains") or []
                dom = r.get("domain")
                if dom is not None and dom not in domains:
                    domains = domains + [dom]
                c["domains"] = domains
        elif phase in ("ingest_concept_sources", "ingest_chain_sources", "ingest_step_sources",
                       "ingest_statement_sources"):
            label = {"ingest_concept_sources": "Concept", "ingest_chain_sources": "Chain",
                     "ingest_step_sources": "Step", "ingest_statement_sources": "Statement"}[phase]
            for r in rows:
                if r.get("unit") in N[label] and r.get("chunk") in N["Chunk"]:
                    edge("FROM_CHUNK", (label, r["unit"], "Chunk", r["chunk"]), {"quote": r.get("quote"),
                                                                              "how": r.get("how")})
                else:
                    skip(phase)
        elif phase == "ingest_chains":
            for r in rows:
                ch = N["Chain"].setdefault(r["id"], {"id": r["id"]})
                ch.update(name=r.get("name"), caption=r.get("name"), summary=r.get("summary"),
                          preconditions=r.get("preconditions"), negative_constraints=r.get("negative_constraints"),
                          length=r.get("length"), kind=r.get("kind"))
                ch["domain"] = _first(ch.get("domain"), r.get("domain"))
                if r.get("about") is not None and r["about"] in N["Concept"]:
                    edge("ABOUT", ("Chain", r["id"], "Concept", r["about"]))
        elif phase == "ingest_steps":
            for r in rows:
                if r.get("chain_id") not in N["Chain"]:
                    skip(phase)
                    continue
                s = N["Step"].setdefault(r["id"], {"id": r["id"]})
                text = r.get("text")
                s.update(chain_id=r["chain_id"], position=r.get("position"), text=text,
                         caption=_cypher_str(_pos_str(r.get("position")), ". ", None if text is None else text[:40]),
                         **{k: r.get(k) for k in ("subject", "predicate", "object", "polarity", "family", "sentence", "then_only")})
                edge("HAS_STEP", ("Chain", r["chain_id"], "Step", r["id"]), {"position": r.get("position")})
        elif phase == "ingest_statements":
            for r in rows:
                a, b = r.get("subject_id"), r.get("object_id")
                if a not in N["Concept"] or b not in N["Concept"]:
                    skip(phase)
                    continue
                s = N["Statement"].setdefault(r["id"], {"id": r["id"]})
                s.update(subject=r.get("subject"), predicate=r.get("predicate"), object=r.get("object"),
                         caption=_cypher_str(r.get("subject"), " ", r.get("predicate"), " ", r.get("object")),
                         **{k: r.get(k) for k in ("predicate_lemma", "family", "polarity", "negated", "quantity", "rule")},
                         attribution=r.get("attribution") or "")
                s["source_quote"] = _first(s.get("source_quote"), r.get("source_quote"))
                s["domain"] = _first(s.get("domain"), r.get("domain"))
                edge("SUBJECT", ("Statement", r["id"], "Concept", a))
                edge("OBJECT", ("Statement", r["id"], "Concept", b))
                edge("RELATES", ("Concept", a, "Concept", b, r["id"]),
                     {"statement_id": r["id"], "predicate": r.get("predicate")})
        elif phase == "ingest_statement_steps":
            for r in rows:
                st, fa, fb = r.get("statement"), r.get("from_step"), r.get("to_step")
                if st in N["Statement"] and fa in N["Step"] and fb in N["Step"]:
                    edge("FROM_STEP", ("Statement", st, "Step", fa))
                    edge("TO_STEP", ("Statement", st, "Step", fb))
                else:
                    skip(phase)
        elif phase == "ingest_prerequisites":
            pre = E["PREREQUISITE"]
            for r in rows:
                b, a = r.get("dependent"), r.get("prerequisite")
                if b not in N["Concept"] or a not in N["Concept"]:
                    skip(phase)
                    continue
                key = ("Concept", b, "Concept", a)
                cur = pre.get(key)
                pre[key] = {"how": r.get("how") if cur is None else _how(cur.get("how"), r.get("how"))}
    # Cypher's SET x = null removes x: so does the plan
    for nodes in N.values():
        for k, props in nodes.items():
            nodes[k] = {n: v for n, v in props.items() if v is not None}
    for edges in E.values():
        for k, props in edges.items():
            if props:
                edges[k] = {n: v for n, v in props.items() if v is not None}
    return p


# ------------------------------------------------------------------------------------------ load
def bulk_possible(store) -> bool:
    """True when this process owns an embedded store that holds none of the knowledge-base labels."""
    from proda.graphdb.ddl import _embedded_owner

    server = _embedded_owner(store)
    return server is not None and server.empty(KB_LABELS)


def load_kb(store, phases: Mapping[str, Sequence[dict]], progress: Progress | None = None,
            bulk: bool | None = None, batch_size: dict[str, int] | None = None) -> LoadReport:
    """Write a knowledge base's ingest rows: in bulk on a fresh embedded store, else through the named queries.

    ``bulk``: None picks (see :func:`bulk_possible`); True insists (an error where impossible); False forces Cypher.
    """
    _check_phases(phases)
    rows = sum(len(v) for v in phases.values())
    can = bulk_possible(store) if bulk is not False else False
    if bulk and not can:
        from proda.graphdb.errors import StoreError

        raise StoreError("a bulk load needs an empty embedded store owned by this process")
    if can:
        t = time.perf_counter()
        with gc_paused():  # millions of new dicts: each full collection would re-walk all the rows held
            plan = fold(phases)
        rep = LoadReport("bulk", plan.node_count(), plan.edge_count(), rows, {"fold": time.perf_counter() - t},
                         dict(plan.skipped))
        rep.seconds.update(store.server.bulk_write(plan, progress))
        return rep
    from proda.graphdb.store import write_phase

    rep = LoadReport("cypher", rows=rows)
    for name in PHASES:
        if name not in phases:
            continue
        t = time.perf_counter()
        write_phase(store, name, list(phases[name] or ()), name, progress, (batch_size or {}).get(name))
        rep.seconds[name] = time.perf_counter() - t
    return rep
