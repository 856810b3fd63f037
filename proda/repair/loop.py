"""``proda diff`` and ``proda loop``: compare runs item by item, and run train -> test -> diagnose -> repair unattended.

A loop starts from a training version (the latest by default; built with the
project's ``[build]`` settings when there is none, and so is the benchmark) and
a base model:

round 0: train the base on the version, test, measure;
round r: diagnose round r-1's run **on dev items only**, patch it (targeted),
         train **the same base** on the patched version, test, diff, measure.

Every round measures dev (what diagnosis repairs against), test (held out from
diagnosis: does the repair generalise?), the book's exam (``--exam``:
human-written questions) and the MMLU-style guard, each as k/n with a 95 %
Wilson interval, and every change against the previous round with an exact
McNemar p-value (:mod:`proda.repair.measure`), and each beside its chance level
(what a uniform guesser of the stated count passes; stored as ``<split>_chance``).
It stops after ``rounds`` repair rounds, when a round fixes no dev item, or when
the guard drops by more than
``repair.guard_margin`` against round 0: the stopping rule reads dev and the
guard, never test or the exam.  Each round is a ``Round`` node (TESTED_BY its
run, TRAINED_ON its version) and a table row.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from pydantic import BaseModel, Field

from proda.ids import digest


# ----------------------------------------------------------------------------- diff
class RunDiff(BaseModel):
    a: str
    b: str
    accuracy_a: float
    accuracy_b: float
    fixed: list[str] = Field(default_factory=list)  # failed in a, passed in b
    still_failing: list[str] = Field(default_factory=list)
    newly_broken: list[str] = Field(default_factory=list)  # passed in a, failed in b
    still_passing: list[str] = Field(default_factory=list)
    only_a: list[str] = Field(default_factory=list)
    only_b: list[str] = Field(default_factory=list)
    split: str = ""  # "" all items, else dev | test

    @property
    def p_value(self) -> float:
        """Exact McNemar p-value of fixed vs newly broken (the items that flipped)."""
        from proda.stats import mcnemar_exact

        return mcnemar_exact(len(self.fixed), len(self.newly_broken))

    def counts(self) -> dict[str, int]:
        return {k: len(getattr(self, k)) for k in ("fixed", "still_failing", "newly_broken", "still_passing",
                                                    "only_a", "only_b")}


def diff_results(a: str, b: str, ra: dict[str, bool], rb: dict[str, bool]) -> RunDiff:
    common = sorted(set(ra) & set(rb))
    acc = lambda r: round(sum(r.values()) / len(r), 4) if r else 0.0  # noqa: E731
    return RunDiff(a=a, b=b, accuracy_a=acc(ra), accuracy_b=acc(rb),
                   fixed=[i for i in common if not ra[i] and rb[i]],
                   still_failing=[i for i in common if not ra[i] and not rb[i]],
                   newly_broken=[i for i in common if ra[i] and not rb[i]],
                   still_passing=[i for i in common if ra[i] and rb[i]],
                   only_a=sorted(set(ra) - set(rb)), only_b=sorted(set(rb) - set(ra)))


def diff_runs(store, a: str, b: str, split: str | None = None) -> RunDiff:
    """Item-by-item diff of two benchmark runs; ``split`` (dev | test) keeps only that side of the benchmark."""
    from proda.repair.diagnose import DiagnosisError

    res = []
    for run in (a, b):
        rows = store.read("run_items_passed", id=run)
        if not rows:
            raise DiagnosisError(f"run {run!r} has no per-item benchmark results (unknown run, or an external one)")
        res.append({r["item"]: bool(r["passed"]) for r in rows if split is None or (r.get("split") or "dev") == split})
    d = diff_results(a, b, *res)
    d.split = split or ""
    return d


# ----------------------------------------------------------------------------- compile / test
from proda.repair.measure import (  # noqa: E402,F401  (re-exported: benchmarks and older callers import them here)
    Measure, by_split, evaluate_model, guard_accuracy, guard_dir, guard_items, guard_passed, guard_status, load_exam,
    exam_results, measure, score_exam)


def train_version(store, cfg, version: str, out: Path, tc=None, progress=None, log=None) -> dict:
    """Train ``tc.base`` (default ``cfg.train``) on a dataset version; records the Model node; returns its meta."""
    from proda.datasets import load_train_items
    from proda.train.lora import train
    from proda.train.models import resolve

    tc = tc or cfg.train
    items = load_train_items(store, version)
    res = train(items, resolve(tc.base), out, tc, dataset_version=version, progress=progress, log=log)
    meta = res.meta
    store.write("model_upsert", id=meta["id"], props={
        "base": meta["base"], "path": str(Path(out).resolve()), "created": meta["created"],
        "params": json.dumps(meta["params"]), "metrics": json.dumps(meta["metrics"]), "dataset_version": version})
    store.write("model_trained_on", id=meta["id"], version=version)
    return meta


def model_ref(lm, path: str | Path) -> dict:
    """The Model node fields for a loaded runner (the id ``proda train`` gave it, else one from its path)."""
    meta = (lm.resolved.meta if getattr(lm, "resolved", None) else None) or {}
    p = str(Path(path).resolve()) if Path(path).exists() else str(path)
    return {"id": meta.get("id") or "mdl_" + digest(p), "base": meta.get("base", str(path)), "path": p}


# ----------------------------------------------------------------------------- loop
class RoundRow(BaseModel):
    round: int
    version: str
    version_name: str = ""
    model: str
    run: str
    accuracy: float  # dev accuracy (what diagnosis and the stopping rule see)
    dev: Measure = Field(default_factory=Measure)
    test: Measure = Field(default_factory=Measure)
    exam: Measure | None = None  # --exam: the book's human-written questions
    guard_m: Measure | None = None
    fixed: int = 0  # dev items
    still_failing: int = 0
    newly_broken: int = 0
    guard: float | None = None
    guard_delta: float | None = None
    classes: dict[str, int] = Field(default_factory=dict)
    patch_items: int = 0
    replay_items: int = 0
    built: dict[str, str] = Field(default_factory=dict)  # versions the loop had to build first (round 0)
    seconds: float = 0.0
    stop: str = ""


def run_loop(store, cfg, *, base: str | None = None, rounds: int | None = None, version: str | None = None,
             out: Path | None = None, tc=None, runner_factory: Callable | None = None, start_model: Path | None = None,
             exam: list | None = None, on_round: Callable[[RoundRow], None] | None = None, progress=None,
             log=None) -> list[RoundRow]:
    """Run the loop; ``runner_factory(path) -> LM`` (default: :class:`HFRunner`) loads each trained model.

    ``start_model``: a model already trained on the start version (a ``proda train`` folder): round 0 tests it
    instead of training one.  ``exam``: external MCQs (:func:`load_exam`) scored every round.
    """
    import time

    from proda.datasets import resolve_version
    from proda.evaluate.results import chance_of
    from proda.repair.autobuild import ensure_versions
    from proda.repair.diagnose import diagnose_run
    from proda.repair.patch import make_patch

    rc = cfg.repair
    rounds = rc.rounds if rounds is None else rounds
    tc = (tc or cfg.train).model_copy(update={"base": base} if base else {})
    if runner_factory is None:
        from proda.evaluate.runners import HFRunner

        def runner_factory(path):  # noqa: E306
            return HFRunner(str(path), batch_size=cfg.eval.batch_size, device=cfg.eval.device)
    started = datetime.now(timezone.utc).isoformat(timespec="seconds")
    built = ensure_versions(store, cfg, log=log)  # a missing train or bench version is built with [build] settings
    if start_model is not None and version is None:
        meta_f = Path(start_model) / "proda_model.json"
        if meta_f.is_file():
            version = json.loads(meta_f.read_text()).get("dataset_version")
    v = resolve_version(store, "train", version)
    loop_id = "lp_" + digest(tc.base, v.id, started)
    out = Path(out) if out else cfg.project_dir / ".proda" / "loops" / loop_id
    gitems, gnote = guard_status(cfg)
    if log:
        log(gnote)
    rows: list[RoundRow] = []
    prev_run = prev_lm = None
    prev: dict[str, dict[str, bool]] = {}
    version_id, version_name = v.id, v.name
    for r in range(rounds + 1):
        t0 = time.time()
        row_extra: dict = {"built": built} if r == 0 else {}
        if r > 0:  # diagnosis reads the dev items of the previous run only (run_dev_results)
            rep = diagnose_run(store, prev_run["id"], prev_lm, depth=rc.depth, fanout=rc.fanout, orders=rc.probe_orders,
                               pass_share=rc.pass_share, margin=rc.margin, per_unit=rc.probes_per_unit, seed=rc.seed,
                               method=rc.probe_method, progress=progress)
            row_extra["classes"] = rep.classes
            try:
                patch = make_patch(store, cfg.project_dir, prev_run["id"], per_unit=rc.per_unit,
                                   replay_ratio=rc.replay_ratio, seed=rc.seed)
            except Exception as e:  # noqa: BLE001 - PatchError: nothing to patch ends the loop
                rows[-1].stop = f"no patch: {e}"
                break
            version_id, version_name = patch.version, patch.version_name
            row_extra.update(patch_items=patch.items, replay_items=patch.replay)
        mdir = out / f"round-{r}"
        if r == 0 and start_model is not None:
            mdir = Path(start_model)
            lm = runner_factory(mdir)
            ref = model_ref(lm, mdir)
            store.write("model_upsert", id=ref["id"], props={"base": ref["base"], "path": ref["path"]})
            meta = {"id": ref["id"], "base": ref["base"]}
            if log:
                log(f"round 0: starting from {mdir} (not trained again)")
        else:
            meta = _train_round(store, cfg, r, mdir, version_id, version_name, tc, progress, log)
            lm = runner_factory(mdir)
        run = evaluate_model(store, cfg, lm, {"id": meta["id"], "base": meta["base"], "path": str(mdir.resolve())},
                             progress=(lambda d, t: progress("test", d, t)) if progress else None)
        now = by_split(store.read("run_items_passed", id=run["id"]))
        chances = {s: run.get(f"{s}_chance") for s in ("dev", "test")}  # evaluate_model: the mean item chance
        if exam:
            res = exam_results(lm, exam, cfg.eval.permutations,
                               progress=(lambda d, t: progress("exam", d, t)) if progress else None)
            now["exam"], chances["exam"] = {x.id: x.passed for x in res}, chance_of(res)
        if gitems:
            now["guard"] = guard_passed(lm, gitems, cfg.eval.permutations)
        ms = {k: measure(now[k], prev.get(k) if r > 0 else None, chances.get(k)) for k in now}
        g = ms["guard"].rate if "guard" in ms else None
        g0 = rows[0].guard if rows else g
        row = RoundRow(round=r, version=version_id, version_name=version_name, model=meta["id"], run=run["id"],
                       accuracy=round(ms["dev"].rate or 0.0, 4), dev=ms["dev"], test=ms["test"], exam=ms.get("exam"),
                       guard_m=ms.get("guard"), guard=None if g is None else round(g, 4),
                       guard_delta=round(g - g0, 4) if g is not None and g0 is not None else None, **row_extra)
        if r > 0:
            row.fixed, row.newly_broken = ms["dev"].fixed, ms["dev"].broken
            row.still_failing = sum(1 for i, ok in now["dev"].items() if not ok and i in prev["dev"] and not prev["dev"][i])
        row.seconds = round(time.time() - t0, 1)
        if r > 0 and row.fixed == 0:  # the stopping rule reads dev (and the guard), never test or the exam
            row.stop = "fixed no dev item"
        elif row.guard_delta is not None and row.guard_delta < -rc.guard_margin:
            row.stop = f"guard dropped {-row.guard_delta:.1%} (> {rc.guard_margin:.1%})"
        _write_round(store, loop_id, started, row)
        rows.append(row)
        if on_round:
            on_round(row)
        prev_run, prev_lm, prev = run, lm, now
        if row.stop:
            break
    return rows


def _train_round(store, cfg, r: int, mdir: Path, version_id: str, version_name: str, tc, progress, log) -> dict:
    done = _trained(mdir, version_id, tc)
    if done:  # a loop re-run with the same --out resumes: this round's model is already there
        store.write("model_upsert", id=done["id"], props={"base": done["base"], "path": str(mdir.resolve()),
                                                           "dataset_version": version_id})
        if log:
            log(f"round {r}: reusing {mdir} (already trained on {version_name})")
        return done
    if mdir.exists():
        import shutil

        shutil.rmtree(mdir)
    if log:
        log(f"round {r}: training {tc.base} on {version_name} -> {mdir}")
    return train_version(store, cfg, version_id, mdir, tc=tc, progress=progress, log=log)

def _trained(mdir: Path, version: str, tc) -> dict | None:
    """The ``proda_model.json`` of a finished model in ``mdir`` trained on ``version`` with ``tc``'s base and
    hyper-parameters, else None."""
    f = Path(mdir) / "proda_model.json"
    if not f.is_file():
        return None
    try:
        meta = json.loads(f.read_text())
    except ValueError:
        return None
    params = meta.get("params") or {}
    same = all(params.get(k) == getattr(tc, k) for k in ("base", "epochs", "lr", "rank", "batch", "seed") if k in params)
    return meta if meta.get("dataset_version") == version and same else None


def _write_round(store, loop_id: str, started: str, row: RoundRow) -> None:
    guard = "-" if row.guard_m is None else row.guard_m.fmt() + (
        f" ({row.guard_delta:+.1%})" if row.guard_delta is not None and row.round > 0 else "")
    props = {
        "loop": loop_id, "loop_started": started, "round": row.round, "accuracy": row.accuracy, "fixed": row.fixed,
        "newly_broken": row.newly_broken, "still_failing": row.still_failing, "guard": guard,
        "guard_accuracy": row.guard, "model": row.model, "run": row.run, "version": row.version,
        "classes": json.dumps(row.classes), "patch_items": row.patch_items, "replay_items": row.replay_items,
        "built": json.dumps(row.built), "stop": row.stop, "caption": f"round {row.round}"}
    for name, m in (("dev", row.dev), ("test", row.test), ("exam", row.exam), ("guard", row.guard_m)):
        if m is not None:  # k, n, the Wilson interval, the McNemar p-value and the chance level of every figure
            props.update({f"{name}_k": m.k, f"{name}_n": m.n, f"{name}_low": m.low, f"{name}_high": m.high,
                          f"{name}_fixed": m.fixed, f"{name}_broken": m.broken, f"{name}_p": m.p,
                          f"{name}_chance": m.chance})
    store.write("round_write", id=f"rd_{loop_id[3:]}_{row.round}", run=row.run, version=row.version, props=props)
