"""Dataset versions, the held-out check (contamination, coverage), exports, and the commands' bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from math import comb

import pytest
import yaml

from proda import datasets as ds
from proda.evaluate import bench
from proda.models import TrainItem
from proda.train import synth

try:
    from test_synth import build_kb
except ImportError:  # pragma: no cover
    from tests.test_synth import build_kb


def cli(store, *args: str) -> subprocess.CompletedProcess:
    """These command groups in a child process attached to the test store (the lead registers them in proda.cli)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "PRODA_"))}
    cmd = [sys.executable, "-m", "proda.commands.build", "-p", str(store.cfg.project_dir), *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env)


@pytest.fixture
def built(store):
    build_kb(store)
    train, _ = synth.generate(synth.load_kb(store), seed=0)
    items, _ = bench.generate(bench.load_chains(store), per_chain=3, seed=0)
    tv = ds.create_version(store, "train", train, {"items": len(train)}, {"seed": 0})
    bv = ds.create_version(store, "bench", items, {"items": len(items)}, {"per_chain": 3})
    return store, tv, bv, train, items


def test_versions_parents_and_no_overwrite(built):
    store, tv, bv, train, _ = built
    assert tv.name == "train-v1" and tv.parent is None and bv.name == "bench-v1"
    n_items = store.count("MATCH (t:TrainItem) RETURN count(t) AS n")
    # rebuilding the same items: a new version whose parent is the latest; items MERGE, nothing rewritten
    store.write("MATCH (t:TrainItem {id: $id}) SET t.marker = 'kept'", id=train[0].id)
    tv2 = ds.create_version(store, "train", train[:5], {"items": 5}, {})
    assert tv2.parent == tv.id and tv2.name == "train-v2"
    assert store.count("MATCH (t:TrainItem) RETURN count(t) AS n") == n_items
    assert store.read("MATCH (t:TrainItem {id: $id}) RETURN t.marker AS m", id=train[0].id)[0]["m"] == "kept"
    assert store.count("MATCH (:TrainItem)-[r:IN_VERSION]->(:DatasetVersion) RETURN count(r) AS n") == n_items + 5
    assert store.count("MATCH (:DatasetVersion {id: $a})-[:PARENT]->(:DatasetVersion {id: $b}) RETURN count(*) AS n",
                       a=tv2.id, b=tv.id) == 1
    assert ds.latest_version(store, "train").id == tv2.id
    assert len(ds.load_train_items(store)) == 5 and len(ds.load_train_items(store, "train-v1")) == len(train)
    # an explicit parent, by name
    tv3 = ds.create_version(store, "train", train[:2], {"items": 2}, {}, parent="train-v1")
    assert tv3.parent == tv.id
    assert [v.name for v in ds.list_versions(store, "train")] == ["train-v1", "train-v2", "train-v3"]
    with pytest.raises(ds.DatasetError, match="no train dataset version 'nope'"):
        ds.load_train_items(store, "nope")
    with pytest.raises(ds.DatasetError):
        ds.create_version(store, "bench", [], {}, {})
    # a version whose items were not all written (killed build) is never "latest"
    store.write("CREATE (:DatasetVersion {id: 'dv_x', kind: 'train', name: 'broken', created: '9999', complete: false})")
    assert ds.latest_version(store, "train").id == tv3.id


