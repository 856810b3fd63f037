"""Targeted repair vs a random patch of the same size, over several seeds, on dev, held-out test and the book's exam.

    python benchmarks/repair_efficiency.py --book anatomy --chapters 17,22,25 --seeds 0,1,2 [--out /tmp/repair-eff]

1. ingest the chapters of one shared book into a fresh project (or reuse OUT/kb); ``proda loop`` builds the
   training version and the benchmark (with its dev/test split, ``[build] test_share``);
2. per seed: ``proda loop`` with one round on a from-scratch GPT-2 test model (4 layers, width 256, its own BPE
   tokenizer; the training seed is the seed): round 0 trains it on v1, round 1 diagnoses its run on **dev**
   items, patches it (targeted) and retrains the same base;
3. the control, per seed: a random patch of the same size (units drawn from the whole KB with the same
   concept/step mix, same replay rule, parent v1), the same base trained on it with the same seed;
4. per arm and seed, on dev, test (never diagnosed) and the book's exam (questions.jsonl of those chapters):
   failures of round 0, fixed, newly broken, accuracy after with its 95 % Wilson interval, exact McNemar p;
5. the targeted/random ratio of fixed-per-patch-item (the arms have the same size), pooled over seeds, with a
   percentile bootstrap interval over seeds (paired: both arms of a seed are resampled together).

Retraining flips items by chance (another data order): the random arm measures that noise.  A ratio whose
interval holds 1 is no evidence that targeting helps.  Figures go to stdout and OUT/result.json.
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
CORPORA = Path(os.environ.get("PRODA_CORPORA", ROOT.parent / "shared" / "corpora"))
SIDES = ("dev", "test", "exam")


def proda(project: Path, *args: str) -> str:
    cmd = [sys.executable, "-m", "proda.cli", "-p", str(project), *args]
    r = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "CI": "true"})
    if r.returncode != 0:
        raise SystemExit(f"proda {' '.join(args)} failed:\n{r.stdout[-2000:]}\n{r.stderr[-2000:]}")
    return r.stdout


def arm_figures(before: dict[str, dict[str, bool]], after: dict[str, dict[str, bool]], patch_items: int) -> dict:
    """Per side: failures before, fixed, newly broken, accuracy after (Wilson) and McNemar's p."""
    from proda.repair.measure import measure

    out = {}
    for side in SIDES:
        if side not in before or side not in after:
            continue
        m = measure(after[side], before[side])
        out[side] = {"failures": sum(1 for v in before[side].values() if not v), "fixed": m.fixed,
                     "newly_broken": m.broken, "k": m.k, "n": m.n, "accuracy": m.rate, "ci": [m.low, m.high],
                     "p": m.p, "fixed_per_item": m.fixed / patch_items if patch_items else None}
    return out


