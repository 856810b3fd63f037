"""``proda push``: copy a project's graph into another database (a Neo4j server, or a second embedded store).

Batched (``UNWIND $rows`` in managed write transactions) and idempotent: nodes are
MERGEd on ``id`` and their properties replaced, relationships are MERGEd between
endpoints matched by label and id (keyed by a property where one pair of nodes can
have several, e.g. ``RELATES {statement_id}``).  Pushing twice changes nothing.

Labels and relationship types cannot be Cypher parameters, so the per-label and
per-(type, source label, target label) query texts are built only from the fixed
schema constants below (:data:`proda.graphdb.ddl.LABELS` and :data:`REL_TYPES`);
anything found in the source that is not in them is skipped and reported.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from proda.graphdb import ddl
from proda.graphdb.errors import StoreError

# relationship type -> the property that tells apart several edges of this type between one pair (None: one edge)
REL_TYPES: dict[str, str | None] = {
    # knowledge base
    "PART_OF": None, "NEXT": None, "SUBJECT": None, "OBJECT": None, "RELATES": "statement_id",
    "HAS_STEP": None, "NEXT_STEP": None, "MENTIONS": None, "ABOUT": None, "FROM_STEP": None, "TO_STEP": None,
    "PREREQUISITE": None, "FROM_CHUNK": None,
    # compile and test
    "PARENT": None, "TEACHES": None, "IN_VERSION": None, "TESTS": "role", "TRAINED_ON": None,
    "OF_MODEL": None, "RESULT": None,
    # debug and repair
    "FOR_RUN": None, "FOR_ITEM": None, "BLAMES": None, "PATCHES": None, "FOR_DIAGNOSIS": None, "PROBES": None,
}
# labels pushed besides ddl.LABELS (no unique-id constraint there, but MERGEd on id all the same)
EXTRA_LABELS = ["Round"]

Progress = Callable[[str, int, int], None]


@dataclass
class PushReport:
    nodes: dict[str, int] = field(default_factory=dict)  # label -> rows written
    edges: dict[str, int] = field(default_factory=dict)  # type -> rows written
    skipped: list[str] = field(default_factory=list)  # what the source has that the schema does not name
    schema: str = ""  # which DDL ran on the target


def push_labels() -> list[str]:
    return list(ddl.LABELS) + [x for x in EXTRA_LABELS if x not in ddl.LABELS]


def _label(name: str) -> str | None:
    """The schema constant equal to ``name`` (never the string read from the database)."""
    for lab in push_labels():
        if lab == name:
            return lab
    return None


def _rel_type(name: str) -> str | None:
    for t in REL_TYPES:
        if t == name:
            return t
    return None


# -- query texts (from constants only) ---------------------------------------------------
def _node_read(label: str) -> str:
    return (f"MATCH (n:{label}) WHERE n.id > $after WITH n ORDER BY n.id LIMIT $limit "
            "RETURN n.id AS id, properties(n) AS p")


def _node_write(label: str) -> str:
    return f"UNWIND $rows AS r MERGE (n:{label} {{id: r.id}}) SET n = r.p"


def _edge_read(rel: str, src: str, dst: str) -> str:
    return (f"MATCH (a:{src}) WHERE a.id > $after WITH a ORDER BY a.id LIMIT $limit "
            f"OPTIONAL MATCH (a)-[e:{rel}]->(b:{dst}) RETURN a.id AS s, b.id AS t, properties(e) AS p")


def _edge_write(rel: str, src: str, dst: str) -> str:
    key = REL_TYPES[rel]
    pattern = f"[e:{rel} {{{key}: r.k}}]" if key else f"[e:{rel}]"
    return (f"UNWIND $rows AS r MATCH (a:{src} {{id: r.s}}) MATCH (b:{dst} {{id: r.t}}) "
            f"MERGE (a)-{pattern}->(b) SET e = r.p")


# -- target schema -------------------------------------------------------------------------
def is_embedded_arcadedb(store) -> bool:
    """True if ``store`` talks to an ArcadeDB server (ours, in this process or attached over Bolt)."""
    if getattr(store, "server", None) is not None:
        return True
    try:
        agent = store.driver.get_server_info().agent or ""
    except Exception:  # noqa: BLE001 - no info: assume Neo4j
        return False
    return "arcadedb" in agent.lower()


def ensure_target_schema(target) -> str:
    """Constraints and indexes on the target, in the DDL its kind of server speaks.

    Our own embedded server object: its SQL DDL (``ddl.ensure_schema`` on the owner).  An ArcadeDB
    reached only over Bolt has no Cypher DDL: its owner created the schema when it opened the store.
    Anything else is Neo4j: its Cypher DDL.
    """
    if getattr(target, "server", None) is not None:
        ddl.ensure_schema(target, dict(ddl.LABELS))
        return "embedded (ArcadeDB SQL)" if target.server.owner else "embedded, attached (schema made by its owner)"
    if is_embedded_arcadedb(target):
        return "ArcadeDB over Bolt (schema made by its owner)"
    ddl.ensure_schema(target)  # backend "neo4j": its Cypher DDL
    return "neo4j (constraints and indexes)"


# -- the copy ----------------------------------------------------------------------------------
def source_shape(source) -> tuple[dict[str, int], list[tuple[str, str, str, int]]]:
    """``({label: count}, [(type, source label, target label, count)])`` as found in the source."""
    labels = {r["label"]: int(r["n"]) for r in source.read("push_label_counts")}
    triples = [(r["t"], r["la"], r["lb"], int(r["n"])) for r in source.read("push_edge_triples")]
    return labels, triples


def _first_label(labels) -> str:
    if isinstance(labels, str):
        return labels
    known = [x for x in labels or [] if _label(x)]
    return known[0] if known else (labels[0] if labels else "")


def push(source, target, batch: int = 1000, progress: Progress | None = None,
         ensure_schema: bool = True) -> PushReport:
    """Copy every node and relationship of ``source`` into ``target`` (both :class:`GraphStore`)."""
    rep = PushReport()
    if ensure_schema:
        rep.schema = ensure_target_schema(target)
    label_counts, raw_triples = source_shape(source)
    for name, n in sorted(label_counts.items()):
        if not _label(name):
            rep.skipped.append(f"{n} nodes labelled {name!r} (not in the schema)")
    triples: list[tuple[str, str, str, int]] = []
    for t, la, lb, n in raw_triples:
        rel, src, dst = _rel_type(t), _label(_first_label(la)), _label(_first_label(lb))
        if rel and src and dst:
            triples.append((rel, src, dst, n))
        else:
            rep.skipped.append(f"{n} {t} edges {_first_label(la)}->{_first_label(lb)} (not in the schema)")

    for label in push_labels():
        total = label_counts.get(label, 0)
        if not total:
            continue
        done, after = 0, ""
        read_q, write_q = _node_read(label), _node_write(label)
        while True:
            rows = source.read(read_q, after=after, limit=batch)
            if not rows:
                break
            target.write(write_q, rows=[{"id": r["id"], "p": _clean(r["p"])} for r in rows])
            done += len(rows)
            after = rows[-1]["id"]
            if progress:
                progress(f"nodes {label}", done, max(total, done))
        rep.nodes[label] = done

    for rel, src, dst, total in triples:
        done, after = 0, ""
        key = REL_TYPES[rel]
        read_q, write_q = _edge_read(rel, src, dst), _edge_write(rel, src, dst)
        while True:
            rows = source.read(read_q, after=after, limit=batch)
            if not rows:
                break
            after = max(r["s"] for r in rows)
            out = []
            for r in rows:
                if r["t"] is None:
                    continue
                p = _clean(r["p"] or {})
                row = {"s": r["s"], "t": r["t"], "p": p}
                if key:
                    row["k"] = p.get(key)
                    if row["k"] is None:
                        raise StoreError(f"{rel} edge {r['s']}->{r['t']} has no {key!r}: cannot push it idempotently")
                out.append(row)
            for i in range(0, len(out), batch):
                target.write(write_q, rows=out[i : i + batch])
            done += len(out)
            if progress:
                progress(f"edges {rel} {src}>{dst}"[:40], done, max(total, done))
        rep.edges[rel] = rep.edges.get(rel, 0) + done
    return rep


def _clean(p: dict) -> dict:
    """Property maps as Neo4j stores them: no nulls, no nested maps (those become JSON strings)."""
    import json

    out = {}
    for k, v in (p or {}).items():
        if v is None or k.startswith("@"):  # ArcadeDB metadata (@rid, @type) if a server ever returns it
            continue
        if isinstance(v, dict):
            v = json.dumps(v, ensure_ascii=False, sort_keys=True)
        out[k] = v
    return out


def counts(store) -> tuple[dict[str, int], dict[str, int]]:
    """``({label: nodes}, {type: edges})`` of a store, for comparing source and target."""
    labels = {r["label"]: int(r["n"]) for r in store.read("push_label_counts")}
    edges: dict[str, int] = {}
    for r in store.read("push_edge_triples"):
        edges[r["t"]] = edges.get(r["t"], 0) + int(r["n"])
    return labels, edges
