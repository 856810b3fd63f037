#!/bin/bash
# usage: ingest.sh TREE KBDIR  -- ingest the eight dev chapters with proda from TREE into KBDIR
set -e
TREE=$1; KB=$2
rm -rf $KB
export PYTHONPATH=$TREE OMP_NUM_THREADS=1 PRODA_THREADS=1
P="nice -n 10 /work/main/.venv/bin/proda"
$P init $KB >/dev/null
cd $KB
sed -i 's/^workers.*/workers = 1/' proda.toml || true
D=/tmp/s26/devcorpora
$P ingest $D/accounting/corpus --domain accounting
$P ingest $D/sysadmin/corpus --domain sysadmin
$P query "MATCH (c:Concept) WHERE coalesce(c.term, true) RETURN c.name AS name, c.definition AS definition, c.domain AS domain ORDER BY name" --json > concepts.json 2>/dev/null || $P query "MATCH (c:Concept) WHERE coalesce(c.term, true) RETURN c.name AS name, c.definition AS definition ORDER BY name" > concepts.txt
