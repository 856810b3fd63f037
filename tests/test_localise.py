"""Localisation on a hand-built KB (written with the ingest_* named queries): exactly the right units come back."""

from __future__ import annotations

import pytest

from proda import cypher
from proda.repair.localise import localise, localise_one

# BenchItem -[:TESTS {role}]-> unit, as the schema has it (the label is implied by the role)
_BENCH = {
    role: f"UNWIND $rows AS r MATCH (b:BenchItem {{id: r.item}}), (u:{label} {{id: r.unit}}) "
          "MERGE (b)-[t:TESTS]->(u) SET t.role = r.role"
    for role, label in [("chain", "Chain"), ("step", "Step"), ("statement", "Statement"), ("concept", "Concept")]
}


def _concept(cid: str) -> dict:
    return {"id": cid, "name": cid.upper(), "key": cid, "aliases": [], "alias_keys": [], "aliases_text": "",
            "definition": f"{cid} is a thing", "type": "term", "domain": "test"}


def _step(sid: str, chain: str, pos: int, prev: str | None) -> dict:
    return {"id": sid, "chain_id": chain, "position": pos, "text": f"text of {sid}", "prev": prev}


def _statement(sid: str, s: str, p: str, o: str) -> dict:
    return {"id": sid, "subject": s.upper(), "predicate": p, "object": o.upper(), "subject_id": s, "object_id": o,
            "source_quote": "", "domain": "test"}


def build_kb(store) -> None:
    """Chain ch1: s1(a) -> s2(b) -> s3(c), transitions t12 (a causes b), t23 (b causes c).
    Chain ch2: s4(d) -> s5(e); statement tde (d is_a e) is not a transition.
    PREREQUISITE (x needs y): a->f, b->f, f->g, g->h, h->a (a cycle back into the subgraph), d->e, x->a,
    and d->x by chain_order only.
    """
    w = store.write_rows
    w("ingest_documents", [{"id": "doc", "path": "p.md", "title": "T", "format": "md", "sha256": "0", "chars": 10,
                            "domain": "test"}])
    w("ingest_chunks", [{"id": "k1", "doc_id": "doc", "ord": 0, "text": "some text", "start": 0, "end": 9,
                         "heading_path": [], "heading": "T", "caption": "T #0"}])
    w("ingest_concepts", [_concept(c) for c in "abcdefghx"])
    w("ingest_concept_sources", [{"unit": c, "chunk": "k1", "quote": "", "how": "definition"} for c in "abcdefghx"])
    w("ingest_chains", [
        {"id": "ch1", "name": "first chain", "summary": "", "preconditions": [], "negative_constraints": [],
         "domain": "test", "length": 3, "about": "a"},
        {"id": "ch2", "name": "second chain", "summary": "", "preconditions": [], "negative_constraints": [],
         "domain": "test", "length": 2, "about": None},
    ])
    steps = [_step("s1", "ch1", 1, None), _step("s2", "ch1", 2, "s1"), _step("s3", "ch1", 3, "s2"),
             _step("s4", "ch2", 1, None), _step("s5", "ch2", 2, "s4")]
    w("ingest_steps", steps)
    w("ingest_next_steps", [s for s in steps if s["prev"]])
    w("ingest_step_mentions", [{"step": s, "concept": c}
                               for s, c in [("s1", "a"), ("s2", "b"), ("s3", "c"), ("s4", "d"), ("s5", "e")]])
    w("ingest_statements", [_statement("t12", "a", "causes", "b"), _statement("t23", "b", "causes", "c"),
                            _statement("tde", "d", "is_a", "e")])
    w("ingest_statement_steps", [{"statement": "t12", "from_step": "s1", "to_step": "s2"},
                                 {"statement": "t23", "from_step": "s2", "to_step": "s3"}])
    w("ingest_prerequisites", [{"dependent": b, "prerequisite": a, "how": "definition"}
                               for b, a in ["af", "bf", "fg", "gh", "ha", "de", "xa"]]
      + [{"dependent": "d", "prerequisite": "x", "how": "chain_order"}])
    items = {
        # chain + two steps + their transition + a concept from elsewhere
        "i1": [("chain", "ch1"), ("step", "s1"), ("step", "s2"), ("statement", "t12"), ("concept", "d")],
        # one step, no chain edge: the chain comes from HAS_STEP
        "i2": [("step", "s3")],
        # only a transition statement: its steps come from FROM_STEP/TO_STEP
        "i3": [("statement", "t23")],
        # all three steps of ch1: both transitions between them are included
        "i4": [("step", "s1"), ("step", "s2"), ("step", "s3")],
        # nothing tested
        "i5": [],
    }
    store.write("UNWIND $ids AS id MERGE (b:BenchItem {id: id}) SET b.kind = 'next_step'", ids=list(items))
    for role, q in _BENCH.items():
        store.write(q, rows=[{"item": i, "unit": u, "role": role} for i, ts in items.items() for r, u in ts if r == role])


