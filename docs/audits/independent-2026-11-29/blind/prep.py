"""Blind before/after sheets on a round's held-out chapters.

Per book and level: every unit only the before build gives (removed), every unit only the after build gives (new),
up to 40 of each, and up to 40 units both builds give (a fresh precision sample of the code as it stands), all drawn
with random.Random(SEED).  A unit is (unit text, source quote).  The judge sheet is shuffled with the same seed and
says nothing of where a unit came from; key.json maps each row to removed / new / both.  Why shared: rounds 18-20
each copied this file with the books written in; the books are now read from the build dirs.
usage: prep.py BEFORE_DIR AFTER_DIR OUT_DIR [--seed N] [--per-group 40]
"""
import argparse, csv, json, random
from pathlib import Path

LEVELS = ["concepts", "statements", "chains", "train", "bench"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("before", type=Path)
    ap.add_argument("after", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=2002)
    ap.add_argument("--per-group", type=int, default=40)
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    books = sorted({f.name.split("-all-")[0] for d in (a.before, a.after) for f in d.glob("*-all-*.csv")})
    key = {}
    for book in books:
        for lv in LEVELS:
            sets, fields = {}, None
            for tag, d in (("before", a.before), ("after", a.after)):
                f = d / f"{book}-all-{lv}.csv"
                rows = list(csv.DictReader(open(f, newline=""))) if f.exists() else []
                if rows:
                    fields = list(rows[0].keys())
                sets[tag] = {(r["unit"], r["source_quote"]): r for r in rows}
            if fields is None:
                continue
            b, af = sets["before"], sets["after"]
            groups = {"removed": sorted(set(b) - set(af)), "new": sorted(set(af) - set(b)), "both": sorted(set(af) & set(b))}
            rng = random.Random(a.seed)
            picked = [(g, af.get(k) or b.get(k)) for g, keys in groups.items()
                      for k in rng.sample(keys, min(a.per_group, len(keys)))]
            print(book, lv, {g: len(v) for g, v in groups.items()}, "judged", len(picked))
            if not picked:
                continue
            random.Random(a.seed).shuffle(picked)
            cols = ["row"] + [c for c in fields if c not in ("project", "sample", "id", "reviewer")]
            with open(a.out / f"{book}-{lv}.csv", "w", newline="") as fh:
                w = csv.DictWriter(fh, fieldnames=cols)
                w.writeheader()
                for i, (g, r) in enumerate(picked):
                    row = {c: v for c, v in r.items() if c in cols}
                    row["row"] = str(i)
                    w.writerow(row)
                    key[f"{book}:{lv}:{i}"] = g
    json.dump(key, open(a.out / "key.json", "w"), indent=0)


if __name__ == "__main__":
    main()
