"""Session 31's seeded samples of statements for fresh judges, reproducible from an ``extract_dump`` file:
``python sample_s31.py DUMP.json BOOK SEED OUT.csv`` (BOOK: anatomy or sociology; 3111 and 3112 in session 31, over
``/tmp/s31/cs4.json`` at 5050ead).  The distinct (chapter, heading, subject, predicate, object, polarity, quote)
units of the book sorted, then ``random.Random(SEED).sample(units, 40)``.  The sheet's unit names a statement's
holder when it has one ("according to Socialists: ..."): session 31's sheets left it out (the draw is the same), so
a judge read one attributed view as the book's own claim (s31-final.md).  BOOK may be a comma list, pooled
(session 36: "databases,imaging,...,accounting"); one book draws as before."""

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
pick = random.Random(seed).sample(sorted(units), 40)
with open(out, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["n", "chapter", "heading", "unit", "polarity", "source_quote", "verdict", "reason"])
    for k, u in enumerate(pick, 1):
        unit = " | ".join(u[2:5])
        if u in holders:
            unit = f"according to {holders[u]}: {unit}"
        w.writerow([k, u[0], u[1], unit, u[5], u[6], "", ""])
print(",".join(sorted(books)), len(units), "->", len(pick))
