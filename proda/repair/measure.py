"""What the loop measures every round: dev, test, the book's exam and the MMLU-style guard, each with its interval.

Why a module of its own: the loop's gain is only worth reporting with its n, a
95 % Wilson interval and, for a round-to-round change, an exact McNemar test on
the items that flipped (``proda.stats``).  Dev is what diagnosis repairs
against; test is held out from diagnosis (``proda/evaluate/split.py``); the exam
is the book's own human-written questions (``--exam``), the fairest judge of
whether the model learnt the book; the guard checks general skill does not erode.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel

from proda.stats import mcnemar_exact, wilson


class Measure(BaseModel):
    """One accuracy (k of n) with its 95 % Wilson interval, and the paired change from the previous round."""

    k: int = 0
    n: int = 0
    low: float = 0.0
    high: float = 0.0
    fixed: int = 0  # failed in the previous round, passes now
    broken: int = 0  # passed in the previous round, fails now
    p: float | None = None  # exact McNemar p-value of fixed vs broken (None in round 0)
    # what a uniform guesser passes (the mean of the items' ``asking.chance``); None when unknown: a run that did
    # not state the count, or a figure the loop does not compute it for (the guard)
    chance: float | None = None

    @property
    def rate(self) -> float | None:
        return self.k / self.n if self.n else None

    def fmt(self) -> str:
        return wilson(self.k, self.n).fmt() if self.n else "-"

    def chance_fmt(self) -> str:
        return "-" if self.chance is None else f"{100 * self.chance:.1f} %"

    def change(self) -> str:
        return "-" if self.p is None else f"+{self.fixed}/-{self.broken} p={self.p:.2g}"


def measure(passed: dict[str, bool], prev: dict[str, bool] | None = None, chance: float | None = None) -> Measure:
    """k/n with the Wilson interval; fixed/broken/McNemar against ``prev`` on the items both rounds scored;
    ``chance``: the items' chance level, carried as given."""
    k, n = sum(passed.values()), len(passed)
    r = wilson(k, n)
    m = Measure(k=k, n=n, low=round(r.low, 4), high=round(r.high, 4), chance=chance)
    if prev is not None:
        common = set(passed) & set(prev)
        m.fixed = sum(1 for i in common if passed[i] and not prev[i])
        m.broken = sum(1 for i in common if prev[i] and not passed[i])
        m.p = round(mcnemar_exact(m.fixed, m.broken), 4)
    return m


def by_split(rows: Sequence[dict]) -> dict[str, dict[str, bool]]:
    """``run_items_passed`` rows -> {split: {item: passed}} (an item without a split is dev)."""
    out: dict[str, dict[str, bool]] = {"dev": {}, "test": {}}
    for r in rows:
        out.setdefault(r.get("split") or "dev", {})[r["item"]] = bool(r["passed"])
    return out


# ----------------------------------------------------------------------------- benchmark
def evaluate_model(store, cfg, lm, model: dict, bench_version: str | None = None, progress=None) -> dict:
    """Score the benchmark version on ``lm`` and save the Run; returns the run's props (with ``summary``).

    The run's summary and node carry the dev and test accuracies separately (k, n, Wilson interval)."""
    from proda.datasets import load_bench_items, resolve_version
    from proda.evaluate.results import chance_of, save_run
    from proda.evaluate.scoring import MCQ, pick_method, score_items

    ec = cfg.eval
    v = resolve_version(store, "bench", bench_version)
    bench = load_bench_items(store, v.id)
    items = [MCQ(id=b.id, question=b.question, options=list(b.options), correct=list(b.correct), multi=True,
                 domain=b.domain, document=b.document, chain_length=b.chain_length) for b in bench]
    results = score_items(lm, items, method=ec.method, permutations=ec.permutations, threshold=ec.threshold,
                          margin=ec.margin, seed=ec.seed, max_new_tokens=ec.max_new_tokens, progress=progress)
    split = {b.id: b.split or "dev" for b in bench}
    extra: dict = {"permutations": ec.permutations}
    for s in ("dev", "test"):
        part = [r for r in results if split[r.id] == s]
        m = measure({r.id: r.passed for r in part})
        extra.update({f"{s}_k": m.k, f"{s}_n": m.n, f"{s}_low": m.low, f"{s}_high": m.high,
                      f"{s}_chance": chance_of(part)})
    method = pick_method(lm, True, ec.method)
    return save_run(store, cfg.project_dir, model=model, results=results, kind="bench", bench_version=v.id,
                    method=method, runner=ec.runner, extra=extra)


