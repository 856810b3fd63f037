"""Issue 15, item 1: the read-only query path is enforced by the server, not by a keyword filter.

Every write the embedded engine offers (plain Cypher clauses, each write procedure
and its ``apoc.`` alias, schema DDL, ``LOAD CSV`` of a local file) goes through
``GraphStore.read_only`` and must be refused with the store unchanged; reads that
merely contain a keyword-like word (``AS set``) must run.
"""

from __future__ import annotations

import hashlib
import json
import os

import pytest

from conftest import make_project, run_proda
from proda.graphdb.errors import ReadOnlyQuery
from proda.graphdb.readonly import WRITE_PROCEDURES, write_procedures_in_engine

WIPE = "CALL do.when(true, 'MATCH (n) DETACH DELETE n', '', {}) YIELD value RETURN count(*) AS c"


def _seed(store) -> None:
    store.write("UNWIND range(1, 5) AS i MERGE (c:Concept {id: 'c' + toString(i)}) "
                "SET c.name = 'concept ' + toString(i), c.key = 'concept ' + toString(i)")
    store.write("MATCH (a:Concept {id: 'c1'}), (b:Concept {id: 'c2'}) MERGE (a)-[:PREREQUISITE]->(b)")


def _digest(store) -> str:
    nodes = store.read("MATCH (n) RETURN labels(n) AS l, properties(n) AS p ORDER BY n.id")
    edges = store.read("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b ORDER BY a, t, b")
    return hashlib.sha256(json.dumps([nodes, edges], sort_keys=True, default=str).encode()).hexdigest()


def _hostile(secret_file: str) -> list[str]:
    qs = [
        WIPE,
        "CALL apoc.do.when(true, 'MATCH (n) DETACH DELETE n', '', {}) YIELD value RETURN count(*) AS c",
        "MATCH (n) DETACH DELETE n",
        "CREATE (z:Concept {id: 'zed'}) RETURN z.id AS id",
        "MATCH (c:Concept) SET c.name = 'hacked' RETURN count(c) AS c",
        "MATCH (c:Concept {id: 'c1'}) REMOVE c.name RETURN c.id AS id",
        "MERGE (z:Zed {id: 'x'}) RETURN z.id AS id",
        "CREATE INDEX IF NOT EXISTS FOR (n:Concept) ON (n.name)",
        "MATCH (a:Concept {id: 'c1'}), (b:Concept {id: 'c2'}) CALL refactor.mergeNodes([a, b]) YIELD node RETURN node",
        "MATCH (a:Concept {id: 'c1'}), (b:Concept {id: 'c2'}) CALL apoc.refactor.mergeNodes([a, b]) YIELD node "
        "RETURN node",
        "MATCH (a:Concept {id: 'c1'}) CALL refactor.cloneNodesWithRelationships([a]) YIELD output RETURN output",
        "MATCH (a:Concept {id: 'c1'}) CALL apoc.refactor.cloneNodesWithRelationships([a]) YIELD output RETURN output",
        "CALL merge.node(['Concept'], {id: 'merged'}) YIELD node RETURN node",
        "CALL apoc.merge.node(['Concept'], {id: 'merged'}) YIELD node RETURN node",
        "MATCH (a:Concept {id: 'c3'}), (b:Concept {id: 'c4'}) CALL merge.relationship(a, 'PREREQUISITE', {}, {}, b) "
        "YIELD rel RETURN rel",
        "MATCH (a:Concept {id: 'c3'}), (b:Concept {id: 'c4'}) CALL apoc.merge.relationship(a, 'PREREQUISITE', {}, "
        "{}, b) YIELD rel RETURN rel",
        "CALL db.migrateLegacyTemporals()",
        f"LOAD CSV FROM 'file://{secret_file}' AS row RETURN row",
        f"LOAD CSV FROM '{secret_file}' AS row RETURN row",
        "MATCH (c:Concept {id: 'c5'}) CALL { WITH c DETACH DELETE c } RETURN 1 AS x",
        "MATCH (c:Concept) FOREACH (x IN [1] | SET c.name = 'x') RETURN count(c) AS c",
    ]
    return qs


def test_every_write_is_refused_by_the_server_and_reads_still_run(store, tmp_path):
    # the list the tests cover is the engine's own list of write procedures
    engine = set(write_procedures_in_engine())
    assert engine and engine <= set(WRITE_PROCEDURES), engine - set(WRITE_PROCEDURES)

    _seed(store)
    before = _digest(store)
    secret = tmp_path / "secret.csv"
    secret.write_text("top-secret-line\n")
    refused, no_effect = [], []
    for q in _hostile(str(secret)):
        try:
            rows = store.read_only(q)
        except ReadOnlyQuery as e:
            assert "--write" in str(e) and "top-secret" not in str(e)
            refused.append(q)
        else:  # the engine's clone procedure swallows the refusal per node and yields null: nothing written
            assert "top-secret" not in json.dumps(rows, default=str)
            no_effect.append(q)
        assert _digest(store) == before, f"store changed by: {q}"
    assert all("cloneNodesWithRelationships" in q for q in no_effect), no_effect
    assert len(refused) == len(_hostile(str(secret))) - len(no_effect)
    # reads whose aliases look like keywords are not refused any more
    assert store.read_only("MATCH (c:Concept {id: 'c1'}) RETURN c.name AS set") == [{"set": "concept 1"}]
    assert store.read_only("MATCH (c:Concept) WHERE c.name = 'DELETE' RETURN count(c) AS n") == [{"n": 0}]
    assert store.read_only("MATCH (c:Concept) RETURN count(c) AS n") == [{"n": 5}]
    # --write still writes
    store.write_text("MERGE (z:Zed {id: 'ok'})")
    assert store.count("MATCH (z:Zed) RETURN count(z) AS n") == 1


