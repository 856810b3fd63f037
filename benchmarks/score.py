"""Batched log-likelihood scoring vs a one-request-at-a-time loop, same model and items.

    python benchmarks/score.py [--n 64] [--method letter|yesno|set] [--permutations 2] [--batch 16] [--threads 2]

Both paths score the same anatomy questions (``../shared/corpora/anatomy/questions.jsonl``)
with the same prompts through :func:`proda.evaluate.scoring.score_items`; the loop
runs one forward pass per (context, continuation) request with no padding and no
sharing (``HFRunner.loglikelihood_one``), the batched path pads up to ``--batch``
rows per forward pass and shares one row between requests with the same model
input (the letters after one prompt).  Prints items/s for both, the ratio, and
checks that both give the same predictions.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path


class OneAtATime:
    """The same runner, one forward pass per request."""

    supports_loglikelihood = True

    def __init__(self, lm):
        self.lm = lm
        self.format_prompt = lm.format_prompt

    def loglikelihood(self, requests):
        return [self.lm.loglikelihood_one(r) for r in requests]

    def generate(self, prompts, max_new_tokens=16):
        return self.lm.generate(prompts, max_new_tokens)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", default="smollm2-135m")
    ap.add_argument("--questions", type=Path, default=None)
    ap.add_argument("--n", type=int, default=64)
    ap.add_argument("--method", default="letter", choices=["letter", "yesno", "set"])
    ap.add_argument("--permutations", type=int, default=2)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--device", default="cpu")
    a = ap.parse_args()

    import torch

    torch.set_num_threads(a.threads)
    from proda.evaluate.external import load_questions
    from proda.evaluate.runners import HFRunner
    from proda.evaluate.scoring import score_items

    qf = a.questions or Path(os.environ.get("PRODA_CORPORA", Path(__file__).resolve().parents[2] / "shared" / "corpora")) \
        / "anatomy" / "questions.jsonl"
    if not qf.is_file():
        print(f"no questions file at {qf} (pass --questions)", file=sys.stderr)
        return 1
    items = load_questions(qf, limit=a.n)
    if a.method in ("yesno", "set"):
        for it in items:
            it.multi = True  # score as multi-answer items (what proda benchmark items are)
    t0 = time.perf_counter()
    lm = HFRunner(a.model, batch_size=a.batch, device=a.device)
    load_s = time.perf_counter() - t0
    kw = dict(method=a.method, permutations=a.permutations)
    score_items(lm, items[:2], **kw)  # warm-up

    t0 = time.perf_counter()
    batched = score_items(lm, items, **kw)
    tb = time.perf_counter() - t0
    t0 = time.perf_counter()
    single = score_items(OneAtATime(lm), items, chunk=1, **kw)
    ts = time.perf_counter() - t0

    same = sum(b.predicted == s.predicted for b, s in zip(batched, single))
    max_diff = max(abs(x - y) for b, s in zip(batched, single) for x, y in zip(b.scores, s.scores))
    acc = sum(r.passed for r in batched) / len(batched)
    print(f"model {a.model} ({load_s:.1f}s to load), {len(items)} items from {qf.name}, method {a.method}, "
          f"{a.permutations} orders, {a.threads} threads, device {a.device}")
    print(f"batched (batch {a.batch}): {tb:7.2f}s  {len(items) / tb:7.2f} items/s")
    print(f"one at a time:            {ts:7.2f}s  {len(items) / ts:7.2f} items/s")
    print(f"ratio: {ts / tb:.2f}x   same predictions: {same}/{len(items)}   max score diff {max_diff:.2e}   "
          f"accuracy {acc:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
