#!/bin/bash
set -u
T=$1; O=$2; C=/work/shared/corpora
export OMP_NUM_THREADS=1 PRODA_THREADS=1 PYTHONPATH=$T
P="/work/main/.venv/bin/python -m proda.cli"
mkdir -p $O
mk() { name=$1; d=$2; rm -rf $O/$name; (cd $T && $P init $O/$name >/dev/null && $P -p $O/$name ingest $d --domain $name > $O/$name.ingest.log 2>&1; echo "ingested $name rc=$?"); }
mk anatomy $C/anatomy/corpus/11-the-muscular-system
mk chemistry $C/chemistry/corpus/06-composition-of-substances-and-solutions
mk sociology $C/sociology/corpus-prose/18-work-and-the-economy
mk polisci $C/political-science/corpus-prose/12-the-media
