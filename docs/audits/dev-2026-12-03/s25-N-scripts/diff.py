"""Diff two extract_dump files: statements removed/added per chapter (by subject|predicate|object|quote, per chunk),
and counts of concept and chain changes."""
import json, sys
from collections import Counter
a = json.load(open(sys.argv[1])); b = json.load(open(sys.argv[2]))
def st(rows):
    c = Counter()
    for r in rows:
        for s in r["extraction"]["statements"]:
            c[(r["chunk"], " › ".join(r["heading"]), s["subject"], s["predicate"], s["object"], s["source_quote"])] += 1
    return c
def other(rows, key):
    return Counter((r["chunk"], json.dumps(x, sort_keys=True)) for r in rows for x in r["extraction"][key])
for ch in a:
    if ch not in b: print("MISSING", ch); continue
    sa, sb = st(a[ch]), st(b[ch])
    for k in sa - sb: print(f"REMOVED [{ch}] {k[1]}\n   {k[2]} | {k[3]} | {k[4]}\n   Q: {k[5]}")
    for k in sb - sa: print(f"ADDED [{ch}] {k[1]}\n   {k[2]} | {k[3]} | {k[4]}\n   Q: {k[5]}")
    for key in ("concepts", "chains"):
        ca, cb = other(a[ch], key), other(b[ch], key)
        if ca != cb:
            print(f"{key.upper()} [{ch}] -{sum((ca-cb).values())} +{sum((cb-ca).values())}")
            for sign, d in (("-", ca - cb), ("+", cb - ca)):
                for k in d:
                    x = json.loads(k[1]); print(f"   {sign} {x.get('name', '')} [{x.get('kind', '')}] {str(x.get('definition', ''))[:80]}")
