"""Seeded sample: 20 statements per book (anatomy, chemistry, astronomy, applied-math), random.Random(2502),
drawn in that book order from each book's statements listed in dump order (chapter, chunk, index)."""
import json, random, sys, csv
d = json.load(open(sys.argv[1]))
books = ["anatomy", "chemistry", "astronomy", "applied-math"]
rng = random.Random(2502)
w = csv.writer(open(sys.argv[2], "w", newline=""))
w.writerow(["n", "chapter", "heading", "subject", "predicate", "object", "rule", "quote", "verdict", "reason"])
n = 0
for b in books:
    pool = []
    for ch, rows in d.items():
        if ch.split(":")[0] != b: continue
        for r in rows:
            for s in r["extraction"]["statements"]:
                pool.append((ch, " › ".join(r["heading"]), s))
    for ch, h, s in rng.sample(pool, 20):
        n += 1
        w.writerow([n, ch, h, s["subject"], s["predicate"], s["object"], s["rule"], s["source_quote"], "", ""])
