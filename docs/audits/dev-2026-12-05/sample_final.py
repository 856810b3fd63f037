"""Seeded sample of the final code's statements on the round-28 books' development pages, for a fresh
judge: ``python sample_final.py DUMP.json OUT_PREFIX`` (DUMP: benchmarks/extract_dump.py over gis:01-03 and
music:01-03 at the session's final code).  random.Random(3001); 40 from the pooled chapters.  Concepts are left out: the dump's
concepts are the extractor's drafts, before the ingest pipeline's termhood check, not the KB's concepts."""

import csv
import json
import random
import sys

dump, out = json.load(open(sys.argv[1])), sys.argv[2]
units = {"statements": []}
for ch in sorted(dump):
    if not ch.startswith(("gis:", "music:")):
        continue
    for r in dump[ch]:
        e, head = r["extraction"], " › ".join(r["heading"])
        for s in e["statements"]:
            neg = " (negated)" if s.get("negated") else ""
            units["statements"].append([ch, head, f"{s['subject']} | {s['predicate']} | {s['object']}{neg}",
                                        s["source_quote"]])
rng = random.Random(3001)
for level, rows in units.items():
    rows = sorted(rows)
    pick = rng.sample(rows, min(40, len(rows)))
    with open(f"{out}-{level}.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["n", "chapter", "heading", "unit", "source_quote"]
                   + ["verdict", "reason"])
        for k, row in enumerate(pick):
            w.writerow([k, *row, "", ""])
    print(level, len(rows), "->", len(pick))