@pytest.fixture
def kb(store):
    build_kb(store)
    return store


def _ids(units) -> list[str]:
    return [u.id for u in units]


def test_localise_item_with_chain_steps_statement_and_concept(kb):
    g = localise(kb, ["i1"], depth=2)["i1"]
    assert g.chain is not None and g.chain.id == "ch1" and g.chain.length == 3
    assert _ids(g.steps) == ["s1", "s2"]  # ordered by position; s3 is not tested
    assert [s.position for s in g.steps] == [1, 2] and all(s.tested for s in g.steps)
    assert _ids(g.statements) == ["t12"] and g.statements[0].tested
    assert (g.statements[0].subject, g.statements[0].predicate, g.statements[0].object) == ("A", "causes", "B")
    assert _ids(g.concepts) == ["a", "b", "d"]
    assert {c.id: c.tested for c in g.concepts} == {"a": False, "b": False, "d": True}
    # a,b -> f (1) -> g (2); d -> e, x (1); x -> a leads back into the subgraph; h is 3 hops away
    assert [(p.id, p.depth) for p in g.prerequisites] == [("e", 1), ("f", 1), ("x", 1), ("g", 2)]
    assert {p.id: p.needed_by for p in g.prerequisites} == {"e": ["d"], "f": ["a", "b"], "x": ["d"], "g": ["f"]}
    assert g.unit_ids() == {"ch1", "s1", "s2", "t12", "a", "b", "d", "e", "f", "g", "x"}


def test_fanout_prefers_definition_edges(kb):
    g = localise(kb, ["i1"], depth=1, fanout=1)["i1"]
    assert [(p.id, p.depth) for p in g.prerequisites] == [("e", 1), ("f", 1)]  # d -> x (chain_order) dropped


def test_depth_is_a_parameter(kb):
    by_depth = {d: localise(kb, ["i1"], depth=d)["i1"] for d in (0, 1, 2, 3)}
    assert by_depth[0].prerequisites == []
    assert [(p.id, p.depth) for p in by_depth[1].prerequisites] == [("e", 1), ("f", 1), ("x", 1)]
    # depth 3 reaches h; the cycle h -> a leads back into the subgraph and adds nothing
    assert [(p.id, p.depth) for p in by_depth[3].prerequisites] == [("e", 1), ("f", 1), ("x", 1), ("g", 2), ("h", 3)]
    assert by_depth[3].prerequisites[-1].needed_by == ["g"]
    with pytest.raises(ValueError):
        localise(kb, ["i1"], depth=4)


def test_chain_from_steps_and_steps_from_statements(kb):
    got = localise(kb, ["i2", "i3", "i4"], depth=1)
    i2 = got["i2"]
    assert i2.chain.id == "ch1" and _ids(i2.steps) == ["s3"] and i2.statements == []
    assert _ids(i2.concepts) == ["c"] and i2.prerequisites == []
    i3 = got["i3"]
    assert i3.chain.id == "ch1"
    assert _ids(i3.steps) == ["s2", "s3"] and not any(s.tested for s in i3.steps)
    assert _ids(i3.statements) == ["t23"] and i3.statements[0].tested
    assert _ids(i3.concepts) == ["b", "c"] and [(p.id, p.depth) for p in i3.prerequisites] == [("f", 1)]
    i4 = got["i4"]
    assert _ids(i4.steps) == ["s1", "s2", "s3"]
    assert _ids(i4.statements) == ["t12", "t23"] and not any(x.tested for x in i4.statements)
    assert _ids(i4.concepts) == ["a", "b", "c"]


def test_untested_and_unknown_items(kb):
    got = localise(kb, ["i5", "no-such-item", "i5"], depth=2)
    assert list(got) == ["i5"]  # unknown ids are absent, duplicates collapse
    g = got["i5"]
    assert g.chain is None and g.steps == [] and g.statements == [] and g.concepts == [] and g.prerequisites == []


@pytest.mark.parametrize("depth", [0, 1, 2, 3])
def test_batched_equals_per_item_and_batches_split(kb, depth):
    """localise (levels walked in Python) == localise_one (levels walked in Cypher), at every depth."""
    ids = ["i1", "i2", "i3", "i4", "i5"]
    batched = localise(kb, ids, depth=depth, batch_size=2)
    assert list(batched) == ids
    for i in ids:
        assert localise_one(kb, i, depth=depth) == batched[i]
    assert localise_one(kb, "no-such-item") is None
    assert localise_one(kb, "i1", depth=1, fanout=1) == localise(kb, ["i1"], depth=1, fanout=1)["i1"]


def test_the_two_queries_share_one_body():
    one = cypher.load("localise_failure").split("\n", 1)[1]
    batch = cypher.load("localise_failures_batch").split("\n", 1)[1]
    assert one == batch
