#!/bin/bash
# One blind round's build: KB + training items + benchmark of each held-out chapter, at a given source tree.
# usage: blind/build.sh TREE OUTDIR CHAPTERS   (CHAPTERS: lines "name path-under-corpora", e.g. round21/chapters.txt)
# Why one script for every round: rounds 18-20 each copied build.sh with its chapters written in; the chapters are
# now the round's data and the steps are shared, so a fix to the steps reaches every later round.
set -u
T=$1; O=$2; L=$3; C=${PRODA_CORPORA:-/work/shared/corpora}
export OMP_NUM_THREADS=1 PRODA_THREADS=1 PYTHONPATH=$T
PY=${PRODA_PYTHON:-/work/main/.venv/bin/python}
P="$PY -m proda.cli"
mkdir -p "$O"
while read -r name rel; do
  [ -z "$name" ] || [ "${name#\#}" != "$name" ] && continue
  rm -rf "$O/$name"
  (cd "$T" && $P init "$O/$name" >/dev/null && $P -p "$O/$name" ingest "$C/$rel" --domain "$name" > "$O/$name.ingest.log" 2>&1 \
    && $P -p "$O/$name" build train > "$O/$name.train.log" 2>&1; $P -p "$O/$name" build bench > "$O/$name.bench.log" 2>&1; echo "done $name rc=$?")
done < "$L"
