"""blame, coverage, viz and the Neo4j Browser guide, on a small KB with a few hand-written items and a run."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import DATA


_EXPLORE = ("push", "neo4j", "blame", "coverage", "viz", "report")


def run_explore(*args: str, project: Path, env: dict | None = None):
    """``proda`` in a child process, with the explore commands registered even before cli.py lists them."""
    import os
    import subprocess
    import sys

    prog = ("import sys; from proda.cli import main; import proda.commands.explore as x\n"
            f"for n in {_EXPLORE!r}:\n    main.commands.get(n) or main.add_command(getattr(x, n))\n"
            "sys.argv[0] = 'proda'; main()")
    e = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "PRODA_"))}
    e.update(env or {})
    return subprocess.run([sys.executable, "-c", prog, "-p", str(project), *args], capture_output=True, text=True,
                          timeout=300, env=e)

INGEST = DATA / "ingest"


def build_kb(store, items: bool = True, rounds: bool = False) -> dict:
    """Ingest the two small test files; with ``items``, add train/bench items, a model, a run and diagnoses.

    Returns the ids used: concept (synovial joint), statement, chain, step, bench items, run.
    """
    from proda.ingest.pipeline import ingest

    store.cfg.resolution.enabled = False
    ingest(store, store.cfg, [INGEST], "anatomy")
    ids: dict = {}
    ids["concept"] = store.read("MATCH (c:Concept {key: 'synovial joint'}) RETURN c.id AS id")[0]["id"]
    st = store.read("MATCH (s:Statement)-[:SUBJECT|OBJECT]->(c:Concept) RETURN s.id AS id, c.id AS c ORDER BY s.id LIMIT 1")
    ids["statement"] = st[0]["id"]
    ch = store.read("MATCH (ch:Chain)-[:HAS_STEP]->(s:Step) RETURN ch.id AS chain, s.id AS step ORDER BY s.position LIMIT 1")
    ids["chain"], ids["step"] = ch[0]["chain"], ch[0]["step"]
    if not items:
        return ids
    store.write("CREATE (:DatasetVersion {id: 'dv_train', kind: 'train', name: 'train v1', caption: 'train v1'})")
    store.write("CREATE (:DatasetVersion {id: 'dv_bench', kind: 'bench', name: 'bench v1', caption: 'bench v1'})")
    store.write("MATCH (p:DatasetVersion {id: 'dv_train'}) CREATE (:DatasetVersion {id: 'dv_train2', kind: 'train'})-[:PARENT]->(p)")
    store.write("MATCH (v:DatasetVersion {id: 'dv_train'}), (c:Concept {id: $c}), (s:Statement {id: $s}) "
                "CREATE (t1:TrainItem {id: 'ti_1', type: 'definition', prompt: 'What is a synovial joint?', caption: 'ti 1'}), "
                "(t2:TrainItem {id: 'ti_2', type: 'statement', prompt: 'True or false?', caption: 'ti 2'}), "
                "(t1)-[:TEACHES]->(c), (t2)-[:TEACHES]->(s), (t1)-[:IN_VERSION]->(v), (t2)-[:IN_VERSION]->(v)",
                c=ids["concept"], s=ids["statement"])
    store.write("MATCH (v:DatasetVersion {id: 'dv_bench'}), (c:Concept {id: $c}), (s:Statement {id: $s}), "
                "(ch:Chain {id: $ch}), (st:Step {id: $st}) "
                "CREATE (b1:BenchItem {id: 'bi_1', kind: 'concept', question: 'A synovial joint is?', domain: 'anatomy', document: 'Joints', chain_length: 0, caption: 'b1'}), "
                "(b2:BenchItem {id: 'bi_2', kind: 'statement', question: 'Which is true?', domain: 'anatomy', document: 'Joints', chain_length: 0, caption: 'b2'}), "
                "(b3:BenchItem {id: 'bi_3', kind: 'chain', question: 'What comes next?', domain: 'anatomy', document: 'Blood clotting', chain_length: 3, caption: 'b3'}), "
                "(b4:BenchItem {id: 'bi_4', kind: 'step', question: 'Which step?', domain: 'physiology', document: 'Blood clotting', chain_length: 3, caption: 'b4'}), "
                "(b1)-[:TESTS {role: 'concept'}]->(c), (b2)-[:TESTS {role: 'statement'}]->(s), "
                "(b3)-[:TESTS {role: 'chain'}]->(ch), (b4)-[:TESTS {role: 'step'}]->(st), "
                "(b1)-[:IN_VERSION]->(v), (b2)-[:IN_VERSION]->(v), (b3)-[:IN_VERSION]->(v), (b4)-[:IN_VERSION]->(v)",
                c=ids["concept"], s=ids["statement"], ch=ids["chain"], st=ids["step"])
    store.write("MATCH (v:DatasetVersion {id: 'dv_train'}) "
                "CREATE (m:Model {id: 'mdl_1', base: 'tiny', path: '/models/m1', caption: 'mdl 1'})-[:TRAINED_ON]->(v), "
                "(r:Run {id: 'run_1', model: 'mdl_1', created: '2026-01-01T00:00:00Z', n: 4, accuracy: 0.5, bench_version: 'dv_bench', caption: 'run 1'})-[:OF_MODEL]->(m)")
    for item, passed in [("bi_1", True), ("bi_2", False), ("bi_3", False), ("bi_4", True)]:
        store.write("MATCH (r:Run {id: 'run_1'}), (b:BenchItem {id: $b}) "
                    "CREATE (r)-[:RESULT {predicted: 1, correct: $c, scores: [0.1, 0.9], passed: $p}]->(b)",
                    b=item, c=1 if passed else 0, p=passed)
    store.write("MATCH (r:Run {id: 'run_1'}), (b2:BenchItem {id: 'bi_2'}), (b3:BenchItem {id: 'bi_3'}), "
                "(c:Concept {id: $c}), (st:Step {id: $st}) "
                "CREATE (d1:Diagnosis {id: 'dg_1', class: 'concept_gap', caption: 'gap'}), "
                "(d2:Diagnosis {id: 'dg_2', class: 'chain_break', caption: 'break'}), "
                "(d1)-[:FOR_RUN]->(r), (d1)-[:FOR_ITEM]->(b2), (d1)-[:BLAMES]->(c), "
                "(d2)-[:FOR_RUN]->(r), (d2)-[:FOR_ITEM]->(b3), (d2)-[:BLAMES]->(st)",
                c=ids["concept"], st=ids["step"])
    if rounds:
        for i, (acc, fixed, broken) in enumerate([(0.5, 0, 0), (0.62, 5, 1), (0.7, 4, 0)]):
            store.write("CREATE (:Round {id: $id, round: $r, accuracy: $a, fixed: $f, newly_broken: $b, guard: 'pass'})",
                        id=f"round_{i}", r=i, a=acc, f=fixed, b=broken)
    ids.update(items=["bi_1", "bi_2", "bi_3", "bi_4"], run="run_1")
    return ids


# ------------------------------------------------------------------------------------ blame
def test_blame_concept_and_statement(store):
    from proda.report import blame

    ids = build_kb(store)
    b = blame(store, "Synovial Joint")
    assert b["unit"]["id"] == ids["concept"] and b["unit"]["kind"] == "Concept"
    assert {t["id"] for t in b["taught_by"]} >= {"ti_1"}
    tested = {t["id"]: t for t in b["tested_by"]}
    assert "bi_1" in tested and tested["bi_1"]["via"] == "concept"
    assert [d["id"] for d in b["diagnoses"]] == ["dg_1"]
    s = blame(store, ids["statement"])
    assert s["unit"]["kind"] == "Statement"
    assert [t["id"] for t in s["taught_by"]] == ["ti_2"]
    assert [f["item"] for f in s["failures"]] == ["bi_2"]
    assert blame(store, "no such thing at all") is None


def test_blame_and_coverage_on_a_kb_without_items(store):
    from proda.report import blame, coverage

    build_kb(store, items=False)
    b = blame(store, "synovial joint")
    assert b["taught_by"] == [] and b["tested_by"] == [] and b["failures"] == []
    cov = coverage(store)
    assert cov["concepts"] > 0 and cov["concepts_covered"] == 0 and cov["concept_coverage"] == 0.0
    store.write("MATCH (n) DETACH DELETE n")
    cov = coverage(store)
    assert cov["concepts"] == 0 and cov["concept_coverage"] == 0.0 and cov["uncovered"] == []


def test_coverage(store):
    from proda.report import coverage

    ids = build_kb(store)
    cov = coverage(store, uncovered_limit=1000)
    assert cov["concepts_taught"] == 1 and cov["concepts_tested"] == 1 and cov["concepts_covered"] == 1
    assert cov["statements_covered"] == 1
    assert cov["concept_coverage"] == pytest.approx(1 / cov["concepts"], abs=1e-4)
    unc = {u["id"] for u in cov["uncovered"]}
    assert ids["concept"] not in unc and ids["statement"] not in unc
    assert len(unc) == cov["concepts"] + cov["statements"] - 2


def test_blame_coverage_cli(store):
    ids = build_kb(store)
    p = run_explore("blame", "synovial joint", "--json", project=store.cfg.project_dir)
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["unit"]["id"] == ids["concept"]
    p = run_explore("blame", "synovial joint", project=store.cfg.project_dir)
    assert p.returncode == 0 and "bi_1" in p.stdout and "taught" in p.stdout.lower()
    p = run_explore("blame", "zzz unknown", project=store.cfg.project_dir)
    assert p.returncode == 1 and "error" in p.stderr
    p = run_explore("coverage", "--uncovered", "--json", project=store.cfg.project_dir)
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["concepts_covered"] == 1
    p = run_explore("coverage", project=store.cfg.project_dir)
    assert p.returncode == 0 and "%" in p.stdout


# ------------------------------------------------------------------------------------ guide
def test_guide_queries_run_and_file_is_browser_favourites(store, tmp_path):
    from proda.report import guide_queries, write_guide

    ids = build_kb(store)
    qs = guide_queries()
    assert len(qs) >= 6
    params = {"concept": "synovial joint", "chain": ids["chain"], "item": "bi_2", "run": "run_1", "limit": 25}
    for q in qs:
        rows = store.read(q["text"], **{k: params[k] for k in q["params"]})
        assert isinstance(rows, list), q["name"]
    out = write_guide(tmp_path / "proda.cypher")
    text = out.read_text()
    assert text.startswith("// ")
    assert text.count(":param ") >= 4
    for q in qs:
        assert f"// {q['title']}" in text
    z = write_guide(tmp_path / "proda.zip")
    import zipfile

    with zipfile.ZipFile(z) as zf:
        names = zf.namelist()
        assert len(names) == len(qs) and all(n.startswith("proda/") and n.endswith(".cypher") for n in names)
        first = zf.read(names[0]).decode()
        assert first.startswith("// ")


def _sociology_kb(store) -> None:
    """A hand-made non-anatomy KB: 'social control' has the most prerequisites and links."""
    store.write("UNWIND $names AS n CREATE (:Concept {id: 'con_' + replace(n, ' ', '_'), key: n, name: n, domain: 'sociology'})",
                names=["norm", "deviance", "social control", "sanction", "socialization", "isolated term"])
    for a, b in [("deviance", "norm"), ("social control", "deviance"), ("social control", "norm"),
                 ("sanction", "norm"), ("socialization", "norm")]:
        store.write("MATCH (a:Concept {key: $a}), (b:Concept {key: $b}) CREATE (a)-[:PREREQUISITE]->(b)", a=a, b=b)
    store.write("MATCH (a:Concept {key: 'social control'}), (b:Concept {key: 'sanction'}) "
                "CREATE (:Statement {id: 'st_1', predicate: 'uses'})-[:SUBJECT]->(a), (:Statement {id: 'st_2'})-[:OBJECT]->(a), "
                "(a)-[:RELATES {label: 'applies'}]->(b)")


def test_guide_default_concept_is_from_the_users_kb(store, tmp_path):
    from proda.report import guide_queries, guide_values, write_guide

    _sociology_kb(store)
    vals = guide_values(store)
    assert vals["concept"] == "social control"
    text = write_guide(tmp_path / "g.cypher", vals).read_text()
    assert ":param concept => 'social control';" in text and "synovial" not in text
    q = next(q for q in guide_queries() if q["name"] == "guide_concept_prerequisites")
    rows = store.read(q["text"], concept=vals["concept"])
    assert rows and all(r["p"] is not None for r in rows)
    # a KB without any prerequisite still gets one of its own terms (the most connected), never a fixed word
    store.write("MATCH ()-[r:PREREQUISITE]->() DELETE r")
    assert guide_values(store)["concept"] == "social control"
    # no store: the query file's default names no book's term
    assert ":param concept => '';" in write_guide(tmp_path / "n.cypher").read_text()
    p = run_explore("neo4j", "guide", "--out", str(tmp_path / "cli.cypher"), project=store.cfg.project_dir)
    assert p.returncode == 0, p.stderr
    assert ":param concept => 'social control';" in (tmp_path / "cli.cypher").read_text()


def test_guide_cli(store, tmp_path):
    p = run_explore("neo4j", "guide", "--out", str(tmp_path / "g.cypher"), project=store.cfg.project_dir)
    assert p.returncode == 0, p.stderr
    assert (tmp_path / "g.cypher").read_text().count("MATCH") >= 6


# -------------------------------------------------------------------------------------- viz
def test_viz_pages_self_contained(store, tmp_path):
    pytest.importorskip("neo4j_viz")
    from proda.report.viz import chain_graph, concept_graph, item_graph, render

    ids = build_kb(store)
    g = concept_graph(store, ids["concept"], depth=2, run="run_1")
    assert any(n["id"] == ids["concept"] for n in g["nodes"])
    assert any(n["kind"] == "BenchItem" and n.get("passed") is True for n in g["nodes"])
    out = render(g, tmp_path / "c.html", title="synovial joint")
    html = out.read_text()
    assert "<script" in html and not re.search(r"<script[^>]+src=[\"']https?:", html)
    assert not re.search(r"<link[^>]+href=[\"']https?:", html)
    g = chain_graph(store, ids["chain"])
    assert sum(1 for n in g["nodes"] if n["kind"] == "Step") >= 2
    g = item_graph(store, "bi_2", run="run_1")
    item = [n for n in g["nodes"] if n["id"] == "bi_2"][0]
    assert item["passed"] is False
    assert any(n["id"] == ids["statement"] for n in g["nodes"])


def test_viz_cli(store, tmp_path):
    pytest.importorskip("neo4j_viz")
    build_kb(store)
    out = tmp_path / "v.html"
    p = run_explore("viz", "synovial joint", "--depth", "2", "--out", str(out), "--run", "run_1",
                  project=store.cfg.project_dir)
    assert p.returncode == 0, p.stderr
    assert out.stat().st_size > 10_000
    p = run_explore("viz", "--item", "bi_3", "--out", str(out), project=store.cfg.project_dir)
    assert p.returncode == 0, p.stderr
    p = run_explore("viz", "nonexistent concept", "--out", str(out), project=store.cfg.project_dir)
    assert p.returncode == 1
