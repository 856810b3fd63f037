"""The report shows every accuracy beside its chance level (review R2 of 34bf772, left undone there): the repair
rounds' table and plots, and the results section of a run on an external questions file (no RESULT edges, its
chance and groups stored on the run).  Small invented graphs written directly, no ingest: fast."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("matplotlib")


def _items(store, n: int, split: str, options: int, keys: int, start: int = 0) -> list[str]:
    ids = [f"bi_{split}_{options}_{keys}_{i}" for i in range(start, start + n)]
    for i in ids:
        store.write("CREATE (:BenchItem {id: $id, kind: 'statement', question: 'Which holds?', options: $o, "
                    "correct: $c, split: $s, domain: 'geology', document: 'Rivers'})",
                    id=i, o=[f"option {j}" for j in range(options)], c=list(range(keys)), s=split)
    return ids


def _loop(store, stated: bool = True) -> None:
    """Two rounds of one loop; each round's run tested 8 dev items (4 one-of-four, 4 two-of-four) and 4 test items
    (one-of-three).  ``stated``: the runs stored their chance (prompts stated the count)."""
    dev = _items(store, 4, "dev", 4, 1) + _items(store, 4, "dev", 4, 2)
    test = _items(store, 4, "test", 3, 1)
    for rnd in (0, 1):
        store.write("CREATE (r:Run {id: $id, created: $c, n: 12, accuracy: 0.5, chance: $ch})",
                    id=f"run_{rnd}", c=f"2026-01-0{rnd + 1}T00:00:00Z", ch=0.3 if stated else None)
        for j, b in enumerate(dev + test):
            store.write("MATCH (r:Run {id: $r}), (b:BenchItem {id: $b}) CREATE (r)-[:RESULT {passed: $p}]->(b)",
                        r=f"run_{rnd}", b=b, p=j % 2 == 0)
        store.write("MATCH (r:Run {id: $run}) CREATE (x:Round {id: $id, round: $n, loop_started: 'L1', accuracy: 0.5, "
                    "fixed: 0, newly_broken: 0, guard: '-', dev_k: 4, dev_n: 8, test_k: 2, test_n: 4})-[:TESTED_BY]->(r)",
                    run=f"run_{rnd}", id=f"rd_{rnd}", n=rnd)


# dev: 4 x 1/4 + 4 x 1/6 over 8; test: 1/3
DEV_CHANCE = (4 / 4 + 4 / 6) / 8
TEST_CHANCE = 1 / 3


def test_rounds_carry_each_splits_chance(store, tmp_path):
    from proda.report.html import collect
    from proda.report.rounds import round_table_rows

    _loop(store)
    d = collect(store)
    assert [r["round"] for r in d["rounds"]] == [0, 1]
    for r in d["rounds"]:
        assert r["dev_chance"] == pytest.approx(DEV_CHANCE) and r["test_chance"] == pytest.approx(TEST_CHANCE)
        assert r["exam_chance"] is None  # not stored on a round: not guessed
    head, rows = round_table_rows(d["rounds"])
    assert head[1:7] == ["dev", "dev chance", "test (held out)", "test chance", "exam", "exam chance"]
    assert rows[0][2] == f"{100 * DEV_CHANCE:.1f} %" and rows[0][4] == "33.3 %" and rows[0][6] == "-"


def test_rounds_of_a_run_that_did_not_state_the_count_show_no_chance(store):
    from proda.report.html import collect
    from proda.report.rounds import round_table_rows

    _loop(store, stated=False)
    d = collect(store)
    assert all(r["dev_chance"] is None and r["test_chance"] is None for r in d["rounds"])
    _, rows = round_table_rows(d["rounds"])
    assert rows[0][2] == "-" and rows[0][4] == "-"


def test_round_plots_draw_the_chance_level(monkeypatch):
    from proda.report import plots, rounds

    figs = []
    monkeypatch.setattr(plots, "_png", lambda fig: figs.append(fig) or "data:image/png;base64,")
    rs = [{"round": i, "accuracy": 0.5, "fixed": 0, "newly_broken": 0, "dev_k": 4, "dev_n": 8, "test_k": 2,
           "test_n": 4, "dev_chance": DEV_CHANCE, "test_chance": TEST_CHANCE, "exam_chance": None} for i in (0, 1)]
    plots.plot_rounds(rs)
    rounds.plot_split_rounds(rs)
    history, split = figs
    labels = [ln.get_label() for ln in history.axes[0].get_lines()]
    assert "chance (dev)" in labels
    line = next(ln for ln in history.axes[0].get_lines() if ln.get_label() == "chance (dev)")
    assert list(line.get_ydata()) == pytest.approx([100 * DEV_CHANCE] * 2)
    labels = [ln.get_label() for ln in split.axes[0].get_lines()]
    assert any("dev" in lb and "chance" in lb for lb in labels) and any("test" in lb and "chance" in lb for lb in labels)
    assert not any("exam" in lb for lb in labels)  # no exam series, no exam chance


def _external_run(store, chance: float | None) -> None:
    from proda.evaluate.results import summarize
    from proda.evaluate.scoring import ItemResult

    res = [ItemResult(f"q{i}", [0], [0 if i < 6 else 1], [0.1] * 4, i < 6, domain="exam", document="exam.jsonl",
                      chance=None if chance is None else 0.25) for i in range(10)]
    s = summarize(res)
    store.write("CREATE (:Run {id: 'run_ext', created: '2026-02-01T00:00:00Z', kind: 'external', source: 'exam.jsonl', "
                "n: 10, accuracy: 0.6, chance: $ch, summary: $s})", ch=s["chance"], s=json.dumps(s))


def test_results_of_an_external_run_come_from_its_stored_summary(store, tmp_path):
    from proda.report.html import build_report

    _external_run(store, 0.25)
    out, d = build_report(store, tmp_path / "r.html")
    html = out.read_text()
    assert d["run"] == "run_ext"
    assert "No runs yet" not in html and "not recorded" not in html
    assert "Benchmark results · run run_ext" in html
    assert "<b>25.0%</b><span>chance: a guesser of the stated number of answers" in html
    assert "<b>10</b><span>items scored</span>" in html and "<b>4</b><span>failed</span>" in html
    assert "exam.jsonl" in html


def test_an_external_run_stored_before_the_count_was_stated_says_so(store, tmp_path):
    from proda.report.html import build_report

    _external_run(store, None)
    html = build_report(store, tmp_path / "r.html")[0].read_text()
    assert "chance: not recorded for this run" in html and "<b>10</b><span>items scored</span>" in html
