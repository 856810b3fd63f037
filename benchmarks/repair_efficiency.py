"""Targeted repair vs a random patch of the same size, on a CPU-sized slice of the anatomy book.

    python benchmarks/repair_efficiency.py [--chapters 17,22,25] [--out /tmp/repair-eff] [--epochs 6]

One run, one command:
1. ingest the chapters, ``proda build train`` and ``proda build bench``;
2. ``proda loop`` with one round on a from-scratch GPT-2 test model (4 layers, width 256, its own BPE
   tokenizer): round 0 trains it on v1 -> run 1; round 1 diagnoses run 1 with probes on that model,
   patches it (targeted), trains the same base on the patched version -> run 2;
3. the control: a random patch of the same size (same replay rule, parent v1), the same base trained on it;
4. per-item diffs against run 1: fixed and newly broken in each; the targeted/random ratio of fixed items;
5. the MMLU-Redux guard (rows marked ok, ``--guard-subjects``) before and after each;
6. three worked examples with ``proda diagnose --explain`` (failures the targeted round fixed first).

The test model knows only what the training items teach, so round 1 measures what the patch items add.
Retraining from scratch also flips items by chance (a new run, another data order): the random control
measures that noise, and the ratio is the value of targeting.  Figures go to stdout and OUT/result.json.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "anatomy" / "corpus"
MMLU = ROOT.parent / "shared" / "corpora" / "mmlu-redux"


def proda(project: Path, *args: str, json_out: bool = False):
    cmd = [sys.executable, "-m", "proda.cli", "-p", str(project), *args]
    r = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "CI": "true"})
    if r.returncode != 0:
        raise SystemExit(f"proda {' '.join(args)} failed:\n{r.stdout[-2000:]}\n{r.stderr[-2000:]}")
    return json.loads(r.stdout) if json_out else r.stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--chapters", default="17,22,25")
    ap.add_argument("--out", type=Path, default=Path("/tmp/repair-eff"))
    ap.add_argument("--epochs", type=float, default=6.0)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--width", type=int, default=256)
    ap.add_argument("--layers", type=int, default=4)
    ap.add_argument("--per-statement", type=int, default=3)
    ap.add_argument("--per-chain", type=int, default=4)
    ap.add_argument("--per-unit", type=int, default=8)
    ap.add_argument("--guard-subjects", default="anatomy,college_biology,high_school_biology")
    ap.add_argument("--guard-limit", type=int, default=60)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--control-only", action="store_true",
                    help="Keep the targeted arm of OUT/result.json; build, train and test the random control again.")
    ap.add_argument("--retrain", action="store_true", help="Train round 0 again even if OUT holds its model.")
    ap.add_argument("--fresh", action="store_true", help="Start from an empty OUT (else reuse an ingested KB there).")
    args = ap.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", str(args.threads))
    import torch

    torch.set_num_threads(args.threads)
    t_start = time.time()
    out: Path = args.out
    if args.fresh and out.exists():
        import shutil

        shutil.rmtree(out)
    project = out / "kb"
    timings: dict[str, float] = {}

    def lap(name: str, t0: float) -> None:
        timings[name] = round(time.time() - t0, 1)
        print(f"[{timings[name]:>7.1f} s] {name}", flush=True)

    # 1. KB, items, benchmark ----------------------------------------------------------------------
    t0 = time.time()
    if not (project / "proda.toml").is_file():
        proda(out, "init", str(project))
        with open(project / "proda.toml", "a", encoding="utf-8") as f:
            f.write(f"\n[repair]\nguard_dir = \"{MMLU}\"\nguard_subjects = {json.dumps(args.guard_subjects.split(','))}\n"
                    f"guard_limit = {args.guard_limit}\nper_unit = {args.per_unit}\n")
        dirs = [str(d) for c in args.chapters.split(",") for d in sorted(CORPUS.glob(f"{int(c):02d}-*"))]
        proda(project, "ingest", *dirs)
        proda(project, "build", "train", "--per-statement", str(args.per_statement))
        proda(project, "build", "bench", "--per-chain", str(args.per_chain))
    lap("ingest + build", t0)

    from proda.config import load_config
    from proda.datasets import list_versions, load_bench_items, load_train_items
    from proda.evaluate.runners import HFRunner
    from proda.graphdb.store import open_store
    from proda.repair.diagnose import diagnose_run
    from proda.repair.loop import diff_runs, evaluate_model, guard_accuracy, guard_items, run_loop, train_version
    from proda.repair.patch import make_patch
    from proda.train.models import build_tiny_model

    cfg = load_config(project)
    tc = cfg.train.model_copy(update={"rank": 0, "lr": args.lr, "epochs": args.epochs, "batch": args.batch,
                                      "weight_decay": 0.0, "max_length": 256, "save_steps": 100000})
    res: dict = {"chapters": args.chapters, "params": vars(args) | {"out": str(out)}}
    with open_store(cfg) as store:
        v1 = list_versions(store, "train")[0]  # the version `proda build train` made (later ones are patches)
        train = load_train_items(store, v1.id)
        bench = load_bench_items(store)
        res["kb"] = {r["label"]: r["n"] for r in store.read_only(
            "MATCH (n) WHERE n:Concept OR n:Statement OR n:Chain RETURN labels(n)[0] AS label, count(*) AS n")}
        res["train_items"], res["bench_items"] = len(train), len(bench)
        base = out / "base"
        if not (base / "config.json").is_file():
            texts = [f"{t.prompt}\n{t.answer}" for t in train] + [r["text"] for r in store.read("probe_step_pool", limit=100000)]
            build_tiny_model(base, texts, vocab_size=4000, width=args.width, layers=args.layers)
        tc = tc.model_copy(update={"base": str(base)})
        gitems = guard_items(cfg)
        res["guard_items"] = len(gitems)

        rc = cfg.repair

        def runner(path):
            return HFRunner(str(path), batch_size=32)

        # 2-4 (targeted arm): `proda loop` with one repair round -- round 0 trains v1, round 1 diagnoses its
        # run, patches it and retrains the same base on the patched version (Round nodes in the graph)
        t0 = time.time()
        prev = json.loads((out / "result.json").read_text()) if args.control_only else None
        if prev:  # the targeted arm of the previous run as it was; only the control is made and trained again
            from proda.repair.loop import RoundRow

            timings.update(prev.get("timings", {}))
            r0 = RoundRow(round=0, version=v1.id, model="", run=prev["run1"]["id"], accuracy=prev["run1"]["accuracy"],
                          guard=prev["run1"]["guard"])
            t = prev["targeted"]
            r1 = RoundRow(round=1, version="", model="", run=t["run"], accuracy=t["accuracy"], guard=t["guard"])
        else:
            start = out / "models" / "round-0"
            start = start if (start / "proda_model.json").is_file() and not args.retrain else None
            rows = run_loop(store, cfg, rounds=1, out=out / "models", tc=tc, runner_factory=runner, log=print,
                            start_model=start,
                            on_round=lambda r: lap(f"loop round {r.round}: accuracy {r.accuracy:.1%}, fixed {r.fixed}, "
                                                      f"newly broken {r.newly_broken}", t0))
            if len(rows) < 2:
                raise SystemExit(f"the loop stopped after round 0: {rows[0].stop}")
            r0, r1 = rows
        lm1 = runner(out / "models" / "round-0")
        rep = diagnose_run(store, r0.run, lm1, depth=rc.depth, fanout=rc.fanout, orders=rc.probe_orders,
                           pass_share=rc.pass_share, margin=rc.margin, per_unit=rc.probes_per_unit, seed=rc.seed,
                           method=rc.probe_method)  # cached verdicts: no new probes, the same diagnoses
        pt = make_patch(store, project, r0.run, control="targeted", per_unit=rc.per_unit, replay_ratio=rc.replay_ratio,
                        seed=rc.seed)
        # control arm: a random patch of the same size, same replay rule, same base, same training
        t0 = time.time()
        pr = make_patch(store, project, r0.run, control="random", per_unit=rc.per_unit, replay_ratio=rc.replay_ratio,
                        seed=rc.seed, size=pt.items)
        mdir = out / "models" / "random"
        if mdir.exists():
            import shutil

            shutil.rmtree(mdir)
        meta = train_version(store, cfg, pr.version, mdir, tc=tc)
        lm_r = runner(mdir)
        run_r = evaluate_model(store, cfg, lm_r, {"id": meta["id"], "base": meta["base"], "path": str(mdir)})
        run_r["guard"] = guard_accuracy(lm_r, gitems, cfg.eval.permutations)
        lap("random control: patch, train, test", t0)
        dt, dr = diff_runs(store, r0.run, r1.run), diff_runs(store, r0.run, run_r["id"])
        failed1 = len(dt.fixed) + len(dt.still_failing)
        res.update({
            "run1": {"id": r0.run, "accuracy": r0.accuracy, "failed": failed1, "guard": r0.guard},
            "diagnosis": {"classes": rep.classes, "top_gaps": rep.top_gaps[:10], "broken_steps": rep.broken_steps[:10],
                          "probe_stats": rep.probe_stats},
            "targeted": {"run": r1.run, "version": pt.version_name, "patch_items": pt.items, "replay": pt.replay,
                         "units": pt.units, "by_generator": pt.by_generator, "accuracy": r1.accuracy,
                         "guard": r1.guard, **dt.counts()},
            "random": {"run": run_r["id"], "version": pr.version_name, "patch_items": pr.items, "replay": pr.replay,
                       "units": pr.units, "by_generator": pr.by_generator, "accuracy": run_r["accuracy"],
                       "guard": run_r["guard"], **dr.counts()},
        })
        fixed_t, fixed_r = len(dt.fixed), len(dr.fixed)
        res["ratio_fixed_targeted_over_random"] = round(fixed_t / fixed_r, 2) if fixed_r else None
        diags = {d.item: d for d in rep.diagnoses}
        examples = []
        for cls in ("concept_gap", "chain_break", "unexplained"):
            pool = [i for i in dt.fixed if diags.get(i) and diags[i].category == cls] or \
                   [i for i in dt.still_failing if diags.get(i) and diags[i].category == cls]
            if pool:
                examples.append(pool[0])
        for i in dt.fixed + dt.still_failing:
            if len(examples) >= 3:
                break
            if i not in examples:
                examples.append(i)
        res["examples"] = examples[:3]
    res["wall_s"] = round(time.time() - t_start, 1)
    res["timings"] = timings
    (out / "result.json").write_text(json.dumps(res, indent=1, default=str))

    t, r = res["targeted"], res["random"]
    g1 = res["run1"]["guard"]
    gd = lambda g: "-" if g is None or g1 is None else f"{(g - g1) * 100:+.1f} pts"  # noqa: E731
    print()
    print(f"anatomy chapters {args.chapters}: {res['kb']}, {res['train_items']} training items, "
          f"{res['bench_items']} benchmark items; test model GPT-2 {args.layers}x{args.width} from scratch")
    print(f"v1: accuracy {res['run1']['accuracy']:.1%}, failures {res['run1']['failed']}, "
          f"guard {'-' if g1 is None else f'{g1:.1%}'} on {res['guard_items']} MMLU-Redux rows")
    print(f"diagnosis of the {res['run1']['failed']} failures: {res['diagnosis']['classes']}")
    print(f"{'':<24}{'targeted':>12}{'random':>12}")
    for k, label in (("patch_items", "patch items"), ("replay", "replay items"), ("accuracy", "accuracy after"),
                     ("fixed", "fixed"), ("newly_broken", "newly broken"), ("still_failing", "still failing")):
        fmt = (lambda v: f"{v:.1%}") if k == "accuracy" else str
        print(f"{label:<24}{fmt(t[k]):>12}{fmt(r[k]):>12}")
    print(f"{'guard delta':<24}{gd(t['guard']):>12}{gd(r['guard']):>12}")
    print(f"ratio fixed targeted / random: {res['ratio_fixed_targeted_over_random']}")
    print(f"wall time {res['wall_s']:.0f} s  ({timings})")
    print(f"worked examples: {res['examples']}")
    for item in res["examples"]:
        print("\n" + "=" * 100)
        print(proda(project, "diagnose", "--run", res["run1"]["id"], "--explain", item))


if __name__ == "__main__":
    main()
