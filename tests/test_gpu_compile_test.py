"""benchmarks/gpu_compile_test.py: the statistics it reports and the table it prints (no model, no GPU)."""

import importlib.util
from pathlib import Path

import pytest

pytest.importorskip("scipy")
spec = importlib.util.spec_from_file_location(
    "gpu_compile_test", Path(__file__).resolve().parents[1] / "benchmarks" / "gpu_compile_test.py")
g = importlib.util.module_from_spec(spec)
spec.loader.exec_module(g)


def test_paired_difference_and_exact_mcnemar():
    a = [True] * 30 + [False] * 10 + [True] * 5   # trained
    b = [False] * 30 + [False] * 10 + [True] * 5  # base: 30 discordant pairs, all for a
    d = g.paired(a, b, seed=0, resamples=999)
    assert d["diff"] == pytest.approx(30 / 45)
    assert (d["only_first"], d["only_second"]) == (30, 0)
    assert d["mcnemar_p"] == pytest.approx(2 * 0.5 ** 30)
    assert d["low"] < d["diff"] < d["high"] and d["low"] > 0.4
    same = g.paired(a, a, seed=0, resamples=999)
    assert same["diff"] == 0 and same["mcnemar_p"] == 1.0 and same["low"] == same["high"] == 0


def test_wilson_interval():
    lo, hi = g.wilson(30, 100)
    assert (round(lo, 3), round(hi, 3)) == (0.219, 0.396)
    assert g.wilson(0, 0) == (0.0, 1.0)


def test_table_lists_every_model_and_pair():
    row = {"n": 2, "chance": 0.25, "models": {m: {"k": 1, "acc": 0.5, "low": 0.1, "high": 0.9} for m in ("base", "K", "C")},
           "pairs": {p: {"diff": 0.0, "low": 0.0, "high": 0.0, "only_first": 0, "only_second": 0, "mcnemar_p": 1.0}
                     for p in ("K-base", "C-base", "K-C")}}
    s = {"device": "cpu", "permutations": 3, "epochs": 3, "wall_s": 1.0, "sets": {"bench": row, "questions": row},
         "train": {"K": {"examples": 2, "steps": 1, "seconds": 0.1, "loss_before": 1.0, "loss_after": 0.5}}}
    t = g.render(s)
    assert "K-C" in t and "questions" in t and "0.500 [0.10,0.90]" in t
