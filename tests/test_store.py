"""The graph store against the real embedded ArcadeDB Bolt server (and Neo4j when NEO4J_URI is set)."""

from __future__ import annotations

import json
import os

import pytest

from conftest import make_project, run_proda
from proda import cypher
from proda.config import load_config
from proda.graphdb import ddl
from proda.graphdb.errors import ReadOnlyQuery, StoreUnavailable
from proda.graphdb.store import GraphStore, open_store

EVIL = "O'Neil \"x\" }) DETACH DELETE n //"


def _concept(i: str, name: str, definition: str = "") -> dict:
    from proda.ids import normalize_name

    return {"id": i, "name": name, "key": normalize_name(name), "aliases": [], "alias_keys": [], "aliases_text": "",
            "definition": definition, "type": "term", "domain": "test"}


def test_every_named_query_loads():
    assert len(cypher.names()) > 20
    for n in cypher.names():
        assert cypher.load(n).strip()
    with pytest.raises(KeyError):
        cypher.load("no_such_query")


def test_schema_is_idempotent_and_has_indexes(store):
    ddl.ensure_schema(store)
    ddl.ensure_schema(store)
    idx = store.read("SHOW INDEXES")
    names = {(tuple(r["labelsOrTypes"] or []), tuple(r["properties"] or []), r["type"]) for r in idx}
    assert (("Concept",), ("id",), "RANGE") in names
    assert any(r["type"] == "FULLTEXT" and "Concept" in (r["labelsOrTypes"] or []) for r in idx)
    assert any("embedding" in (r["properties"] or []) for r in idx)


def test_unique_id_constraint(store):
    store.write("CREATE (:Concept {id: 'dup'})")
    with pytest.raises(Exception):
        store.write("CREATE (:Concept {id: 'dup'})")


def test_batched_merge_is_idempotent(store):
    rows = [_concept(f"c{i}", f"name {i}") for i in range(2500)]
    batches = []
    store.write_rows("ingest_concepts", rows, batch_size=1000, on_batch=batches.append)
    assert batches == [1000, 1000, 500]
    store.write_rows("ingest_concepts", rows, batch_size=1000)
    assert store.count("MATCH (c:Concept) RETURN count(c) AS n") == 2500


def test_a_doubled_prerequisite_edge_is_made_single(store):
    """Two ingests racing on the same documents can each MERGE the same PREREQUISITE edge (a relationship MERGE
    between existing nodes takes no lock on the embedded store: tests/test_concurrency.py once saw 22 edges for 11);
    ``ingest_prerequisites_dedupe``, run by each ingest after its own write, keeps one per pair and leaves others."""
    store.write_rows("ingest_concepts", [_concept("pa", "alpha"), _concept("pb", "beta"), _concept("pc", "gamma")])
    store.write("MATCH (b:Concept {id: 'pb'}), (a:Concept {id: 'pa'}), (c:Concept {id: 'pc'}) "
                "CREATE (b)-[:PREREQUISITE {how: 'definition'}]->(a), (b)-[:PREREQUISITE {how: 'definition'}]->(a), "
                "(c)-[:PREREQUISITE {how: 'statement'}]->(a)")
    rows = [{"dependent": "pb", "prerequisite": "pa", "how": "definition"},
            {"dependent": "pc", "prerequisite": "pa", "how": "statement"}]
    assert store.count("MATCH ()-[p:PREREQUISITE]->() RETURN count(p) AS n") == 3
    store.write_rows("ingest_prerequisites_dedupe", rows)
    store.write_rows("ingest_prerequisites_dedupe", rows)
    got = store.read("MATCH (b)-[p:PREREQUISITE]->(a) RETURN b.id AS b, a.id AS a, p.how AS how")
    assert sorted((r["b"], r["a"], r["how"]) for r in got) == [("pb", "pa", "definition"), ("pc", "pa", "statement")]


def test_hostile_name_is_data(store):
    store.write_rows("ingest_concepts", [_concept("evil", EVIL, "a name that tries to escape"),
                                         _concept("ok", "innocent")])
    got = store.read("concept_find", key=__import__("proda.ids").ids.normalize_name(EVIL))
    assert got and got[0]["name"] == EVIL
    assert store.count("MATCH (c:Concept) RETURN count(c) AS n") == 2


def test_read_only_refuses_writes(store):
    store.write_rows("ingest_concepts", [_concept("a", "a")])
    with pytest.raises(ReadOnlyQuery):
        store.read_only("MATCH (n) DETACH DELETE n")
    assert store.count("MATCH (c:Concept) RETURN count(c) AS n") == 1
    assert store.read_only("MATCH (c:Concept) WHERE c.name = $n RETURN c.id AS id", {"n": "a"}) == [{"id": "a"}]


