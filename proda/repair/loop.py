"""``proda diff`` and ``proda loop``: compare runs item by item, and run train -> test -> diagnose -> repair unattended.

A loop starts from a training version (the latest by default) and a base model:

round 0: train the base on the version, test, measure the guard;
round r: diagnose round r-1's run, patch it (targeted), train **the same base**
         on the patched version, test, diff against round r-1, measure the guard.

It stops after ``rounds`` repair rounds, when a round fixes nothing, or when the
guard (MMLU-Redux rows marked ok, ``repair.guard_subjects``) drops by more than
``repair.guard_margin`` against round 0.  Each round is a ``Round`` node
(TESTED_BY its run, TRAINED_ON its version) and a table row.
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


def diff_runs(store, a: str, b: str) -> RunDiff:
    from proda.repair.diagnose import DiagnosisError

    res = []
    for run in (a, b):
        rows = store.read("run_items_passed", id=run)
        if not rows:
            raise DiagnosisError(f"run {run!r} has no per-item benchmark results (unknown run, or an external one)")
        res.append({r["item"]: bool(r["passed"]) for r in rows})
    return diff_results(a, b, *res)


# ----------------------------------------------------------------------------- compile / test / guard
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


def evaluate_model(store, cfg, lm, model: dict, bench_version: str | None = None, progress=None) -> dict:
    """Score the benchmark version on ``lm`` and save the Run; returns the run's props (with ``summary``)."""
    from proda.datasets import load_bench_items, resolve_version
    from proda.evaluate.results import save_run
    from proda.evaluate.scoring import MCQ, score_items, pick_method

    ec = cfg.eval
    v = resolve_version(store, "bench", bench_version)
    bench = load_bench_items(store, v.id)
    items = [MCQ(id=b.id, question=b.question, options=list(b.options), correct=list(b.correct), multi=True,
                 domain=b.domain, document=b.document, chain_length=b.chain_length) for b in bench]
    results = score_items(lm, items, method=ec.method, permutations=ec.permutations, threshold=ec.threshold,
                          margin=ec.margin, seed=ec.seed, max_new_tokens=ec.max_new_tokens, progress=progress)
    method = pick_method(lm, True, ec.method)
    return save_run(store, cfg.project_dir, model=model, results=results, kind="bench", bench_version=v.id,
                    method=method, runner=ec.runner, extra={"permutations": ec.permutations})


def guard_dir(cfg) -> Path | None:
    rc = cfg.repair
    if rc.guard_dir:
        p = cfg.path(rc.guard_dir)
        return p if p.is_dir() else None
    for d in [cfg.project_dir, *cfg.project_dir.parents]:
        p = d / "shared" / "corpora" / "mmlu-redux"
        if p.is_dir():
            return p
        p = d.parent / "shared" / "corpora" / "mmlu-redux"
        if p.is_dir():
            return p
    return None


def guard_items(cfg) -> list:
    """MMLU-Redux rows marked ok from ``repair.guard_subjects`` (``guard_limit`` each); [] when none are found."""
    from proda.evaluate.external import load_questions

    d = guard_dir(cfg)
    if d is None:
        return []
    items = []
    for subject in cfg.repair.guard_subjects:
        f = d / f"mmlu_{subject}.csv"
        if f.is_file():
            items += load_questions(f, limit=cfg.repair.guard_limit or None)
    return items


def guard_accuracy(lm, items, permutations: int = 2, progress=None) -> float | None:
    from proda.evaluate.scoring import score_items

    if not items:
        return None
    res = score_items(lm, items, method="auto", permutations=permutations, progress=progress)
    return round(sum(r.passed for r in res) / len(res), 4)


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
    accuracy: float
    fixed: int = 0
    still_failing: int = 0
    newly_broken: int = 0
    guard: float | None = None
    guard_delta: float | None = None
    classes: dict[str, int] = Field(default_factory=dict)
    patch_items: int = 0
    replay_items: int = 0
    seconds: float = 0.0
    stop: str = ""


