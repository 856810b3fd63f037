"""``proda push`` into a second embedded store acting as the target: counts identical, twice."""

from __future__ import annotations

import os

import pytest

from conftest import make_project
from proda.config import load_config
from proda.graphdb.push import REL_TYPES, counts, push
from proda.graphdb.store import open_store
from test_explore import build_kb, run_explore


@pytest.fixture
def target(tmp_path):
    cfg = load_config(make_project(tmp_path / "target"), env={})
    with open_store(cfg) as t:
        yield t


def test_push_twice_counts_identical(store, target):
    build_kb(store)
    src_labels, src_edges = counts(store)
    assert src_labels["Concept"] > 5 and src_edges["RELATES"] >= 1 and src_edges["RESULT"] == 4
    seen: list[tuple[str, int, int]] = []
    rep = push(store, target, batch=7, progress=lambda ph, d, t: seen.append((ph, d, t)))
    assert rep.skipped == []
    assert rep.schema.startswith("embedded")
    assert seen and seen[-1][1] <= seen[-1][2]
    assert counts(target) == (src_labels, src_edges)
    # properties survive, lists and numbers included
    c = store.read("MATCH (c:Concept) RETURN c.id AS id, c.name AS name, c.aliases AS aliases ORDER BY c.id LIMIT 3")
    assert target.read("MATCH (c:Concept) RETURN c.id AS id, c.name AS name, c.aliases AS aliases ORDER BY c.id LIMIT 3") == c
    r = store.read("MATCH (:Run)-[e:RESULT]->(b:BenchItem) RETURN b.id AS b, e.passed AS p, e.scores AS s ORDER BY b")
    assert target.read("MATCH (:Run)-[e:RESULT]->(b:BenchItem) RETURN b.id AS b, e.passed AS p, e.scores AS s ORDER BY b") == r

    rep2 = push(store, target, batch=1000)
    assert counts(target) == (src_labels, src_edges)
    assert rep2.nodes == rep.nodes and rep2.edges == rep.edges


def test_push_skips_what_the_schema_does_not_name(store, target):
    build_kb(store, items=False)
    store.write("CREATE (:Stranger {id: 'x1'})")
    store.write("MATCH (a:Concept) WITH a LIMIT 1 MATCH (b:Concept) WHERE b.id <> a.id WITH a, b LIMIT 1 "
                "CREATE (a)-[:WEIRD_LINK]->(b)")
    rep = push(store, target)
    assert any("Stranger" in s for s in rep.skipped) and any("WEIRD_LINK" in s for s in rep.skipped)
    assert "WEIRD_LINK" not in REL_TYPES
    labels, edges = counts(target)
    assert "Stranger" not in labels and "WEIRD_LINK" not in edges


def test_push_cli_into_embedded_target(store, target):
    """The real command: the source attaches to the test's store, the target is reached only through its URI."""
    build_kb(store)
    ep = target.server.endpoint
    p = run_explore("push", "--to", ep.uri, "--user", ep.user, "--password-env", "TARGET_PW",
                  "--database", ep.database, "--batch", "50",
                  project=store.cfg.project_dir, env={"TARGET_PW": ep.password})
    assert p.returncode == 0, p.stderr
    assert "pushed" in p.stdout
    assert counts(target) == counts(store)
    p = run_explore("push", "--to", ep.uri, "--user", ep.user, "--password-env", "TARGET_PW",
                  "--database", ep.database, project=store.cfg.project_dir, env={"TARGET_PW": ep.password})
    assert p.returncode == 0, p.stderr
    assert counts(target) == counts(store)


def test_push_cli_bad_target(store):
    p = run_explore("push", "--to", "bolt://127.0.0.1:1", "--password-env", "NOPE_PW",
                  project=store.cfg.project_dir, env={"NOPE_PW": "x"})
    assert p.returncode == 1
    assert p.stderr.count("\n") <= 2 and "error" in p.stderr
    assert os.environ.get("NOPE_PW") is None