def test_check_clean_then_planted_overlap(built):
    store, tv, bv, train, items = built
    r = ds.check(store, store.cfg)
    assert not [f for f in r["failures"] if not f.startswith("audit:")], r["failures"]  # the tiny KB may show cues
    assert r["overlap"]["exact"] == 0
    cov = r["coverage"]
    # the small KB is (nearly) fully taught: only verified statements are, and each has few item forms here
    assert cov["statements_taught"] >= 0.9 * cov["statements"]
    assert 0 < cov["statements_tested"] < cov["statements"] and cov["chains_tested"] == 3
    assert sum(r["bench_positions"].values()) == sum(len(i.correct) for i in items)
    assert r["overlap"]["memorisable"] == 0 and "audit" in r
    # the question alone in training text is shared wording (same book), reported, not a failure
    q = items[0].question
    alone = TrainItem(id="ti_alone", type="open_qa", subtype="definition", prompt=q, answer="whatever")
    ds.create_version(store, "train", train + [alone], {"items": len(train) + 1}, {})
    r = ds.check(store, store.cfg)
    assert r["overlap"]["exact"] == 1 and r["overlap"]["memorisable"] == 0
    assert not any("memorise" in f or "with their key" in f for f in r["failures"])
    # question and key together in a training item: a model could learn the item by heart -> listed, fails
    key = "; ".join(items[0].options[k] for k in items[0].correct)
    planted = TrainItem(id="ti_planted", type="open_qa", subtype="definition", prompt=q, answer=key)
    ds.create_version(store, "train", train + [planted], {"items": len(train) + 1}, {})
    r = ds.check(store, store.cfg)
    assert not r["ok"] and r["overlap"]["memorisable"] == 1
    assert r["overlap"]["memorisable_items"][0] == {"id": items[0].id, "question": items[0].question[:120],
                                                    "train_item": "ti_planted",
                                                    "why": "question and every key option occur in the training item"}
    p = cli(store, "data", "check")
    assert p.returncode == 1, p.stdout + p.stderr
    assert "with their key in training text" in p.stderr and items[0].id in p.stderr
    p = cli(store, "data", "check", "--json", "--train-version", "train-v1")
    out = json.loads(p.stdout)
    assert out["overlap"]["memorisable"] == 0 and p.returncode == (0 if out["ok"] else 1)
    p = cli(store, "data", "audit", "--json")
    au = json.loads(p.stdout)
    assert {"bench", "train", "thresholds", "ok"} <= set(au) and p.returncode == (0 if au["ok"] else 1)


def test_export_formats_parse(built, tmp_path):
    store, tv, bv, train, items = built
    for fmt in ds.TRAIN_FORMATS:
        r = ds.export_train(ds.load_train_items(store), fmt, tmp_path / "train", version=tv.name)
        rows = [json.loads(line) for line in open(r["file"], encoding="utf-8")]
        assert len(rows) == len(train)
        info = json.loads((tmp_path / "train" / "dataset_info.json").read_text())[r["dataset"]]
        assert info["file_name"] == os.path.basename(r["file"])
        first = rows[0]
        if fmt == "messages":
            assert [m["role"] for m in first["messages"]] == ["user", "assistant"]
        elif fmt == "alpaca":
            assert first["instruction"] and first["output"] and info["columns"]["response"] == "output"
        else:
            assert [m["from"] for m in first["conversations"]] == ["human", "gpt"]
    assert set(json.loads((tmp_path / "train" / "dataset_info.json").read_text())) == \
        {f"proda_train_{f}_{ds.version_tag(tv.name)}" for f in ds.TRAIN_FORMATS}
    r = ds.export_bench(ds.load_bench_items(store), "lm-eval", tmp_path / "bench", version=bv.name)
    loader = type("TaskLoader", (yaml.SafeLoader,), {})
    loader.add_constructor("!function", lambda lo, node: lo.construct_scalar(node))  # lm-eval's tag
    task = yaml.load(open(r["task"], encoding="utf-8"), Loader=loader)
    assert task["task"] == f"proda_bench_{ds.version_tag(bv.name)}" and task["output_type"] == "multiple_choice"
    assert os.path.exists(os.path.join(os.path.dirname(r["task"]), task["dataset_kwargs"]["data_file"]))
    rows = [json.loads(line) for line in open(r["file"], encoding="utf-8")]
    assert len(rows) == len(items)
    for row in rows:
        assert len(row["choices"]) == comb(4, len(row["correct"]))  # the stated count's sets (asking.py)
        assert row["choices"][row["gold"]] == ", ".join("ABCD"[k] for k in row["correct"])
        assert all(f"{'ABCD'[k]}. {o}" in row["prompt"] for k, o in enumerate(row["options"]))


