import random, sys
rows = sorted({tuple(l.rstrip("\n").split("\t")) for l in open(sys.argv[1])})
# one row per (chapter, name): prefer one with a definition
best = {}
for r in rows:
    k = (r[0], r[1].lower())
    if k not in best or (r[4] and not best[k][4]):
        best[k] = r
rows = sorted(best.values())
print(len(rows), file=sys.stderr)
for i, r in enumerate(random.Random(2611).sample(rows, 60)):
    print(i + 1, *r, sep="\t")
