"""The loop measures every split beside its chance level (R3 left the exam's undone): each round stores the exam's
chance (the mean of its results' ``chance``), the report's rounds table and plot show it beside the exam's accuracy
('-' for a round stored before it was), and ``proda loop``'s console table has a chance column for dev, test and
the exam.  The loop runs for real on invented items with a fixed answerer, round 0 only (no training): fast."""

from __future__ import annotations

import io
import json
from types import SimpleNamespace

import pytest

from conftest import make_project


class Answerer:
    """Answers every question with its first options (as many as the prompt asks for): deterministic."""

    supports_loglikelihood = False

    def format_prompt(self, user: str) -> str:
        return user

    def generate(self, prompts, max_new_tokens: int = 16):
        return ["A, B" if "Choose the two correct answers" in p else "A" for p in prompts]


def _bench(store) -> list:
    """6 dev items (3 one-of-four, 3 two-of-four) and 3 test items (one-of-three), stored so the run's RESULT edges
    and ``run_items_passed`` find them."""
    from proda.models import BenchItem

    items = []
    for i in range(9):
        split = "dev" if i < 6 else "test"
        n, keys = (4, [0]) if i < 3 else (4, [1, 2]) if i < 6 else (3, [i % 3])
        items.append(BenchItem(id=f"bi_{i}", question=f"Which holds of river {i}?", chain_id="ch", split=split,
                               options=[f"option {i}.{j}" for j in range(n)], correct=keys, domain="geology",
                               document="Rivers"))
    for b in items:
        store.write("CREATE (:BenchItem {id: $id, question: $q, options: $o, correct: $c, split: $s})",
                    id=b.id, q=b.question, o=b.options, c=b.correct, s=b.split)
    return items


DEV_CHANCE = (3 / 4 + 3 / 6) / 6
TEST_CHANCE = 1 / 3
# the exam: two four-option questions, one of three, one of five (one key each)
EXAM = [(["a", "b", "c", "d"], 0), (["a", "b", "c", "d"], 1), (["a", "b", "c"], 0), (["a", "b", "c", "d", "e"], 0)]
EXAM_CHANCE = (1 / 4 + 1 / 4 + 1 / 3 + 1 / 5) / 4


def _exam(tmp_path):
    from proda.repair.measure import load_exam

    f = tmp_path / "questions.jsonl"
    f.write_text("".join(json.dumps({"id": f"q{i}", "question": f"Question {i}?", "options": o, "answer_index": a,
                                     "chapter": "Rivers"}) + "\n" for i, (o, a) in enumerate(EXAM)))
    return load_exam(f)


def _run_loop(store, tmp_path, monkeypatch):
    import proda.datasets
    import proda.repair.autobuild
    from proda.config import load_config
    from proda.repair.loop import run_loop

    items = _bench(store)
    monkeypatch.setattr(proda.repair.autobuild, "ensure_versions", lambda store, cfg, log=None: {})
    monkeypatch.setattr(proda.datasets, "resolve_version", lambda store, kind, v=None: SimpleNamespace(
        id=f"{kind}_v1", name=f"{kind}-v1"))
    monkeypatch.setattr(proda.datasets, "load_bench_items", lambda store, v=None: items)
    cfg = load_config(make_project(tmp_path / "kb", '[repair]\nguard_dir = "/nonexistent/mmlu"\n'), env={})
    (tmp_path / "model").mkdir()
    return run_loop(store, cfg, rounds=0, start_model=tmp_path / "model", runner_factory=lambda p: Answerer(),
                    exam=_exam(tmp_path))


def test_a_round_stores_the_exams_chance_and_the_report_shows_it(store, tmp_path, monkeypatch):
    pytest.importorskip("matplotlib")
    from proda.report.html import collect
    from proda.report.rounds import round_table_rows

    rows = _run_loop(store, tmp_path, monkeypatch)
    r = rows[0]
    assert (r.dev.n, r.test.n, r.exam.n) == (6, 3, 4)
    assert r.exam.chance == pytest.approx(EXAM_CHANCE, abs=1e-4)
    assert r.dev.chance == pytest.approx(DEV_CHANCE, abs=1e-4) and r.test.chance == pytest.approx(TEST_CHANCE, abs=1e-4)
    assert json.loads(r.model_dump_json())["exam"]["chance"] == pytest.approx(EXAM_CHANCE, abs=1e-4)
    stored = store.read("analytics_rounds")
    assert stored[0]["exam_chance"] == pytest.approx(EXAM_CHANCE, abs=1e-4)
    d = collect(store)
    head, table = round_table_rows(d["rounds"])
    assert head[5:7] == ["exam", "exam chance"] and table[0][6] == f"{100 * EXAM_CHANCE:.1f} %"
    assert table[0][2] == f"{100 * DEV_CHANCE:.1f} %" and table[0][4] == "33.3 %"
    from proda.report import plots

    figs = []
    monkeypatch.setattr(plots, "_png", lambda fig: figs.append(fig) or "data:image/png;base64,")
    plots.plot_rounds(d["rounds"])  # the repair-history plot of a one-round loop: its dev chance is seen
    line = next(ln for ln in figs[0].axes[0].get_lines() if ln.get_label() == "chance (dev)")
    assert list(line.get_ydata()) == pytest.approx([100 * DEV_CHANCE], abs=0.01)
    assert line.get_marker() not in (None, "", " ", "None")