def test_query_cli_wipe_refused_then_allowed_with_write(tmp_path):
    d = make_project(tmp_path / "kb")
    p = run_proda("query", "UNWIND range(1, 3) AS i CREATE (:Concept {id: toString(i)})", "--write",
                  project=d, timeout=180)
    assert p.returncode == 0, p.stderr
    p = run_proda("query", WIPE, project=d, timeout=180)
    assert p.returncode == 1 and "Traceback" not in p.stderr
    assert "--write" in p.stderr and len(p.stderr.strip().splitlines()) == 1
    p = run_proda("query", "MATCH (c:Concept) RETURN count(c) AS n", "--json", project=d, timeout=180)
    assert json.loads(p.stdout) == [{"n": 3}]


def _one_line(p, *needles: str) -> None:
    assert p.returncode == 1, (p.returncode, p.stdout, p.stderr)
    lines = [ln for ln in p.stderr.strip().splitlines() if "━" not in ln]  # progress bars are not messages
    assert "Traceback" not in p.stderr and len(lines) == 1, p.stderr
    for n in needles:
        assert n in p.stderr, p.stderr


def test_every_fault_is_one_line(tmp_path):
    """Issue 15, items 6 and 7: each of these printed a traceback, hung, or exited 0 silently."""
    d = make_project(tmp_path / "kb")
    _one_line(run_proda("kb", "stats", project=d, env={"NEO4J_URI": "http://127.0.0.1:1"}), "not a graph database URI")
    _one_line(run_proda("kb", "stats", project=d, env={"NEO4J_URI": "not a uri"}), "not a graph database URI")
    _one_line(run_proda("kb", "stats", project=d, env={"PRODA_STORE_HEAP": "banana"}), "PRODA_STORE_HEAP")
    _one_line(run_proda("kb", "stats", project=d, env={"PRODA_STORE_HEAP": "8m"}), "PRODA_STORE_HEAP")
    _one_line(run_proda("kb", "stats", project=d, env={"PRODA_STORE_PATH": "/dev/null"}), "not a folder")
    _one_line(run_proda("query", "RETURN $n AS n", "--param", "n=123456789012345678901234567890", project=d),
              "64-bit")
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.docx").write_text("x")
    _one_line(run_proda("ingest", str(empty), project=d), "no supported files")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    _one_line(run_proda("ingest", str(fifo), project=d, timeout=300), "not a regular file")
    # --json is strict JSON: NaN becomes null
    p = run_proda("query", "RETURN 0.0 / 0.0 AS x, 1 AS set", "--json", project=d, timeout=300)
    assert p.returncode == 0 and json.loads(p.stdout) == [{"x": None, "set": 1}], p.stdout + p.stderr
    _one_line(run_proda("push", "--to", "http://127.0.0.1:7474", project=d, timeout=300,
                        env={"NEO4J_PASSWORD": "x"}), "not a graph database URI")
    _one_line(run_proda("push", "--to", "garbage", project=d, timeout=300, env={"NEO4J_PASSWORD": "x"}),
              "not a graph database URI")
    other = make_project(tmp_path / "filestore")
    (other / ".proda").mkdir()
    (other / ".proda" / "store").write_text("not a folder")
    _one_line(run_proda("kb", "stats", project=other), "not a folder")


def test_guide_concept_default_comes_from_this_kb(store):
    """Issue 15, item 9: the guide's $concept was one book's term ('synovial joint'), empty on any other KB."""
    from proda.report import guide_values

    store.write("MERGE (a:Concept {id: 'k1'}) SET a.name = 'kepler orbit', a.key = 'kepler orbit', a.alias_keys = [] "
                "MERGE (b:Concept {id: 'k2'}) SET b.name = 'ellipse', b.key = 'ellipse', b.alias_keys = [] "
                "MERGE (a)-[:PREREQUISITE]->(b)")
    vals = guide_values(store)
    assert vals["concept"] == "kepler orbit"
    assert store.read("guide_concept_prerequisites", concept=vals["concept"])


def test_report_runs_table_shows_scoring_and_orders(store, tmp_path):
    """Issue 15, item 9: runs scored by different methods / option orders looked alike in the report."""
    from test_explore import build_kb

    from proda.report.html import build_report

    build_kb(store)
    for rid, method, orders in (("run_a", "yesno", 2), ("run_b", "letter", 1)):
        store.write("run_create", id=rid, model="mdl_x", model_base="b", model_path="p", created=f"2026-01-0{orders}",
                    props={"model": "mdl_x", "created": f"2026-01-0{orders}", "n": 1, "accuracy": 1.0,
                           "method": method, "permutations": orders, "runner": "hf", "kind": "bench"})
    out, _ = build_report(store, tmp_path / "r.html")
    page = out.read_text(encoding="utf-8")
    runs = page[page.index("<h3>Runs</h3>"):]
    assert "<th>scoring</th>" in runs and "<th>option orders</th>" in runs
    assert "<td>yesno</td><td class=\"n\">2</td>" in runs and "<td>letter</td><td class=\"n\">1</td>" in runs
