#!/bin/bash
# usage: sweep.sh ROOT PREFIX  -> dumps PREFIX-{X,C,A,S,P}.json
cd /work/main
for b in X C A S P; do
  PRODA_CORPORA=/tmp/s25/N/corpora OMP_NUM_THREADS=1 PRODA_THREADS=1 nice -n 10 .venv/bin/python benchmarks/extract_dump.py $2-$b.json --root $1 --cache /tmp/s25/parse-cache --chapters $(cat /tmp/s25/N/ch$b) > $2-$b.log 2>&1
done
