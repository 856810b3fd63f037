#!/bin/bash
# export every unit of each level from the four held-out KBs of a build dir: export.sh DIR
D=$1; export OMP_NUM_THREADS=1
for b in anatomy chemistry sociology polisci; do for lv in concepts statements chains train bench; do
  /work/main/.venv/bin/proda -p $D/$b review export --level $lv --sample 100000 --seed 0 --out $D/$b-all-$lv.csv > /dev/null 2>&1 || echo "no $b $lv"
done; done
