#!/bin/bash
# The development sweep: benchmarks/extract_dump.py over the development list, in two processes, merged into one
# JSON for benchmarks/dump_diff.py.
# usage: benchmarks/dev_sweep.sh TREE OUT.json [WORK]
#   TREE: a source tree whose proda/ is run (e.g. `git archive HEAD proda benchmarks | tar -x -C /tmp/before`)
#   WORK: a folder for the fetched development pages, the corpora links and the parse cache (default /tmp/dev_sweep)
# Why a script: every session rebuilt the list and the links by hand in /tmp and lost them with the machine, so two
# sessions' counts could not be compared (docs/audits/dev-2026-12-06/s36-diffs.md).  The list: the four OpenStax
# books and the PDF from ../shared/corpora, and the development pages (`devcorpora`) each blind round's fetch.sh
# writes from Debian's archive (rounds 27-46; the held-out pages of the latest round are never read).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd); ROOT=$(dirname "$HERE")
TREE=$(cd "$1" && pwd); OUT=$2; WORK=${3:-/tmp/dev_sweep}
SHARED=${PRODA_SHARED_CORPORA:-$ROOT/../shared/corpora}
PY=${PRODA_PYTHON:-$ROOT/.venv/bin/python}
ROUNDS=$ROOT/docs/audits/independent-2026-11-29
mkdir -p "$WORK/corp"
for b in anatomy chemistry sociology political-science applied-math; do ln -sfn "$(cd "$SHARED/$b" && pwd)" "$WORK/corp/$b"; done
for r in 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46; do
  [ -d "$WORK/r$r/devcorpora" ] || bash "$ROUNDS/round$r/fetch.sh" "$WORK/r$r" >/dev/null 2>&1 \
    || { echo "dev_sweep: round$r/fetch.sh failed (Debian's archive needed)" >&2; exit 1; }
  for d in "$WORK/r$r"/devcorpora/*; do ln -sfn "$d" "$WORK/corp/$(basename "$d")"; done
done
seq2() { for i in $(seq "$2" "$3"); do printf '%s:%02d\n' "$1" "$i"; done; }
{ seq2 anatomy 1 28; seq2 chemistry 1 21; seq2 sociology 1 21; seq2 political-science 1 16; echo applied-math:1-5
  seq2 databases 1 3; seq2 imaging 1 2; seq2 music 1 3; seq2 gis 1 3; seq2 ml 1 5; seq2 statistics 1 3
  seq2 physics 1 5; seq2 accounting 1 5; seq2 phylogenetics 1 5
  seq2 dns 1 5; seq2 atomistic 1 4; seq2 speech 1 4; seq2 networking 1 6; seq2 sysadmin 1 5
  seq2 programming 1 6; seq2 mechanics 1 7; seq2 hmmer 1 8; seq2 linuxcnc 1 8; seq2 kicad 1 4; seq2 expeyes 1 6; seq2 povray 1 8; seq2 maxima 1 5; } > "$WORK/list.txt"
A=$(awk 'NR % 2 == 1' "$WORK/list.txt" | paste -sd,); B=$(awk 'NR % 2 == 0' "$WORK/list.txt" | paste -sd,)
export PRODA_CORPORA=$WORK/corp OMP_NUM_THREADS=1
"$PY" "$HERE/extract_dump.py" "$OUT.a" --root "$TREE" --cache "$WORK/cache" --chapters "$A" 2> "$OUT.a.log" & PA=$!
"$PY" "$HERE/extract_dump.py" "$OUT.b" --root "$TREE" --cache "$WORK/cache" --chapters "$B" 2> "$OUT.b.log" & PB=$!
wait $PA || { echo "dev_sweep: first half failed, see $OUT.a.log" >&2; exit 1; }
wait $PB || { echo "dev_sweep: second half failed, see $OUT.b.log" >&2; exit 1; }
"$PY" - "$OUT" <<'PY'
import json, sys
out = sys.argv[1]
merged = {**json.load(open(out + ".a")), **json.load(open(out + ".b"))}
open(out, "w").write(json.dumps(merged, indent=1, sort_keys=True, ensure_ascii=False))
print(f"{out}: {len(merged)} chapters, {sum(len(s['extraction']['statements']) for r in merged.values() for s in r)} statements")
PY
