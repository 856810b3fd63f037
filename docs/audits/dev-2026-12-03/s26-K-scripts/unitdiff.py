"""Units (concepts with how/definition, statements, chains) of two dumps; prints what only one side has."""
import json, sys
def units(p):
    out = set()
    for ch, rows in json.load(open(p)).items():
        for r in rows:
            ex = r["extraction"]
            for c in ex["concepts"]:
                out.add((ch, "concept", c["name"], c["how"], c["definition"][:120]))
            for s in ex["statements"]:
                out.add((ch, "statement", s["subject"], s["predicate"], s["object"]))
            for c in ex["chains"]:
                out.add((ch, "chain", c["name"], "", ""))
    return out
a, b = units(sys.argv[1]), units(sys.argv[2])
for u in sorted(a - b): print("-", *u, sep="\t")
for u in sorted(b - a): print("+", *u, sep="\t")
