#!/bin/bash
# held-out chapters (anatomy 26, chemistry 05, sociology prose 09, polisci prose 11): KB + train + bench at a given tree
# usage: build.sh TREE OUTDIR
set -u
T=$1; O=$2; C=/work/shared/corpora
export OMP_NUM_THREADS=1 PRODA_THREADS=1 PYTHONPATH=$T
P="/work/main/.venv/bin/python -m proda.cli"
mkdir -p $O
mk() { name=$1; d=$2; rm -rf $O/$name; (cd $T && $P init $O/$name >/dev/null && $P -p $O/$name ingest $d --domain $name > $O/$name.ingest.log 2>&1 && $P -p $O/$name build train > $O/$name.train.log 2>&1; $P -p $O/$name build bench > $O/$name.bench.log 2>&1; echo "done $name rc=$?"); }
mk anatomy $C/anatomy/corpus/26-fluid-electrolyte-and-acid-base-balance
mk chemistry $C/chemistry/corpus/05-advanced-theories-of-bonding
mk sociology $C/sociology/corpus-prose/09-social-stratification-in-the-united-states
mk polisci $C/political-science/corpus-prose/11-courts-and-law
