#!/usr/bin/env bash
# Read-back build (session 11) from a clone: its own code via PYTHONPATH, an existing venv for the packages.
# Chapters drawn with random.Random(13) among those held out from every engineer of session 11 and not audited in
# round 12: chemistry (02 05 08 10 15 16 18 21) -> 15, sociology prose (02 04 10 11 15 19) -> 10, political science
# prose 02 (the only one left).  Usage: SRC=/tmp/rb13/src OUT=/tmp/rb13 VENV=/tmp/a11src/.venv bash build.sh
set -uo pipefail
cd "$SRC"; . "$VENV/bin/activate"; export PYTHONPATH="$SRC" OMP_NUM_THREADS=1 PRODA_THREADS=1
C=/work/shared/corpora
declare -A SL=(
 [chemistry]="$C/chemistry/corpus/15-equilibria-of-other-reaction-classes"
 [sociology]="$C/sociology/corpus-prose/10-global-inequality"
 [political-science]="$C/political-science/corpus-prose/02-political-behavior-is-human-behavior"
)
for b in chemistry sociology political-science; do
  K=$OUT/kb-$b; rm -rf $K; python -m proda.cli init $K >/dev/null
  python -m proda.cli -p $K ingest ${SL[$b]} --domain $b 2>&1 | grep -E "chunks |statements |chains " | head -3
  python -m proda.cli -p $K build train 2>&1 | tail -2; python -m proda.cli -p $K build bench 2>&1 | tail -2
  for lv in statements chains train bench; do
    python -m proda.cli -p $K review export --level $lv --sample 30 --seed 13 --out $OUT/$b-$lv.csv 2>&1 | tail -1
  done
done
echo RB-DONE
