"""The synthetic scale KB: seeded, ProDaLib-shaped, and loadable through the ingest_* named queries."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import synth_kb  # noqa: E402

SCALE = 0.003  # ~680 concepts, ~560 statements, ~130 chains


@pytest.fixture(scope="module")
def kb():
    return synth_kb.generate(SCALE, seed=7)


def test_sizes_follow_the_scale(kb):
    assert len(kb.concepts) == round(synth_kb.PRODALIB["concepts"] * SCALE)
    assert len(kb.statements) == round(synth_kb.PRODALIB["statements"] * SCALE)
    assert len(kb.chains) == round(synth_kb.PRODALIB["chains"] * SCALE)


def test_seeded(kb):
    again = synth_kb.generate(SCALE, seed=7)
    assert again.counts() == kb.counts()
    assert again.statements == kb.statements and again.prerequisites == kb.prerequisites
    assert synth_kb.generate(SCALE, seed=8).statements != kb.statements


def test_shape(kb):
    assert all(3 <= c["length"] <= 9 for c in kb.chains)
    steps = {s["id"]: s for s in kb.steps}
    assert Counter(s["chain_id"] for s in kb.steps) == {c["id"]: c["length"] for c in kb.chains}
    # transition statements link step i to step i+1 of one chain
    assert kb.statement_steps
    for t in kb.statement_steps:
        a, b = steps[t["from_step"]], steps[t["to_step"]]
        assert a["chain_id"] == b["chain_id"] and b["position"] == a["position"] + 1
    # unique ids everywhere
    for attr in ("concepts", "statements", "chains", "steps", "chunks", "documents"):
        ids = [r["id"] for r in getattr(kb, attr)]
        assert len(ids) == len(set(ids)), attr
    # every unit has FROM_CHUNK provenance, to a chunk that exists
    chunks = {c["id"] for c in kb.chunks}
    for attr, units in (("concept_sources", kb.concepts), ("statement_sources", kb.statements),
                        ("chain_sources", kb.chains), ("step_sources", kb.steps)):
        src = getattr(kb, attr)
        assert {r["unit"] for r in src} == {u["id"] for u in units}, attr
        assert {r["chunk"] for r in src} <= chunks
    # PREREQUISITE edges from all three sources, no self-loops
    hows = {h for p in kb.prerequisites for h in p["how"].split(",")}
    assert hows == {"definition", "statement", "chain_order"}
    assert all(p["dependent"] != p["prerequisite"] for p in kb.prerequisites)


def test_concept_degree_is_heavy_tailed():
    d = synth_kb.degree_summary(synth_kb.generate(0.02, seed=0))
    assert d["max"] >= 20 * max(1.0, d["median"])
    assert d["top1pct_share"] > 0.1


def test_loads_through_the_ingest_queries(store, kb):
    rep = synth_kb.write_kb(store, kb)
    assert rep.path == "cypher" and list(rep.seconds) == [name for name, _ in synth_kb.WRITE_ORDER]
    c = store.read("kb_counts")[0]
    assert (c["concepts"], c["statements"], c["chains"], c["steps"], c["chunks"], c["documents"]) == (
        len(kb.concepts), len(kb.statements), len(kb.chains), len(kb.steps), len(kb.chunks), len(kb.documents))
    assert c["prerequisite_edges"] == len(kb.prerequisites)
    assert c["reasoning_edges"] == len(kb.statements)
    n = store.count("MATCH (:Statement)-[:FROM_STEP]->(:Step) RETURN count(*) AS n")
    assert n == len(kb.statement_steps)
    assert len(kb.next_steps) == len(kb.steps) - len(kb.chains)
    assert store.count("MATCH (:Step)-[:NEXT_STEP]->(:Step) RETURN count(*) AS n") == len(kb.next_steps)
    missing = store.count("MATCH (u) WHERE (u:Concept OR u:Statement OR u:Chain OR u:Step) "
                          "AND NOT (u)-[:FROM_CHUNK]->(:Chunk) RETURN count(u) AS n")
    assert missing == 0