def test_commands_bad_input(store, tmp_path):
    p = cli(store, "build", "train")
    assert p.returncode == 1 and p.stderr.strip().count("\n") == 0 and "run `proda ingest`" in p.stderr
    p = cli(store, "build", "bench")
    assert p.returncode == 1 and "the knowledge base is empty: run `proda ingest` first" in p.stderr
    p = cli(store, "export", "train", "--version", "nope", "--out", str(tmp_path / "x"))
    assert p.returncode == 1 and "no train dataset" in p.stderr and p.stderr.strip().count("\n") == 0
    assert not (tmp_path / "x").exists()
    assert store.count("MATCH (v:DatasetVersion) RETURN count(v) AS n") == 0


def test_commands_build_and_export(store, tmp_path):
    build_kb(store)
    p = cli(store, "build", "train", "--per-statement", "2", "--json")
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    assert out["name"] == "train-v1" and out["items"] > 0
    p = cli(store, "build", "bench", "--per-chain", "2", "--parent", "nope")
    assert p.returncode == 1 and "no bench dataset version 'nope'" in p.stderr
    p = cli(store, "build", "bench", "--per-chain", "2")
    assert p.returncode == 0 and "bench-v1" in p.stdout, p.stdout + p.stderr
    assert "items per chapter" in p.stdout  # issue 12's figure: how many tests each chapter got
    p = cli(store, "data", "versions", "--json")
    assert [v["name"] for v in json.loads(p.stdout)] == ["train-v1", "bench-v1"]
    p = cli(store, "export", "bench", "--out", str(tmp_path / "b"))
    assert p.returncode == 0 and (tmp_path / "b" / "proda_bench_v1.yaml").exists(), p.stderr


def test_normalize_text_ascii_fast_path_matches_folding():
    from proda.datasets import normalize_text

    assert normalize_text("The Café, ÉTÉ: naïve (ACTH) 3-step!") == "the cafe ete naive acth 3 step"
    assert normalize_text("The Cafe, ETE: naive (ACTH) 3-step!") == "the cafe ete naive acth 3 step"


def test_check_a_kb_without_a_benchmark_checks_its_training_data(store):
    """Round-8 sociology and political science: no usable chain, so `build bench` made no version, and `data check`
    failed with "no bench dataset yet: run `proda build bench` first" (which the user had run).  The training data
    is checked and the missing tests are said; an explicitly named bench version that does not exist still fails."""
    build_kb(store)
    store.write("MATCH (c:Chain) OPTIONAL MATCH (c)-[:HAS_STEP]->(s:Step) DETACH DELETE c, s")  # a KB of no chain
    train, _ = synth.generate(synth.load_kb(store), seed=0)
    ds.create_version(store, "train", train, {"items": len(train)}, {"seed": 0})
    r = ds.check(store, store.cfg)
    assert r["bench_version"]["items"] == 0 and r["bench_version"]["name"] == "none"
    assert any("no benchmark dataset" in n for n in r["notes"]) and r["coverage"]["statements_taught"] > 0
    assert not [f for f in r["failures"] if not f.startswith("audit:")], r["failures"]
    with pytest.raises(ds.DatasetError, match="no bench dataset version 'bench-v9'"):
        ds.check(store, store.cfg, bench_version="bench-v9")


def test_check_without_a_benchmark_fails_where_the_kb_has_chains(built):
    """Review: with usable chains and no benchmark the build was forgotten, and `data check` says so (it must not
    claim the KB has no chain)."""
    store, *_ = built
    store.write("MATCH (v:DatasetVersion {kind: 'bench'}) DETACH DELETE v")
    with pytest.raises(ds.DatasetError, match="no bench dataset yet"):
        ds.check(store, store.cfg)
