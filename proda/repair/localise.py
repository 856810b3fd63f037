"""Localisation: each failed benchmark item -> the subgraph of knowledge units it depends on.

One named traversal, ``localise_failure`` (one item) / ``localise_failures_batch``
(``UNWIND $ids``), returns per item: its chain, its steps (ordered by position),
its statements, their concepts and those concepts' prerequisites up to ``depth``
hops, breadth first.  See the comment at the top of the ``.cypher`` files for
exactly which units.

:func:`localise` (the batched path) sends ``batch_size`` ids per query with
``depth = 0`` and walks the prerequisite levels itself with
``localise_prerequisites``: one query per level over the union of the batch's
frontier, cached across batches.  Failed items share hub concepts, so this
expands each concept once instead of once per item (the all-in-Cypher levels ran
at ~47 items/s on a 0.1-scale KB, against several hundred this way).  Both
paths give the same subgraphs (tests/test_localise.py checks it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from pydantic import BaseModel, Field

from proda.perf import gc_paused

MAX_DEPTH = 3  # the var-length bound fixed in the query text (ArcadeDB cannot parameterise it)
BATCH_SIZE = 200
FANOUT = 10  # prerequisites followed per concept (hub concepts have thousands of chain_order ones)


class ChainRef(BaseModel):
    id: str
    name: str = ""
    length: int | None = None


class StepRef(BaseModel):
    id: str
    chain_id: str | None = None
    position: int = 0
    text: str = ""
    tested: bool = False  # the item TESTS this step (else: an endpoint of a statement it depends on)


class StatementRef(BaseModel):
    id: str
    subject: str = ""
    predicate: str = ""
    object: str = ""
    tested: bool = False  # the item TESTS it (else: a transition between two of the item's steps)


class ConceptRef(BaseModel):
    id: str
    name: str = ""
    tested: bool = False  # the item TESTS it directly (else: mentioned by its steps or statements)


class Prerequisite(BaseModel):
    id: str
    name: str = ""
    depth: int  # shortest PREREQUISITE distance from a concept of the subgraph (1 = direct prerequisite)
    needed_by: list[str] = Field(default_factory=list)  # concepts one level up (depth - 1) that need it


class Subgraph(BaseModel):
    """The failing subgraph of one benchmark item."""

    item_id: str
    chain: ChainRef | None = None
    steps: list[StepRef] = Field(default_factory=list)  # ordered by position
    statements: list[StatementRef] = Field(default_factory=list)
    concepts: list[ConceptRef] = Field(default_factory=list)
    prerequisites: list[Prerequisite] = Field(default_factory=list)  # ordered by depth, then id

    def unit_ids(self) -> set[str]:
        """Every unit id in the subgraph (chain, steps, statements, concepts, prerequisites)."""
        ids = {u.id for u in [*self.steps, *self.statements, *self.concepts, *self.prerequisites]}
        if self.chain:
            ids.add(self.chain.id)
        return ids


def _subgraph(row: dict) -> Subgraph:
    tested = set(row.get("tested") or [])
    steps = sorted((StepRef(**s, tested=s["id"] in tested) for s in row.get("steps") or []),
                   key=lambda s: (s.chain_id or "", s.position, s.id))
    statements = sorted((StatementRef(**x, tested=x["id"] in tested) for x in row.get("statements") or []),
                        key=lambda x: x.id)
    concepts = sorted((ConceptRef(**c, tested=c["id"] in tested) for c in row.get("concepts") or []),
                      key=lambda c: c.id)
    prereqs = sorted((Prerequisite(id=p["id"], name=p.get("name") or "", depth=int(p["depth"]),
                                   needed_by=sorted(p.get("needed_by") or []))
                      for p in row.get("prerequisites") or []), key=lambda p: (p.depth, p.id))
    chain = ChainRef(**row["chain"]) if row.get("chain") else None
    return Subgraph(item_id=row["id"], chain=chain, steps=steps, statements=statements, concepts=concepts,
                    prerequisites=prereqs)


def _check(depth: int, fanout: int) -> None:
    if not 0 <= depth <= MAX_DEPTH:
        raise ValueError(f"depth must be between 0 and {MAX_DEPTH}, got {depth}")
    if fanout < 1:
        raise ValueError(f"fanout must be at least 1, got {fanout}")


def localise(store, item_ids: Iterable[str], depth: int = 2, batch_size: int = BATCH_SIZE, fanout: int = FANOUT,
             on_batch: Callable[[int], None] | None = None) -> dict[str, Subgraph]:
    """The failing subgraph of each benchmark item id; ids with no ``BenchItem`` are absent from the result.

    ``depth``: prerequisite levels (0..3); ``fanout``: prerequisites followed per concept, definition and
    statement edges before chain_order ones.
    """
    _check(depth, fanout)
    ids = list(dict.fromkeys(item_ids))
    out: dict[str, Subgraph] = {}
    fan: dict[str, list[dict]] = {}  # concept id -> its first `fanout` prerequisites (one hop)
    with gc_paused():
        for i in range(0, len(ids), batch_size):
            batch = ids[i : i + batch_size]
            rows = store.read("localise_failures_batch", ids=batch, depth=0, fanout=fanout)
            _prerequisite_levels(store, rows, depth, fanout, fan, batch_size * 20)
            for row in rows:
                out[row["id"]] = _subgraph(row)
            if on_batch:
                on_batch(len(batch))
    return out


def _prerequisite_levels(store, rows: list[dict], depth: int, fanout: int, fan: dict[str, list[dict]],
                         chunk: int) -> None:
    """Fill ``row["prerequisites"]`` breadth first, as the Cypher levels in ``localise_failure`` do."""
    state = []
    for row in rows:
        concepts = [c["id"] for c in row.get("concepts") or []]
        row["prerequisites"] = []
        state.append((row, concepts, set(concepts)))
    for level in range(1, depth + 1):
        need = list(dict.fromkeys(c for _, frontier, _ in state for c in frontier if c not in fan))
        for j in range(0, len(need), chunk):
            for r in store.read("localise_prerequisites", ids=need[j : j + chunk], fanout=fanout):
                fan[r["id"]] = r["prereqs"] or []
        nxt = []
        for row, frontier, seen in state:
            found: dict[str, dict] = {}
            for n in frontier:
                for p in fan.get(n, []):
                    if p["id"] in seen:
                        continue
                    e = found.setdefault(p["id"], {"id": p["id"], "name": p.get("name"), "depth": level,
                                                   "needed_by": []})
                    e["needed_by"].append(n)
            seen.update(found)
            row["prerequisites"] += found.values()
            nxt.append((row, list(found), seen))
        state = nxt


def localise_one(store, item_id: str, depth: int = 2, fanout: int = FANOUT) -> Subgraph | None:
    """One item through ``localise_failure`` (the per-item query; :func:`localise` is the batched path)."""
    _check(depth, fanout)
    rows = store.read("localise_failure", id=item_id, depth=depth, fanout=fanout)
    return _subgraph(rows[0]) if rows else None
