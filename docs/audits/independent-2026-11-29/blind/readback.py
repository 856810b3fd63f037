"""Read back the judged units of a round on a later build: per book and level, how many accepted units are still
produced and how many rejected ones are gone (a unit is its text and source quote, as in prep.py).
usage: readback.py ROUND_DIR BUILD_DIR   (BUILD_DIR holds BOOK-all-LEVEL.csv from export.sh)"""
import csv, sys
from pathlib import Path

rd, bd = Path(sys.argv[1]), Path(sys.argv[2])
tot = {}
for f in sorted(rd.glob("*-*.csv")):
    book, lv = f.stem.split("-", 1)
    out = bd / f"{book}-all-{lv}.csv"
    have = {(r["unit"], r["source_quote"]) for r in csv.DictReader(open(out, newline=""))} if out.exists() else set()
    for r in csv.DictReader(open(f, newline="")):
        v = (r.get("verdict") or "").strip()
        if not v:
            continue
        k = (book, lv, "accepted" if v == "accept" else "rejected")
        a = tot.setdefault(k, [0, 0, []])
        a[1] += 1
        still = (r["unit"], r["source_quote"]) in have
        a[0] += still
        if v != "accept":
            a[2].append(("still: " if still else "gone:  ") + r["unit"].replace("\n", " ")[:110])
for (book, lv, g), (k, n, rows) in sorted(tot.items()):
    print(f"{book:10} {lv:11} {g:8} still produced {k}/{n}")
    for line in rows:
        print("      ", line)