def test_fulltext_and_vector_search(store):
    v1, v2 = [1.0] + [0.0] * 383, [0.0, 1.0] + [0.0] * 382
    store.write_rows("ingest_concepts", [_concept("j", "synovial joint", "joint with a fluid-filled cavity"),
                                         _concept("b", "bone", "rigid organ")])
    ddl.write_embeddings(store, [{"id": "j", "embedding": v1}, {"id": "b", "embedding": v2}])
    got = store.read("MATCH (c:Concept {id: 'b'}) RETURN c.embedding AS e")[0]["e"]
    assert got[:2] == [0.0, 1.0] and len(got) == 384
    hits = ddl.search_concepts(store, "fluid")
    assert [h["id"] for h in hits] == ["j"]
    near = ddl.nearest_concepts(store, v2, k=1)
    assert near[0]["id"] == "b"


def test_second_process_attaches_to_running_store(tmp_path):
    d = make_project(tmp_path / "kb")
    with open_store(load_config(d, env={})) as s:
        s.write_rows("ingest_concepts", [_concept("x", "attached concept")])
        p = run_proda("query", "MATCH (c:Concept) RETURN c.name AS name", "--json", project=d, timeout=120)
        assert p.returncode == 0, p.stderr
        assert json.loads(p.stdout) == [{"name": "attached concept"}]
    # once the owner has stopped, the next process owns the store itself
    p = run_proda("kb", "stats", "--json", project=d, timeout=120)
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["concepts"] == 1


def test_locked_store_without_owner_info_is_reported_in_use(tmp_path):
    d = make_project(tmp_path / "kb")
    cfg = load_config(d, env={})
    with open_store(cfg):
        (cfg.path(cfg.store.path) / "server.json").unlink()  # the owner can no longer be attached to
        p = run_proda("kb", "stats", project=d, timeout=120, env={"PRODA_ATTACH_WAIT": "1"})
    assert p.returncode != 0
    assert "in use" in p.stderr and "Traceback" not in p.stderr
    assert len(p.stderr.strip().splitlines()) == 1


def test_unreachable_neo4j_is_one_clear_line(tmp_path):
    d = make_project(tmp_path / "kb")
    p = run_proda("kb", "stats", project=d, timeout=120,
                  env={"NEO4J_URI": "bolt://127.0.0.1:9", "NEO4J_PASSWORD": "x"})
    assert p.returncode == 1
    assert "cannot reach" in p.stderr and "Traceback" not in p.stderr
    assert len(p.stderr.strip().splitlines()) == 1


def test_bad_credentials_are_one_clear_line(session_store, tmp_path):
    with pytest.raises(StoreUnavailable, match="authentication failed"):
        GraphStore(session_store.uri, ("root", "wrong-password"), session_store.database, "embedded")


@pytest.mark.neo4j
@pytest.mark.skipif(not os.environ.get("NEO4J_URI"), reason="NEO4J_URI not set")
def test_neo4j_backend_round_trip(tmp_path):
    cfg = load_config(make_project(tmp_path / "kb"))
    with open_store(cfg) as s:
        assert s.backend == "neo4j"
        s.write("MATCH (c:Concept) WHERE c.id STARTS WITH 'proda-test-' DETACH DELETE c")
        s.write_rows("ingest_concepts", [_concept("proda-test-1", EVIL, "x")])
        got = s.read("MATCH (c:Concept {id: 'proda-test-1'}) RETURN c.name AS n")
        assert got == [{"n": EVIL}]
        assert ddl.search_concepts(s, "proda") is not None
        s.write("MATCH (c:Concept) WHERE c.id STARTS WITH 'proda-test-' DETACH DELETE c")


def test_query_memory_error_says_what_to_raise():
    from proda.graphdb.store import _hint

    msg = _hint("Query heap budget exceeded: the in-heap GROUP BY needs 19.00KB more")
    assert "PRODA_STORE_HEAP" in msg and "[store] heap" in msg and "GROUP BY" in msg
    assert _hint("Variable `x` not defined") == "Variable `x` not defined"


def test_jvm_heap_auto():
    from proda.graphdb.embedded import jvm_heap

    assert jvm_heap("3g") == "3g"
    assert 2 <= int(jvm_heap("auto").rstrip("g")) <= 8


def test_jvm_quick_jit_for_ingest_unless_the_environment_sets_the_compilers(monkeypatch):
    """An ingest's JVM compiles with C1 only (proda/graphdb/jvm.py: the C2 compiler's own work outweighed what it
    saved there); other commands keep both compilers; ARCADEDB_JVM_ARGS that names the compilers decides."""
    import proda.graphdb.jvm as jvm

    monkeypatch.setitem(jvm._QUICK, "on", False)
    assert jvm.jit_args("") == []
    jvm.prefer_quick_jit()
    assert jvm.jit_args("") == ["-XX:TieredStopAtLevel=1"]
    assert jvm.jit_args("-Xmx4g -XX:MaxDirectMemorySize=2g") == ["-XX:TieredStopAtLevel=1"]
    assert jvm.jit_args("-XX:TieredStopAtLevel=4") == []
    assert jvm.jit_args("-XX:-TieredCompilation") == []
