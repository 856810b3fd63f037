"""Carry a round's verdicts onto its post sheets: a post row whose (unit, source quote) a judge of the round already
judged gets that verdict, reason and note (note prefixed "(round N judge)"), so the post's judges read only the rows
nobody judged.  Why a script: session 22 did this by hand; the match must be exact, a changed unit is a new unit.
usage: carry.py ROUND_DIR POST_DIR
"""
import csv, sys
from pathlib import Path

rnd, post = Path(sys.argv[1]), Path(sys.argv[2])
for f in sorted(post.glob("*.csv")):
    judged = {}
    src = rnd / f.name
    if src.exists():
        for r in csv.DictReader(open(src, newline="")):
            if r.get("verdict", "").strip():
                judged[(r["unit"], r["source_quote"])] = r
    rows = list(csv.DictReader(open(f, newline="")))
    if not rows:
        continue
    n = 0
    for r in rows:
        j = judged.get((r["unit"], r["source_quote"]))
        if j and not r.get("verdict", "").strip():
            r["verdict"], r["reason"] = j["verdict"], j.get("reason", "")
            r["note"] = f"({rnd.name} judge) " + j.get("note", "")
            n += 1
    with open(f, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0].keys()))
        w.writeheader()
        w.writerows(rows)
    print(f.name, len(rows), "rows,", n, "carried,", sum(1 for r in rows if not r.get("verdict", "").strip()), "to judge")
