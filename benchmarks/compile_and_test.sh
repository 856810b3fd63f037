#!/usr/bin/env bash
# Issue 3's measurement in one run: base SmolLM2 on the proda benchmark -> proda train on the proda
# items -> the gain; plus both models on the book's own questions.jsonl for the same chapters.
#   bash benchmarks/compile_and_test.sh [PROJECT] [EPOCHS]
# PROJECT must already hold an ingested KB with `proda build train` and `proda build bench` done
# (see the README); defaults keep it CPU-sized: 1 epoch, 1 option order.
set -euo pipefail
P=${1:-kb3}
EPOCHS=${2:-1}
PERM=${PERM:-1}
CHAPTERS=${CHAPTERS:-"The Endocrine System|The Respiratory System|The Urinary System"}
Q=${Q:-../shared/corpora/anatomy/questions.jsonl}
PRODA=${PRODA:-proda}
OUT=$P/measure
mkdir -p "$OUT"
start=$(date +%s)
$PRODA -p "$P" test --model smollm2-135m --permutations "$PERM" --json > "$OUT/base_bench.json"
IFS='|' read -ra CH <<< "$CHAPTERS"
for c in "${CH[@]}"; do
  $PRODA -p "$P" test --model smollm2-135m --questions "$Q" --chapter "$c" --permutations "$PERM" --json > "$OUT/base_q_${c// /_}.json"
done
$PRODA -p "$P" train --base smollm2-135m --out "$P/models/v1" --epochs "$EPOCHS" --max-length 256 --json > "$OUT/train.json"
$PRODA -p "$P" test --model "$P/models/v1" --permutations "$PERM" --json > "$OUT/v1_bench.json"
for c in "${CH[@]}"; do
  $PRODA -p "$P" test --model "$P/models/v1" --questions "$Q" --chapter "$c" --permutations "$PERM" --json > "$OUT/v1_q_${c// /_}.json"
done
python3 - "$OUT" "$(( $(date +%s) - start ))" <<'PY'
import json, sys, glob, os
out, secs = sys.argv[1], sys.argv[2]
def acc(files):
    n = p = 0
    for f in files:
        r = json.load(open(f))
        n += r["n"]; p += round(r["accuracy"] * r["n"])
    return n, p, (p / n if n else 0.0)
rows = [("proda benchmark", glob.glob(f"{out}/base_bench.json"), glob.glob(f"{out}/v1_bench.json")),
        ("book questions.jsonl", glob.glob(f"{out}/base_q_*.json"), glob.glob(f"{out}/v1_q_*.json"))]
print(f"{'set':<22}{'n':>5}{'base':>9}{'trained':>9}{'gain':>9}")
for name, b, t in rows:
    n, _, ab = acc(b); _, _, at = acc(t)
    print(f"{name:<22}{n:>5}{ab:>9.1%}{at:>9.1%}{at - ab:>+9.1%}")
print(f"wall {secs} s")
PY
