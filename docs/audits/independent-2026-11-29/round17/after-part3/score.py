"""Per build and level: accepted / judged with a Wilson 95 % interval, from the judged sheets and key.json."""
import csv, json, sys
from pathlib import Path
from proda.stats import wilson
d = Path(sys.argv[1]); key = json.load(open(d / "key.json"))
for lv in ["concepts", "statements", "train", "chains", "bench"]:
    f = d / f"applied-math-III-{lv}.csv"
    if not f.exists():
        continue
    rows = list(csv.DictReader(open(f, newline="")))
    for tag in ("before", "after"):
        js = [r for r in rows if tag in key[f"{lv}:{r['row']}"]]
        k = sum(r["verdict"] == "accept" for r in js); n = len(js)
        if n:
            w = wilson(k, n); print(f"{lv:10} {tag:6} {k}/{n} {100*k/n:.1f} % [{100*w.low:.1f}, {100*w.high:.1f}]")
