#!/bin/bash
# Export every unit of each level from the KBs of one build dir (every project folder blind/build.sh made).
# usage: blind/export.sh DIR
D=$1; export OMP_NUM_THREADS=1
PRODA=${PRODA_BIN:-/work/main/.venv/bin/proda}
for p in "$D"/*/proda.toml; do b=$(basename "$(dirname "$p")"); for lv in concepts statements chains train bench; do
  $PRODA -p "$D/$b" review export --level $lv --sample 100000 --seed 0 --out "$D/$b-all-$lv.csv" > /dev/null 2>&1 || echo "no $b $lv"
done; done
