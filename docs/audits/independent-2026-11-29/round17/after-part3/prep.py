"""Blind before/after sheets on the held-out Part III of the applied-math PDF.

For each level: every unit of the before KB (044b8bc) and the after KB (session 16 HEAD) whose heading path starts with
Part III; random.Random(18) draws up to 40 from each; units with the same text and quote are judged once; the judge
sheet is shuffled (Random(18)) and says nothing of which build a unit came from. key.json maps each judged row to
the builds that produced it.
usage: prep.py BEFORE_DIR AFTER_DIR OUT_DIR
"""
import csv, json, random, sys
from pathlib import Path

before, after, out = map(Path, sys.argv[1:4])
out.mkdir(parents=True, exist_ok=True)
PART = "III Transforms and special functions"
key = {}
for lv in ["concepts", "statements", "train", "chains", "bench"]:
    picked = {}
    fields = None
    for tag, d in (("before", before), ("after", after)):
        f = d / f"all-{lv}.csv"
        if not f.exists():
            continue
        rows = list(csv.DictReader(open(f, newline="")))
        if rows:
            fields = list(rows[0].keys())
        pool = [r for r in rows if r["heading_path"].split(" › ")[0] == PART]
        pool.sort(key=lambda r: r["id"])
        draw = random.Random(18).sample(pool, min(40, len(pool)))
        for r in draw:
            k = (r["unit"], r["source_quote"])
            picked.setdefault(k, {"row": r, "builds": []})["builds"].append(tag)
        print(lv, tag, "population", len(pool), "drawn", len(draw))
    if not picked:
        continue
    items = list(picked.values())
    random.Random(18).shuffle(items)
    with open(out / f"applied-math-III-{lv}.csv", "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["row"] + [c for c in fields if c not in ("project", "sample", "id", "reviewer")])
        w.writeheader()
        for i, it in enumerate(items):
            r = {c: v for c, v in it["row"].items() if c in w.fieldnames}
            r["row"] = str(i)
            w.writerow(r)
            key[f"{lv}:{i}"] = it["builds"]
    print(lv, "judged rows", len(items))
json.dump(key, open(out / "key.json", "w"), indent=0)
