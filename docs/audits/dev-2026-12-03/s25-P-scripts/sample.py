"""Seeded sample: 40 applied-math PDF statements, random.Random(2505), from the pool of every statement of the PDF's
outline chapters 1-23 in dump order (base-x.json's applied-math:1-9, then base-pdf10-14, 15-19, 20-23; chunk, index)."""
import json, random, csv
pool = []
for f in ["base-x.json", "base-pdf10-14.json", "base-pdf15-19.json", "base-pdf20-23.json"]:
    d = json.load(open(f))
    for ch, rows in d.items():
        if not ch.startswith("applied-math"): continue
        for r in rows:
            for s in r["extraction"]["statements"]:
                pool.append((ch, " › ".join(r["heading"]), s))
print(len(pool))
rng = random.Random(2505)
w = csv.writer(open("sample.csv", "w", newline=""))
w.writerow(["n", "chapter", "heading", "subject", "predicate", "object", "rule", "quote", "verdict", "reason"])
for n, (ch, h, s) in enumerate(rng.sample(pool, 40), 1):
    w.writerow([n, ch, h, s["subject"], s["predicate"], s["object"], s["rule"], s["source_quote"], "", ""])
