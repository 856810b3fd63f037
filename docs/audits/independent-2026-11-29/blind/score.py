"""Score the blind sheets of a round: accepted share per book and level, with its 95 % Wilson interval, for the
units both builds give (the code as it stands), the units only the after build gives (new) and those only the before
build gives (removed).  usage: score.py SHEETS_DIR"""
import csv, json, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[4]))
from proda.stats import wilson

d = Path(sys.argv[1])
key = json.load(open(d / "key.json"))
tot = {}
for f in sorted(d.glob("*.csv")):
    book, lv = f.stem.split("-", 1)
    for r in csv.DictReader(open(f, newline="")):
        g = key[f"{book}:{lv}:{r['row']}"]
        v = (r.get("verdict") or "").strip()
        if not v:
            continue
        for k in ((book, lv, g), ("all", lv, g)):
            a = tot.setdefault(k, [0, 0, {}])
            a[1] += 1
            if v == "accept":
                a[0] += 1
            else:
                a[2][r.get("reason") or "?"] = a[2].get(r.get("reason") or "?", 0) + 1
for (book, lv, g), (k, n, why) in sorted(tot.items()):
    w = wilson(k, n)
    print(f"{book:10} {lv:11} {g:5} {k:3}/{n:<3} {100*k/n:5.1f} % [{100*w.low:.1f}, {100*w.high:.1f}]  {why}")
