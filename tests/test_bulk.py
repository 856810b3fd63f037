"""Bulk first loads: the folded plan written by ArcadeDB's batch API gives the same graph as the named queries."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import make_project
from proda.config import load_config
from proda.graphdb.bulk import PHASES, fold, load_kb
from proda.graphdb.errors import StoreError
from proda.graphdb.store import open_store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import synth_kb  # noqa: E402


def tricky() -> dict[str, list[dict]]:
    """Rows that exercise every SET rule: repeats, first-non-null, list growth, nulls, dangling references."""
    doc = {"id": "d1", "path": "a.md", "title": "Heart", "format": "md", "sha256": "x", "chars": 10, "domain": "bio"}
    return {
        "ingest_documents": [doc, {**doc, "title": "Heart (2nd)", "domain": "med"}],
        "ingest_chunks": [
            {"id": "k1", "doc_id": "d1", "ord": 0, "text": "The heart pumps blood.", "start": 0, "end": 22,
             "heading_path": ["Heart"], "heading": "Heart", "caption": "Heart §1"},
            {"id": "k2", "doc_id": "d1", "ord": 1, "text": "Blood carries oxygen — ö.", "start": 22, "end": 48,
             "heading_path": [], "heading": None, "caption": "Heart §2"},
            {"id": "k9", "doc_id": "nope", "ord": 0, "text": "orphan", "start": 0, "end": 6},
        ],
        "ingest_chunk_next": [{"a": "k1", "b": "k2"}, {"a": "k1", "b": "k2"}, {"a": "k2", "b": "k9"}],
        "ingest_concepts": [
            {"id": "c1", "name": "heart", "key": "heart", "aliases": ["cor"], "alias_keys": ["cor"],
             "aliases_text": "cor", "definition": "", "type": "organ", "domain": "bio"},
            {"id": "c1", "name": "Heart", "key": "heart", "aliases": ["cor", "cardia"], "alias_keys": ["cardia", "cor"],
             "aliases_text": "cor; cardia", "definition": "a muscular organ", "type": "term", "domain": "med"},
            {"id": "c1", "name": "Heart", "key": "heart", "aliases": [], "alias_keys": [], "aliases_text": "",
             "definition": "ignored: already defined", "type": None, "domain": "chem"},
            {"id": "c2", "name": "blood", "key": "blood", "aliases": [], "alias_keys": [], "aliases_text": "",
             "definition": None, "type": "term", "domain": "bio"},
            {"id": "c3", "name": "oxygen", "key": "oxygen", "aliases": [], "alias_keys": [], "aliases_text": "",
             "definition": "a gas", "type": "term", "domain": "bio"},
        ],
        "ingest_concept_sources": [
            {"unit": "c1", "chunk": "k1", "quote": "The heart", "how": "explicit"},
            {"unit": "c1", "chunk": "k1", "quote": None, "how": "implied"},
            {"unit": "c2", "chunk": "k2", "quote": "Blood carries oxygen — ö.", "how": "explicit"},
            {"unit": "c2", "chunk": "k9", "quote": "x", "how": "explicit"},
        ],
        "ingest_chains": [
            {"id": "h1", "name": "circulation", "summary": "s", "preconditions": ["alive"],
             "negative_constraints": [], "domain": "bio", "length": 3, "about": "c1"},
            {"id": "h1", "name": "Circulation", "summary": "s2", "preconditions": [], "negative_constraints": ["x"],
             "domain": "med", "length": 3, "about": "c9"},
            {"id": "h2", "name": "breathing", "summary": None, "preconditions": [], "negative_constraints": [],
             "domain": "bio", "length": 2, "about": None},
        ],
        "ingest_steps": [
            {"id": "s1", "chain_id": "h1", "position": 1, "text": "heart contracts and pushes the blood forward fast"},
            {"id": "s2", "chain_id": "h1", "position": 2, "text": "blood moves"},
            {"id": "s3", "chain_id": "h1", "position": 3, "text": "oxygen arrives"},
            {"id": "s2", "chain_id": "h1", "position": 2, "text": "blood moves on"},
            {"id": "s4", "chain_id": "h2", "position": 1, "text": None},
            {"id": "s9", "chain_id": "nope", "position": 1, "text": "dangling"},
        ],
        "ingest_next_steps": [{"prev": "s1", "id": "s2"}, {"prev": "s2", "id": "s3"}, {"prev": "s3", "id": "s9"}],
        "ingest_step_mentions": [{"step": "s1", "concept": "c1"}, {"step": "s1", "concept": "c1"},
                                 {"step": "s2", "concept": "c2"}, {"step": "s3", "concept": "c3"},
                                 {"step": "s3", "concept": "zz"}],
        "ingest_chain_sources": [{"unit": "h1", "chunk": "k1", "quote": "q", "how": "chain"}],
        "ingest_step_sources": [{"unit": "s1", "chunk": "k1", "quote": "", "how": "step"}],
        "ingest_statements": [
            {"id": "t1", "subject": "heart", "predicate": "pumps", "object": "blood", "subject_id": "c1",
             "object_id": "c2", "source_quote": None, "domain": None},
            {"id": "t1", "subject": "Heart", "predicate": "pumps", "object": "blood", "subject_id": "c1",
             "object_id": "c2", "source_quote": "The heart pumps blood.", "domain": "bio"},
            {"id": "t2", "subject": "blood", "predicate": "carries", "object": "oxygen", "subject_id": "c2",
             "object_id": "c3", "source_quote": "Blood carries oxygen — ö.", "domain": "bio"},
            {"id": "t3", "subject": "blood", "predicate": "is", "object": "?", "subject_id": "c2",
             "object_id": "missing", "source_quote": "x", "domain": "bio"},
        ],
        "ingest_statement_steps": [{"statement": "t1", "from_step": "s1", "to_step": "s2"},
                                   {"statement": "t2", "from_step": "s2", "to_step": "s3"},
                                   {"statement": "t3", "from_step": "s2", "to_step": "s3"}],
        "ingest_statement_sources": [{"unit": "t1", "chunk": "k1", "quote": "The heart pumps blood.",
                                      "how": "statement"}],
        "ingest_prerequisites": [
            {"dependent": "c1", "prerequisite": "c2", "how": "definition"},
            {"dependent": "c1", "prerequisite": "c2", "how": "statement"},
            {"dependent": "c1", "prerequisite": "c2", "how": "definition"},
            {"dependent": "c3", "prerequisite": "c2", "how": "chain_order"},
            {"dependent": "c3", "prerequisite": "missing", "how": "definition"},
        ],
    }


def dump(store) -> tuple[dict, list]:
    """Every KB node's properties and every edge between them, comparable across stores."""
    nodes: dict = {}
    for r in store.read("MATCH (n) WHERE n:Document OR n:Chunk OR n:Concept OR n:Chain OR n:Step OR n:Statement "
                        "RETURN labels(n) AS l, properties(n) AS p"):
        props = {k: v for k, v in r["p"].items() if k != "embedding"}
        nodes[(tuple(sorted(r["l"])), props["id"])] = props
    edges = sorted(
        (r["t"], r["a"], r["b"], tuple(sorted((k, repr(v)) for k, v in r["p"].items())))
        for r in store.read("MATCH (a)-[e]->(b) WHERE a.id IS NOT NULL AND b.id IS NOT NULL "
                            "RETURN type(e) AS t, a.id AS a, b.id AS b, properties(e) AS p"))
    return nodes, edges


