"""Units (statements, concepts with definitions, chains) of two extract_dump files, compared by content per chapter."""
import json, sys, collections
a, b = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
def units(rows):
    out = collections.Counter()
    for r in rows:
        ex = r["extraction"]
        for s in ex["statements"]:
            out[("S", s["subject"], s["predicate"], s["object"], s.get("quote", "") or s.get("source_quote", ""))] += 1
        for c in ex["concepts"]:
            out[("C", c["name"], c.get("definition") or "")] += 1
        for ch in ex["chains"]:
            out[("H", ch["name"], json.dumps(ch["steps"], ensure_ascii=False))] += 1
    return out
tot = collections.Counter()
for ch in a:
    ua, ub = units(a[ch]), units(b[ch])
    rem, add = collections.Counter(set(ua) - set(ub)), collections.Counter(set(ub) - set(ua))  # unique units: the store merges duplicates
    for k in sorted(rem): print(ch, "REMOVED", json.dumps(k, ensure_ascii=False)); tot["rem", k[0]] += rem[k]
    for k in sorted(add): print(ch, "ADDED", json.dumps(k, ensure_ascii=False)); tot["add", k[0]] += add[k]
print(dict(tot), file=sys.stderr)
