"""``make demo``: the whole mission on a small slice of a shared book, in minutes on a 2-core CPU.

    python scripts/demo.py --corpora ../shared/corpora [--book anatomy] [--chapters 09] [--kb kb-demo]

ingest -> (loop:) build train + bench (dev/test split) -> train -> test -> diagnose (dev) -> repair -> retrain ->
re-test -> report.html.  The model is a GPT-2-shaped transformer trained from scratch (4 layers, width 256, its
own byte-level BPE tokenizer on the slice's text; lr 1e-3, all weights): it knows only what proda's items
teach it, so it learns visibly in CPU minutes.  Real runs use SmolLM2-135M-Instruct (`proda loop --base
smollm2-135m`).  Every step is a `proda` command, printed before it runs; the round table comes from
`proda loop` with a 95 % Wilson interval on every accuracy and McNemar's p on every change.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    ap.add_argument("--book", default="anatomy", help="A shared book with corpus/NN-chapter folders and questions.jsonl.")
    ap.add_argument("--chapters", default="09", help="Comma list of chapter numbers (the slice).")
    ap.add_argument("--kb", type=Path, default=ROOT / "kb-demo")
    ap.add_argument("--epochs", default="3")
    ap.add_argument("--layers", type=int, default=4)
    ap.add_argument("--width", type=int, default=256)
    args = ap.parse_args()
    t_start = time.time()
    proda = [sys.executable, "-m", "proda.cli"]
    # CPU-sized: one training item per statement, four benchmark items per chain, short sequences
    env = {"PRODA_BUILD_PER_STATEMENT": "1", "PRODA_BUILD_PER_CHAIN": "4", "PRODA_TRAIN_MAX_LENGTH": "128",
           "PRODA_REPAIR_GUARD_LIMIT": "30",
           **os.environ, "PRODA_TRAIN_SAVE_STEPS": "100000", "PRODA_TRAIN_WEIGHT_DECAY": "0"}
    book = args.corpora / args.book
    if not (book / "corpus").is_dir():
        raise SystemExit(f"demo: {book / 'corpus'} not found (set CORPORA=path/to/shared/corpora)")
    dirs = [d for c in args.chapters.split(",") for d in sorted((book / "corpus").glob(f"{int(c):02d}-*"))]
    if not dirs:
        raise SystemExit(f"demo: no chapter folder {args.chapters} under {book / 'corpus'}")
    kb = args.kb.resolve()

    def step(title: str, *cmd: str, capture: bool = False) -> str:
        t0 = time.time()
        shown = " ".join(shlex.quote(str(c)) for c in ["proda", *cmd])
        print(f"\n=== {title}\n$ {shown}", flush=True)
        r = subprocess.run([*proda, *cmd], env=env, text=True, capture_output=capture)
        if r.returncode != 0:
            raise SystemExit(f"demo: `{shown}` failed (exit {r.returncode})" + (f"\n{r.stderr[-2000:]}" if capture else ""))
        print(f"[{time.time() - t0:.0f} s; {time.time() - t_start:.0f} s in all]", flush=True)
        return r.stdout if capture else ""

    if kb.exists():
        shutil.rmtree(kb)
    step("a fresh project", "init", str(kb))
    step(f"ingest {args.book}, chapter(s) {args.chapters}", "-p", str(kb), "ingest", *map(str, dirs),
         "--domain", args.book)
    step("what the knowledge base holds", "-p", str(kb), "kb", "stats")

    base = kb / "models" / "base"
    print(f"\n=== the model: GPT-2 shape from scratch, {args.layers} layers, width {args.width}, "
          f"its own tokenizer on the slice's text -> {base}", flush=True)
    from proda.config import load_config
    from proda.graphdb.store import open_store
    from proda.train.models import build_tiny_model

    with open_store(load_config(kb)) as store:
        texts = [r["t"] for r in store.read_only("MATCH (c:Chunk) RETURN c.text AS t")]
    build_tiny_model(base, texts, vocab_size=3000, width=args.width, layers=args.layers)

    titles = sorted({d.name.split("-", 1)[1].replace("-", " ") for d in dirs})
    exam = book / "questions.jsonl"
    exam_args = ["--exam", str(exam), *[a for t in titles for a in ("--exam-chapter", t)]] if exam.is_file() else []
    guard = args.corpora / "mmlu-redux"
    exam_args += ["--guard", str(guard)] if guard.is_dir() else []
    step("compile, test, diagnose, patch, retrain, re-test: `proda loop` builds the train and bench versions "
         "it needs (no `proda build` first)", "-p", str(kb), "loop", "--base", str(base), "--rounds", "1",
         "--rank", "0", "--lr", "1e-3", "--epochs", args.epochs, "--batch", "16", "--out", str(kb / "models" / "loop"),
         *exam_args)
    report = kb / "report.html"
    step("the report", "-p", str(kb), "report", "--out", str(report))
    print(f"\ndemo done in {time.time() - t_start:.0f} s; model: GPT-2 {args.layers}x{args.width} trained from "
          f"scratch (real runs: --base smollm2-135m)\nreport: {report}", flush=True)


if __name__ == "__main__":
    main()