@pytest.fixture
def fresh(tmp_path):
    with open_store(load_config(make_project(tmp_path / "fresh"), env={})) as s:
        yield s


@pytest.mark.parametrize("source", ["tricky", "synthetic"])
def test_bulk_and_cypher_paths_give_the_same_graph(store, fresh, source):
    rows = tricky() if source == "tricky" else synth_kb.phases(synth_kb.generate(0.002, seed=3))
    via_cypher = load_kb(store, rows, bulk=False)
    via_bulk = load_kb(fresh, rows)  # auto: a fresh embedded store takes the bulk path
    assert (via_cypher.path, via_bulk.path) == ("cypher", "bulk")
    a, b = dump(store), dump(fresh)
    assert a[0] and a[1]
    assert b[0] == a[0]
    assert b[1] == a[1]
    assert via_bulk.nodes == len(a[0]) and via_bulk.edges == len(a[1])
    # the full-text index is back and searchable
    from proda.graphdb.ddl import search_concepts

    name = next(p["name"] for (lab, _), p in a[0].items() if lab == ("Concept",))
    assert any(h["name"] == name for h in search_concepts(fresh, name))


def test_fold_follows_the_set_rules():
    p = fold(tricky())
    c1 = p.nodes["Concept"]["c1"]
    assert c1["definition"] == "a muscular organ" and c1["type"] == "organ" and c1["domain"] == "bio"
    assert c1["domains"] == ["bio", "med", "chem"] and c1["aliases"] == [] and c1["name"] == "Heart"
    assert "definition" not in p.nodes["Concept"]["c2"]  # SET x = null leaves no property
    assert p.edges["PREREQUISITE"][("Concept", "c1", "Concept", "c2")] == {"how": "definition,statement"}
    assert p.nodes["Statement"]["t1"]["source_quote"] == "The heart pumps blood."
    assert p.nodes["Step"]["s1"]["caption"] == "1. heart contracts and pushes the blood for"
    assert "caption" not in p.nodes["Step"]["s4"]
    assert p.edges["FROM_CHUNK"][("Concept", "c1", "Chunk", "k1")] == {"how": "implied"}
    assert "t3" not in p.nodes["Statement"] and "s9" not in p.nodes["Step"] and "k9" not in p.nodes["Chunk"]
    assert p.skipped["ingest_statements"] == 1 and p.skipped["ingest_prerequisites"] == 1
    with pytest.raises(ValueError, match="unknown ingest phase"):
        fold({"ingest_conceptz": []})


def test_second_load_merges_through_cypher(fresh):
    rows = synth_kb.phases(synth_kb.generate(0.001, seed=5))
    first = load_kb(fresh, rows)
    before = dump(fresh)
    again = load_kb(fresh, rows)  # the store holds a KB now: named queries, nothing duplicated
    assert (first.path, again.path) == ("bulk", "cypher")
    assert dump(fresh) == before
    with pytest.raises(StoreError, match="empty embedded store"):
        load_kb(fresh, rows, bulk=True)


def test_interrupted_bulk_load_finishes_through_cypher(fresh, tmp_path):
    """A bulk load that stopped after some labels: the re-run completes it to the clean graph."""
    rows = synth_kb.phases(synth_kb.generate(0.001, seed=5))
    partial = {k: v for k, v in rows.items() if PHASES.index(k) <= PHASES.index("ingest_concepts")}
    assert load_kb(fresh, partial).path == "bulk"
    assert load_kb(fresh, rows).path == "cypher"
    with open_store(load_config(make_project(tmp_path / "clean"), env={})) as clean:
        load_kb(clean, rows)
        assert dump(fresh) == dump(clean)
