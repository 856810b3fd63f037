"""``proda loop`` end to end on the astronomy corpus with a tiny from-scratch model (slow: real training).

The astronomy primer describes things rather than processes, so the spaCy extractor finds no L3 chain in it (nothing
to test); a short page of explicit procedures (tests/data/procedures) is ingested beside it so the benchmark has chains.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import make_project, run_proda

PROCEDURES = Path(__file__).parent / "data" / "procedures"


@pytest.mark.slow
def test_loop_records_rounds_and_diffs(tmp_path, corpora):
    from proda.config import load_config
    from proda.datasets import load_train_items
    from proda.graphdb.store import open_store
    from proda.train.models import build_tiny_model

    guard = corpora / "mmlu-redux"
    project = make_project(tmp_path / "kb", f'[repair]\nguard_dir = "{guard}"\nguard_subjects = ["astronomy"]\n'
                                            'guard_limit = 20\n')
    run_proda("ingest", str(corpora / "astronomy" / "corpus"), str(PROCEDURES), project=project, check=True)
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


# ----------------------------------------------------------------------------- measures (fast)
def test_measure_has_wilson_interval_and_mcnemar_on_flipped_items():
    from proda.repair.measure import by_split, measure
    from proda.stats import mcnemar_exact, wilson

    before = {f"i{k}": k < 10 for k in range(40)}  # 10 of 40 pass
    after = {f"i{k}": 5 <= k < 25 for k in range(40)}  # 5 broken (i0..i4), 15 fixed (i10..i24)
    m0, m1 = measure(before), measure(after, before)
    w = wilson(20, 40)
    assert (m1.k, m1.n, m1.low, m1.high) == (20, 40, round(w.low, 4), round(w.high, 4))
    assert (m1.fixed, m1.broken) == (15, 5) and m1.p == round(mcnemar_exact(15, 5), 4)
    assert m0.p is None and m0.change() == "-" and m1.change().startswith("+15/-5 p=")
    assert m1.fmt() == w.fmt()
    rows = [{"item": "a", "passed": True, "split": "test"}, {"item": "b", "passed": False, "split": None},
            {"item": "c", "passed": True}]
    assert by_split(rows) == {"dev": {"b": False, "c": True}, "test": {"a": True}}


def test_report_rounds_show_dev_test_exam_with_intervals():
    from proda.report.rounds import plot_split_rounds, round_table_rows

    rounds = [{"round": 0, "accuracy": 0.25, "fixed": 0, "newly_broken": 0, "guard": "-", "dev_k": 10, "dev_n": 40,
               "test_k": 4, "test_n": 17, "exam_k": 30, "exam_n": 94, "dev_p": None},
              {"round": 1, "accuracy": 0.5, "fixed": 15, "newly_broken": 5, "guard": "-", "dev_k": 20, "dev_n": 40,
               "test_k": 6, "test_n": 17, "exam_k": 33, "exam_n": 94, "dev_p": 0.041, "test_p": 0.69, "exam_p": 0.5},
              {"round": 2, "accuracy": 0.5, "fixed": 1, "newly_broken": 1, "guard": "-"}]  # stored before the split
    head, rows = round_table_rows(rounds)
    # each accuracy with its chance level beside it (R3): '-' where the rounds carry none, as these do
    assert [head[i] for i in (1, 3, 5)] == ["dev", "test (held out)", "exam"]
    assert [head[i] for i in (2, 4, 6)] == ["dev chance", "test chance", "exam chance"]
    assert rows[1][1] == "50.0 % [35.2, 64.8] (n=40)" and rows[1][2] == "-"
    assert head[9] == "dev p" and rows[1][9] == "0.041" and rows[0][9] == "-"
    assert rows[2][1] == "50.0 %" and rows[2][3] == "-"
    assert plot_split_rounds(rounds).startswith("data:image/png;base64,")


# ----------------------------------------------------------------------------- unattended (slow: real training)
@pytest.mark.slow
def test_loop_on_a_freshly_ingested_kb_builds_what_it_needs(tmp_path, corpora):
    """proda init + ingest + loop: no `proda build` first; the loop builds train and bench (with a split)."""
    from proda.config import load_config
    from proda.datasets import list_versions, load_bench_items
    from proda.graphdb.store import open_store
    from proda.train.models import build_tiny_model

    project = make_project(tmp_path / "kb", '[build]\nper_chain = 4\n\n[repair]\nguard_dir = "/nonexistent/mmlu"\n')
    # two endocrine pages beside the astronomy primer: the loop builds its benchmark as `proda build bench` does
    # (distractors verified against the section's statements), and the primer alone gives a single item, no split
    endocrine = corpora / "anatomy" / "corpus" / "17-the-endocrine-system"
    run_proda("ingest", str(corpora / "astronomy" / "corpus"), str(PROCEDURES),
              str(endocrine / "m46700-the-thyroid-gland.html"),
              str(endocrine / "m46699-the-pituitary-gland-and-hypothalamus.html"), project=project, check=True)
    texts = [p.read_text(encoding="utf-8") for p in [*sorted((corpora / "astronomy" / "corpus").glob("*.md")),
                                                     *sorted(PROCEDURES.glob("*.md")), *sorted(endocrine.glob("m4669[9]*")),
                                                     *sorted(endocrine.glob("m46700*"))]]
    base = build_tiny_model(tmp_path / "tiny", texts, vocab_size=600, width=64, layers=2)
    r = run_proda("loop", "--base", str(base), "--rounds", "1", "--rank", "0", "--lr", "1e-3", "--epochs", "1",
                  "--json", project=project, timeout=900)
    assert r.returncode == 0, r.stderr[-3000:]
    assert "guard OFF" in r.stderr and "--guard PATH" in r.stderr  # said clearly, not silently
    rows = json.loads(r.stdout)
    assert rows[0]["built"]["train"].startswith("built train-v1") and rows[0]["built"]["bench"].startswith("built bench-v1")
    for x in rows:
        assert x["dev"]["n"] > 0 and x["test"]["n"] > 0 and 0 <= x["dev"]["low"] <= x["accuracy"] <= x["dev"]["high"]
    cfg = load_config(project, env={})
    with open_store(cfg) as store:
        assert [v.name for v in list_versions(store, "bench")] == ["bench-v1"]
        splits = {b.split for b in load_bench_items(store)}
        assert splits == {"dev", "test"}
        stored = store.read("analytics_rounds")
        assert stored[0]["dev_n"] == rows[0]["dev"]["n"] and stored[0]["test_n"] == rows[0]["test"]["n"]
        if len(rows) == 2:  # round 1 diagnosed round 0's run: dev items only
            test_ids = [b.id for b in load_bench_items(store) if b.split == "test"]
            hit = store.read_only("MATCH (d:Diagnosis)-[:FOR_ITEM]->(b:BenchItem) WHERE b.id IN $ids RETURN count(d) AS n",
                                  {"ids": test_ids})
            assert hit[0]["n"] == 0
