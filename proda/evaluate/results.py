"""Storing test runs and summarising them.

A run of the proda benchmark is a ``Run`` node ``OF_MODEL`` its ``Model`` with one
``RESULT {predicted, correct, scores, passed}`` edge per ``BenchItem``.  A run on
an external questions file is a ``Run`` node too (``kind: 'external'``,
``source``: the file; no item edges, since its questions are not graph nodes).
Every run's per-item results are also written as JSON lines to
``<project>/.proda/runs/<run id>.jsonl`` and the summary is kept on the node as a
JSON string (``summary``); every accuracy in it carries its 95 % Wilson interval
(``ci``: [low, high]) and the chance level of the same items (``chance``: the mean of
``ItemResult.chance``, what a uniform guesser of the stated number of answers passes;
None for a run stored before prompts stated the count), so a weak model's accuracy is
read against guessing.  Readers take ``chance`` with ``.get``: older summaries lack it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path

from proda.evaluate.scoring import ItemResult
from proda.ids import digest

RUNS_DIR = ".proda/runs"


def _group(results: Sequence[ItemResult], key) -> dict[str, dict]:
    g: dict[str, list[ItemResult]] = defaultdict(list)
    for r in results:
        g[str(key(r))].append(r)
    return {k: {"n": len(v), "passed": sum(r.passed for r in v), "accuracy": round(sum(r.passed for r in v) / len(v), 4),
                "ci": _ci(sum(r.passed for r in v), len(v)), "chance": chance_of(v)} for k, v in sorted(g.items())}


def chance_of(results: Sequence[ItemResult]) -> float | None:
    """The chance level of ``results``: the mean of their items' chance (None when any is unknown: an old run)."""
    known = [r.chance for r in results if r.chance is not None]
    return round(sum(known) / len(known), 4) if known and len(known) == len(results) else None


def _ci(k: int, n: int) -> list[float]:
    """The 95 % Wilson interval of k of n (every stored accuracy carries one)."""
    from proda.stats import wilson

    w = wilson(k, n)
    return [round(w.low, 4), round(w.high, 4)]


def summarize(results: Sequence[ItemResult]) -> dict:
    n = len(results)
    opts = sum(len(r.scores) for r in results)
    return {
        "n": n,
        "passed": sum(r.passed for r in results),
        "accuracy": round(sum(r.passed for r in results) / n, 4) if n else 0.0,
        "ci": _ci(sum(r.passed for r in results), n),
        "chance": chance_of(results),
        "option_accuracy": round(sum(r.option_hits for r in results) / opts, 4) if opts else 0.0,
        "by_domain": _group(results, lambda r: r.domain or "-"),
        "by_document": _group(results, lambda r: r.document or "-"),
        "by_chain_length": _group(results, lambda r: r.chain_length or "-"),
    }


def new_run_id(model_id: str, source: str) -> tuple[str, str]:
    created = datetime.now(timezone.utc).isoformat(timespec="microseconds")
    return "run_" + digest(model_id, source, created), created[:19] + "+00:00"


def write_jsonl(path: Path, results: Sequence[ItemResult]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        for r in results:
            f.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")
    tmp.replace(path)
    return path


def save_run(store, project_dir: Path, *, model: dict, results: Sequence[ItemResult], kind: str = "bench",
             bench_version: str | None = None, source: str = "", method: str = "", runner: str = "hf",
             extra: dict | None = None) -> dict:
    """Write the Run node (+ RESULT edges for benchmark items) and the JSONL file; returns the run's props."""
    run_id, created = new_run_id(model["id"], source or str(bench_version))
    summary = summarize(results)
    jsonl = write_jsonl(Path(project_dir) / RUNS_DIR / f"{run_id}.jsonl", results)
    props = {"model": model["id"], "created": created, "n": summary["n"], "accuracy": summary["accuracy"],
             "chance": summary["chance"], "option_accuracy": summary["option_accuracy"],
             "bench_version": bench_version, "kind": kind,
             "source": source, "method": method, "runner": runner, "results_path": str(jsonl),
             "summary": json.dumps(summary), **(extra or {})}
    store.write("run_create", id=run_id, props=props, model=model["id"], model_base=model.get("base", ""),
                model_path=model.get("path", ""), created=created)
    if kind == "bench":
        rows = [{"item": r.id, "predicted": r.predicted, "correct": r.correct, "scores": r.scores,
                 "passed": r.passed} for r in results]
        store.write_rows("run_results", rows, run=run_id)
    return {"id": run_id, **props, "summary": summary}

