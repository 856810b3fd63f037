"""Session 36's seeded samples of statements for fresh judges, reproducible from an ``extract_dump`` file:
``python sample_s36.py DUMP.json BOOKS SEED OUT.csv`` with BOOKS one book or a comma list pooled ("databases,imaging,
..."): the distinct (chapter, heading, subject, predicate, object, polarity, quote) units of those books sorted, then
``random.Random(SEED).sample(units, 40)``, as ``../dev-2026-12-05/sample_s31.py`` (which reads one book) does.  The
sheet's unit names a statement's holder when it has one ("according to X: ...")."""

import csv
import json
import random
import sys

dump, books, seed, out = json.load(open(sys.argv[1])), set(sys.argv[2].split(",")), int(sys.argv[3]), sys.argv[4]
units, holders = set(), {}
for ch in dump:
    if ch.split(":")[0] not in books:
        continue
    for r in dump[ch]:
        head = " › ".join(r["heading"])
        for s in r["extraction"]["statements"]:
            u = (ch, head, s["subject"], s["predicate"], s["object"], s["polarity"], s["source_quote"])
            units.add(u)
            if s.get("attribution"):
                holders[u] = s["attribution"]
pick = random.Random(seed).sample(sorted(units), min(40, len(units)))
with open(out, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["n", "chapter", "heading", "unit", "polarity", "source_quote", "verdict", "reason"])
    for k, u in enumerate(pick, 1):
        unit = " | ".join(u[2:5])
        if u in holders:
            unit = f"according to {holders[u]}: {unit}"
        w.writerow([k, u[0], u[1], unit, u[5], u[6], "", ""])
print(",".join(sorted(books)), len(units), "->", len(pick))