def run_loop(store, cfg, *, base: str | None = None, rounds: int | None = None, version: str | None = None,
             out: Path | None = None, tc=None, runner_factory: Callable | None = None, start_model: Path | None = None,
             on_round: Callable[[RoundRow], None] | None = None, progress=None, log=None) -> list[RoundRow]:
    """Run the loop; ``runner_factory(path) -> LM`` (default: :class:`HFRunner`) loads each trained model.

    ``start_model``: a model already trained on the start version (a ``proda train`` folder): round 0 tests it
    instead of training one.
    """
    import time

    from proda.datasets import resolve_version
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
    if start_model is not None and version is None:
        meta_f = Path(start_model) / "proda_model.json"
        if meta_f.is_file():
            version = json.loads(meta_f.read_text()).get("dataset_version")
    v = resolve_version(store, "train", version)
    loop_id = "lp_" + digest(tc.base, v.id, started)
    out = Path(out) if out else cfg.project_dir / ".proda" / "loops" / loop_id
    gitems = guard_items(cfg)
    if log and not gitems:
        log("guard: no MMLU-Redux files found (repair.guard_dir); the loop runs without a guard")
    rows: list[RoundRow] = []
    prev_run = prev_lm = None
    version_id, version_name = v.id, v.name
    g0 = None
    for r in range(rounds + 1):
        t0 = time.time()
        row_extra: dict = {}
        if r > 0:
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
            done = _trained(mdir, version_id, tc)
            if done:  # a loop re-run with the same --out resumes: this round's model is already there
                meta = done
                store.write("model_upsert", id=meta["id"], props={"base": meta["base"], "path": str(mdir.resolve()),
                                                                   "dataset_version": version_id})
                if log:
                    log(f"round {r}: reusing {mdir} (already trained on {version_name})")
            else:
                if mdir.exists():
                    import shutil

                    shutil.rmtree(mdir)
                if log:
                    log(f"round {r}: training {tc.base} on {version_name} -> {mdir}")
                meta = train_version(store, cfg, version_id, mdir, tc=tc, progress=progress, log=log)
            lm = runner_factory(mdir)
        run = evaluate_model(store, cfg, lm, {"id": meta["id"], "base": meta["base"], "path": str(mdir.resolve())},
                             progress=(lambda d, t: progress("test", d, t)) if progress else None)
        g = guard_accuracy(lm, gitems, cfg.eval.permutations) if gitems else None
        if r == 0:
            g0 = g
        row = RoundRow(round=r, version=version_id, version_name=version_name, model=meta["id"], run=run["id"],
                       accuracy=run["accuracy"], guard=g,
                       guard_delta=round(g - g0, 4) if g is not None and g0 is not None else None, **row_extra)
        if prev_run is not None:
            d = diff_runs(store, prev_run["id"], run["id"])
            row.fixed, row.still_failing, row.newly_broken = len(d.fixed), len(d.still_failing), len(d.newly_broken)
        row.seconds = round(time.time() - t0, 1)
        if r > 0 and row.fixed == 0:
            row.stop = "fixed nothing"
        elif row.guard_delta is not None and row.guard_delta < -rc.guard_margin:
            row.stop = f"guard dropped {-row.guard_delta:.1%} (> {rc.guard_margin:.1%})"
        _write_round(store, loop_id, started, row)
        rows.append(row)
        if on_round:
            on_round(row)
        prev_run, prev_lm = run, lm
        if row.stop:
            break
    return rows


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
    guard = "-" if row.guard is None else f"{row.guard:.1%}" + (
        f" ({row.guard_delta:+.1%})" if row.guard_delta is not None and row.round > 0 else "")
    store.write("round_write", id=f"rd_{loop_id[3:]}_{row.round}", run=row.run, version=row.version, props={
        "loop": loop_id, "loop_started": started, "round": row.round, "accuracy": row.accuracy, "fixed": row.fixed,
        "newly_broken": row.newly_broken, "still_failing": row.still_failing, "guard": guard,
        "guard_accuracy": row.guard, "model": row.model, "run": row.run, "version": row.version,
        "classes": json.dumps(row.classes), "patch_items": row.patch_items, "replay_items": row.replay_items,
        "stop": row.stop, "caption": f"round {row.round}"})
