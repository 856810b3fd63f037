"""Blind before/after sheets on the session's held-out chapters (anatomy 26, chemistry 05, sociology prose 09,
political science prose 11), built at e31a9fb (before) and at the session's HEAD (after).

Per book and level: every unit only the before build gives (removed), every unit only the after build gives (new),
up to 40 of each drawn with random.Random(2002); and up to 40 units both builds give (random.Random(2002), a fresh precision sample of the code as it stands).
A unit is (unit text, source quote). The judge sheet is shuffled (random.Random(2002)) and says nothing of where a
unit came from; key.json maps each row to removed / new / both.
usage: prep.py BEFORE_DIR AFTER_DIR OUT_DIR
"""
import csv, json, random, sys
from pathlib import Path

before, after, out = map(Path, sys.argv[1:4])
out.mkdir(parents=True, exist_ok=True)
key = {}
for book in ["anatomy", "chemistry", "sociology", "polisci"]:
    for lv in ["concepts", "statements", "chains", "train", "bench"]:
        sets, fields = {}, None
        for tag, d in (("before", before), ("after", after)):
            f = d / f"{book}-all-{lv}.csv"
            rows = list(csv.DictReader(open(f, newline=""))) if f.exists() else []
            if rows:
                fields = list(rows[0].keys())
            sets[tag] = {(r["unit"], r["source_quote"]): r for r in rows}
        if fields is None:
            continue
        b, a = sets["before"], sets["after"]
        groups = {"removed": sorted(set(b) - set(a)), "new": sorted(set(a) - set(b)), "both": sorted(set(a) & set(b))}
        rng = random.Random(2002)
        picked = []
        for g, keys in groups.items():
            n = 40
            for k in rng.sample(keys, min(n, len(keys))):
                picked.append((g, (a.get(k) or b.get(k))))
        print(book, lv, {g: len(v) for g, v in groups.items()}, "judged", len(picked))
        if not picked:
            continue
        random.Random(2002).shuffle(picked)
        cols = ["row"] + [c for c in fields if c not in ("project", "sample", "id", "reviewer")]
        with open(out / f"{book}-{lv}.csv", "w", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=cols)
            w.writeheader()
            for i, (g, r) in enumerate(picked):
                row = {c: v for c, v in r.items() if c in cols}
                row["row"] = str(i)
                w.writerow(row)
                key[f"{book}:{lv}:{i}"] = g
json.dump(key, open(out / "key.json", "w"), indent=0)