def ratio_with_ci(per_seed: list[dict], side: str) -> dict:
    """Pooled targeted/random ratio of fixed-per-item and its bootstrap interval over seeds."""
    from proda.stats import bootstrap_ci

    t = [s["targeted"][side]["fixed_per_item"] for s in per_seed if side in s["targeted"]]
    r = [s["random"][side]["fixed_per_item"] for s in per_seed if side in s["random"]]
    if not t or sum(r) == 0:
        return {"ratio": None, "ci": [None, None], "seeds": len(t)}

    def stat(a, b):
        return sum(a) / sum(b) if sum(b) else float("nan")

    lo, hi = bootstrap_ci([t, r], stat, n_resamples=2000, seed=0) if len(t) >= 2 else (float("nan"), float("nan"))
    return {"ratio": round(sum(t) / sum(r), 3), "ci": [lo, hi], "seeds": len(t)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--book", default="anatomy")
    ap.add_argument("--chapters", default="17,22,25")
    ap.add_argument("--seeds", default="0,1,2")
    ap.add_argument("--out", type=Path, default=Path("/tmp/repair-eff"))
    ap.add_argument("--epochs", type=float, default=5.0)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--max-length", type=int, default=256)
    ap.add_argument("--width", type=int, default=256)
    ap.add_argument("--layers", type=int, default=4)
    ap.add_argument("--per-statement", type=int, default=3)
    ap.add_argument("--per-chain", type=int, default=4)
    ap.add_argument("--per-unit", type=int, default=8)
    ap.add_argument("--guard-subjects", default="anatomy,college_biology,high_school_biology")
    ap.add_argument("--guard-limit", type=int, default=60)
    ap.add_argument("--threads", type=int, default=int(os.environ.get("PRODA_THREADS", "2")))
    ap.add_argument("--corpora", type=Path, default=CORPORA, help="The shared corpora folder (default: ../shared/corpora "
                    "beside the checkout, or $PRODA_CORPORA).")
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
    book = args.corpora / args.book
    dirs = [d for c in args.chapters.split(",") for d in sorted((book / "corpus").glob(f"{int(c):02d}-*"))]
    if not dirs:
        raise SystemExit(f"no chapter folders {args.chapters} under {book / 'corpus'}")
    seeds = [int(s) for s in args.seeds.split(",")]

    def lap(name: str, t0: float) -> None:
        print(f"[{time.time() - t0:>7.1f} s] {name}", flush=True)

    t0 = time.time()
    if not (project / "proda.toml").is_file():
        proda(out, "init", str(project))
        with open(project / "proda.toml", "a", encoding="utf-8") as f:
            f.write(f"\n[build]\nper_statement = {args.per_statement}\nper_chain = {args.per_chain}\n"
                    f"\n[repair]\nguard_dir = \"{args.corpora / 'mmlu-redux'}\"\n"
                    f"guard_subjects = {json.dumps(args.guard_subjects.split(','))}\n"
                    f"guard_limit = {args.guard_limit}\nper_unit = {args.per_unit}\n")
        proda(project, "ingest", *map(str, dirs), "--domain", args.book)
    lap("ingest", t0)

    from proda.config import load_config
    from proda.datasets import list_versions, load_bench_items, load_train_items
    from proda.evaluate.runners import HFRunner
    from proda.graphdb.store import open_store
    from proda.repair.autobuild import ensure_versions
    from proda.repair.loop import by_split, evaluate_model, run_loop, train_version
    from proda.repair.measure import guard_status, load_exam, score_exam
    from proda.repair.patch import make_patch
    from proda.train.models import build_tiny_model

    cfg = load_config(project)
    titles = sorted({d.name.split("-", 1)[1].replace("-", " ") for d in dirs})
    exam_file = book / "questions.jsonl"
    exam = load_exam(exam_file, titles) if exam_file.is_file() else []
    res: dict = {"book": args.book, "chapters": args.chapters, "seeds": seeds, "params": vars(args) | {"out": str(out)},
                 "exam_questions": len(exam), "per_seed": []}
    with open_store(cfg) as store:
        res["built"] = ensure_versions(store, cfg)
        v1 = list_versions(store, "train")[0]
        train = load_train_items(store, v1.id)
        bench = load_bench_items(store)
        res["kb"] = {r["label"]: r["n"] for r in store.read_only(
            "MATCH (n) WHERE n:Concept OR n:Statement OR n:Chain RETURN labels(n)[0] AS label, count(*) AS n")}
        res["train_items"], res["bench_items"] = len(train), len(bench)
        res["split"] = {s: sum(b.split == s for b in bench) for s in ("dev", "test")}
        base = out / "base"
        if not (base / "config.json").is_file():
            texts = [f"{t.prompt}\n{t.answer}" for t in train] + [r["text"] for r in store.read("probe_step_pool", limit=100000)]
            build_tiny_model(base, texts, vocab_size=4000, width=args.width, layers=args.layers)
        gitems, gnote = guard_status(cfg)
        print(gnote, flush=True)

        def runner(path):
            return HFRunner(str(path), batch_size=32)

        for seed in seeds:
            t0 = time.time()
            tc = cfg.train.model_copy(update={"rank": 0, "lr": args.lr, "epochs": args.epochs, "batch": args.batch,
                                              "weight_decay": 0.0, "max_length": args.max_length,
                                              "save_steps": 100000, "base": str(base), "seed": seed})
            scfg = cfg.model_copy(update={"repair": cfg.repair.model_copy(update={"seed": seed})})
            rows = run_loop(store, scfg, rounds=1, out=out / "models" / f"seed-{seed}", tc=tc, runner_factory=runner,
                            exam=exam, log=print)
            if len(rows) < 2:
                print(f"seed {seed}: the loop stopped after round 0: {rows[0].stop}")
                continue
            r0, r1 = rows
            lap(f"seed {seed}: targeted round: dev {r1.dev.fmt()}, test {r1.test.fmt()}", t0)
            before = by_split(store.read("run_items_passed", id=r0.run))
            after_t = by_split(store.read("run_items_passed", id=r1.run))
            lm0 = runner(out / "models" / f"seed-{seed}" / "round-0")
            if exam:
                before["exam"] = score_exam(lm0, exam, cfg.eval.permutations)
                after_t["exam"] = score_exam(runner(out / "models" / f"seed-{seed}" / "round-1"), exam,
                                             cfg.eval.permutations)
            pt = make_patch(store, project, r0.run, control="targeted", per_unit=cfg.repair.per_unit,
                            replay_ratio=cfg.repair.replay_ratio, seed=seed)
            t0 = time.time()
            pr = make_patch(store, project, r0.run, control="random", per_unit=cfg.repair.per_unit,
                            replay_ratio=cfg.repair.replay_ratio, seed=seed, size=pt.items)
            mdir = out / "models" / f"seed-{seed}" / "random"
            if mdir.exists():
                import shutil

                shutil.rmtree(mdir)
            meta = train_version(store, cfg, pr.version, mdir, tc=tc)
            lm_r = runner(mdir)
            run_r = evaluate_model(store, cfg, lm_r, {"id": meta["id"], "base": meta["base"], "path": str(mdir)})
            after_r = by_split(store.read("run_items_passed", id=run_r["id"]))
            if exam:
                after_r["exam"] = score_exam(lm_r, exam, cfg.eval.permutations)
            lap(f"seed {seed}: random control", t0)
            res["per_seed"].append({
                "seed": seed, "round0": {s: {"k": sum(v.values()), "n": len(v)} for s, v in before.items()},
                "classes": r1.classes, "patch_items": pt.items, "random_items": pr.items,
                "units": {"targeted": pt.units, "random": pr.units},
                "targeted": arm_figures(before, after_t, pt.items), "random": arm_figures(before, after_r, pr.items),
                "runs": {"round0": r0.run, "targeted": r1.run, "random": run_r["id"]}})
            (out / "result.json").write_text(json.dumps(res, indent=1, default=str))
    res["ratio"] = {side: ratio_with_ci(res["per_seed"], side) for side in SIDES}
    res["wall_s"] = round(time.time() - t_start, 1)
    (out / "result.json").write_text(json.dumps(res, indent=1, default=str))
    print_result(res)


def print_result(res: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    from proda.stats import wilson

    con = Console(width=160)
    con.print(f"{res['book']} chapters {res['chapters']}: {res['kb']}, {res['train_items']} training items, "
              f"{res['bench_items']} benchmark items (dev {res['split']['dev']}, test {res['split']['test']}), "
              f"{res['exam_questions']} exam questions; seeds {res['seeds']}", highlight=False)
    t = Table(title="targeted vs random patch of the same size, per seed (accuracy after: 95 % Wilson; p: exact McNemar)")
    for c in ("seed", "side", "round 0", "failures", "arm", "patch items", "fixed", "newly broken", "accuracy after", "p"):
        t.add_column(c, justify="left" if c in ("side", "arm") else "right")
    for s in res["per_seed"]:
        for side in SIDES:
            if side not in s["targeted"]:
                continue
            r0 = s["round0"][side]
            for arm in ("targeted", "random"):
                f = s[arm][side]
                t.add_row(str(s["seed"]), side, wilson(r0["k"], r0["n"]).fmt(), str(f["failures"]), arm,
                          str(s["patch_items"] if arm == "targeted" else s["random_items"]), str(f["fixed"]),
                          str(f["newly_broken"]), wilson(f["k"], f["n"]).fmt(), f"{f['p']:.3g}")
    con.print(t)
    for side, r in res["ratio"].items():
        ci = r["ci"]
        fixed = {arm: sum(s[arm][side]["fixed"] for s in res["per_seed"] if side in s[arm]) for arm in ("targeted", "random")}
        # (parentheses, not brackets: rich reads "[no interval]" as markup and prints nothing)
        shown = "- (the random arm fixed nothing)" if r["ratio"] is None else f"{r['ratio']:.2f}" + (
            f" ({ci[0]:.2f}-{ci[1]:.2f})" if ci[0] is not None and ci[0] == ci[0]
            else " (no interval: the random arm fixed nothing in most bootstrap resamples)")
        con.print(f"targeted/random fixed-per-item on {side}: {shown} over {r['seeds']} seed(s); items fixed "
                  f"targeted {fixed['targeted']}, random {fixed['random']}", highlight=False, markup=False)
    con.print(f"wall time {res['wall_s']:.0f} s", highlight=False)


if __name__ == "__main__":
    main()
