"""``proda loop`` end to end on the astronomy corpus with a tiny from-scratch model (slow: real training)."""

from __future__ import annotations

import json

import pytest

from conftest import make_project, run_proda


@pytest.mark.slow
def test_loop_records_rounds_and_diffs(tmp_path, corpora):
    from proda.config import load_config
    from proda.datasets import load_train_items
    from proda.graphdb.store import open_store
    from proda.train.models import build_tiny_model

    guard = corpora / "mmlu-redux"
    project = make_project(tmp_path / "kb", f'[repair]\nguard_dir = "{guard}"\nguard_subjects = ["astronomy"]\n'
                                            'guard_limit = 20\n')
    run_proda("ingest", str(corpora / "astronomy" / "corpus"), project=project, check=True)
    run_proda("build", "train", project=project, check=True)
    run_proda("build", "bench", "--per-chain", "4", project=project, check=True)
    cfg = load_config(project, env={})
    with open_store(cfg) as store:
        texts = [f"{t.prompt}\n{t.answer}" for t in load_train_items(store)]
    base = build_tiny_model(tmp_path / "tiny", texts, vocab_size=600, width=64, layers=2)
    r = run_proda("loop", "--base", str(base), "--rounds", "1", "--rank", "0", "--lr", "1e-3", "--epochs", "2",
                  "--json", project=project, timeout=900)
    assert r.returncode == 0, r.stderr[-3000:]
    rows = json.loads(r.stdout)
    assert [x["round"] for x in rows][:1] == [0] and 1 <= len(rows) <= 2
    assert rows[0]["guard"] is not None  # 20 MMLU-Redux astronomy rows
    with open_store(cfg) as store:
        stored = store.read("analytics_rounds")
        assert [s["round"] for s in stored] == [x["round"] for x in rows]
        if len(rows) == 2:
            one = rows[1]
            assert one["patch_items"] > 0 and one["version_name"] == "train-v2"
            assert sum(one["classes"].values()) > 0  # the failures of round 0 were diagnosed
            parent = store.read_only("MATCH (v:DatasetVersion {id: $id}) RETURN v.parent AS p", {"id": one["version"]})
            assert parent[0]["p"] == rows[0]["version"]
    if len(rows) == 2:
        d = run_proda("diff", rows[0]["run"], rows[1]["run"], "--json", project=project, check=True)
        counts = json.loads(d.stdout)["counts"]
        assert counts["fixed"] == rows[1]["fixed"] and counts["newly_broken"] == rows[1]["newly_broken"]