# ----------------------------------------------------------------------------- exam
def load_exam(path: Path, chapters: Sequence[str] = ()) -> list:
    """The book's human-written questions: a questions.jsonl, an MMLU-style CSV, or a folder of CSVs/JSONL.

    ``chapters``: keep questions whose chapter contains one of these, compared on letters and digits only
    (case and punctuation ignored: the folder "19-the-cardiovascular-system-the-heart" names the chapter "The
    Cardiovascular System: The Heart"), e.g. a slice's chapters.  Raises :class:`~proda.evaluate.external.QuestionsError` (one line naming the file)."""
    from proda.evaluate.external import QuestionsError, load_questions

    path = Path(path)
    if path.is_dir():
        files = sorted([*path.glob("*.csv"), *path.glob("*.jsonl")])
        if not files:
            raise QuestionsError(f"{path}: no .csv or .jsonl question files in this folder")
        items = [q for f in files for q in load_questions(f)]
    else:
        items = load_questions(path)
    items = _unique_ids(items)
    if chapters:
        import re

        def key(text: str) -> str:
            return " ".join(re.findall(r"[^\W_]+", text.lower()))

        want = [key(c) for c in chapters]
        items = [q for q in items if any(c and c in key(q.document or "") for c in want)]
        if not items:
            raise QuestionsError(f"{path}: no questions of the chapter(s) {', '.join(chapters)}")
    return items


def _unique_ids(items: list) -> list:
    """A question whose id an earlier one of the file(s) already has gets ``<id>#2``, ``#3`` ...: the loop keys the
    exam's results by id, and a repeated id would drop a question from its n (the same ids every round, in file
    order, so McNemar still pairs them)."""
    from dataclasses import replace

    seen: set[str] = {q.id for q in items}
    used: set[str] = set()
    out = []
    for q in items:
        if q.id in used:
            j = 2
            while f"{q.id}#{j}" in seen:
                j += 1
            q = replace(q, id=f"{q.id}#{j}")
            seen.add(q.id)
        used.add(q.id)
        out.append(q)
    return out


def score_exam(lm, items: Sequence, permutations: int, progress=None) -> dict[str, bool]:
    return {r.id: r.passed for r in exam_results(lm, items, permutations, progress)}


def exam_results(lm, items: Sequence, permutations: int, progress=None) -> list:
    """The exam's :class:`~proda.evaluate.scoring.ItemResult` s (each with its ``chance``)."""
    from proda.evaluate.scoring import score_items

    return score_items(lm, items, method="auto", permutations=permutations, progress=progress)


# ----------------------------------------------------------------------------- guard
GUARD_DEFAULT = "../shared/corpora/mmlu-redux"


def guard_dir(cfg) -> Path | None:
    rc = cfg.repair
    if rc.guard_dir:
        p = cfg.path(rc.guard_dir)
        return p if p.is_dir() else None
    for d in [cfg.project_dir, *cfg.project_dir.parents]:
        for p in (d / "shared" / "corpora" / "mmlu-redux", d.parent / "shared" / "corpora" / "mmlu-redux"):
            if p.is_dir():
                return p
    return None


def guard_items(cfg) -> list:
    """MMLU-Redux rows marked ok from ``repair.guard_subjects`` (``guard_limit`` each); [] when none are found."""
    return guard_status(cfg)[0]


def guard_status(cfg) -> tuple[list, str]:
    """(guard items, one line saying where they come from, or why the guard is off)."""
    from proda.evaluate.external import load_questions

    rc = cfg.repair
    d = guard_dir(cfg)
    if d is None:
        where = (f"repair.guard_dir = {rc.guard_dir!r} is not a folder" if rc.guard_dir
                 else f"repair.guard_dir is unset and no {GUARD_DEFAULT} was found above the project")
        return [], f"guard OFF: {where}; pass --guard PATH (a folder of MMLU-style mmlu_<subject>.csv files)"
    items, missing = [], []
    for subject in rc.guard_subjects:
        f = d / f"mmlu_{subject}.csv"
        if f.is_file():
            items += load_questions(f, limit=rc.guard_limit or None)
        else:
            missing.append(f.name)
    if not items:
        return [], (f"guard OFF: {d} has none of {', '.join(missing)} (repair.guard_subjects); "
                    f"pass --guard PATH or set repair.guard_subjects")
    note = f"; missing {', '.join(missing)}" if missing else ""
    return items, f"guard: {len(items)} MMLU-style rows from {d} ({', '.join(rc.guard_subjects)}{note})"


def guard_accuracy(lm, items, permutations: int = 3, progress=None) -> float | None:
    passed = guard_passed(lm, items, permutations, progress)
    return round(sum(passed.values()) / len(passed), 4) if passed else None


def guard_passed(lm, items, permutations: int = 3, progress=None) -> dict[str, bool]:
    if not items:
        return {}
    return score_exam(lm, items, permutations, progress)
