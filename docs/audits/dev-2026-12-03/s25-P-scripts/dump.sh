#!/bin/bash
# usage: dump.sh ROOT OUT CHAPTERS
cd /work/main
PRODA_CORPORA=/tmp/s25/N/corpora OMP_NUM_THREADS=1 PRODA_THREADS=1 nice -n 10 .venv/bin/python benchmarks/extract_dump.py $2 --root $1 --cache /tmp/s25/parse-cache --chapters $3 > $2.log 2>&1