def test_the_loops_console_table_has_a_chance_column_for_every_split(store, tmp_path, monkeypatch):
    from rich.console import Console

    import proda.commands.repair as cmd

    rows = _run_loop(store, tmp_path, monkeypatch)
    buf = io.StringIO()
    monkeypatch.setattr(cmd, "console", Console(file=buf, width=400, color_system=None))
    cmd.print_rounds(rows)
    lines = buf.getvalue().splitlines()
    head = next(ln for ln in lines if "round" in ln and "version" in ln)
    cells = [c.strip() for c in head.split("┃") if c.strip()]
    row = next(ln for ln in lines if ln.startswith("│") and "train-v1" in ln)
    vals = dict(zip(cells, [c.strip() for c in row.split("│")[1:-1]]))
    assert vals["dev chance"] == f"{100 * DEV_CHANCE:.1f} %" and vals["test chance"] == "33.3 %"
    assert vals["exam chance"] == f"{100 * EXAM_CHANCE:.1f} %"
    assert vals["exam"].startswith(f"{100 * rows[0].exam.k / 4:.1f} % [") and vals["exam"].endswith("(n=4)")
    line = cmd.round_line(rows[0])  # the line printed as each round ends
    assert f"dev {rows[0].dev.fmt()} (chance {100 * DEV_CHANCE:.1f} %)" in line
    assert f"(chance {100 * EXAM_CHANCE:.1f} %)" in line


def test_a_round_stored_before_the_exams_chance_shows_a_dash(store, monkeypatch):
    pytest.importorskip("matplotlib")
    from proda.report import plots, rounds
    from proda.report.html import collect

    for rnd, chance in ((0, None), (1, 0.2708)):  # round 0 written before the loop stored the exam's chance
        props = {"loop": "lp_x", "loop_started": "2026-12-03T09:00:00", "round": rnd, "accuracy": 0.5, "fixed": 0,
                 "newly_broken": 0, "guard": "-", "exam_k": 2, "exam_n": 4, "exam_low": 0.15, "exam_high": 0.85}
        if chance is not None:
            props["exam_chance"] = chance
        store.write("round_write", id=f"rd_x_{rnd}", run="run_none", version="none", props=props)
    d = collect(store)
    assert [r["exam_chance"] for r in d["rounds"]] == [None, 0.2708]
    _, table = rounds.round_table_rows(d["rounds"])
    assert [t[6] for t in table] == ["-", "27.1 %"]
    figs = []
    monkeypatch.setattr(plots, "_png", lambda fig: figs.append(fig) or "data:image/png;base64,")
    rounds.plot_split_rounds(d["rounds"])
    line = next(ln for ln in figs[0].axes[0].get_lines() if ln.get_label() == "the book's exam: chance")
    assert list(line.get_ydata()) == pytest.approx([27.08])  # round 1 only: round 0's is not guessed
    assert line.get_marker() not in (None, "", " ", "None")  # a single point is seen (a lone dotted line is not)


def test_an_exam_file_that_repeats_an_id_keeps_every_question(tmp_path):
    """A questions file may give two questions one id (anatomy's questions.jsonl gives 8 ids twice); the loop keys
    its exam results by id, so the second question overwrote the first and the exam's n was short."""
    from proda.repair.measure import load_exam

    f = tmp_path / "questions.jsonl"
    rows = [("q1", "First?"), ("q2", "Second?"), ("q1", "Third, same id?"), ("q1", "Fourth, same id?")]
    f.write_text("".join(json.dumps({"id": i, "question": q, "options": ["a", "b", "c", "d"], "answer_index": 0})
                         + "\n" for i, q in rows))
    items = load_exam(f)
    assert [q.question for q in items] == [q for _, q in rows]
    assert len({q.id for q in items}) == 4 and [q.id for q in items][:2] == ["q1", "q2"]
    assert [q.id for q in load_exam(f)] == [q.id for q in items]  # the same ids each round: McNemar pairs them
