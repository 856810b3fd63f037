"""Every document whose reader+chunker output differs between two chunkdump JSONs: python diffdump.py A.json B.json"""
import difflib, json, sys
a, b = (json.load(open(x)) for x in sys.argv[1:3])
same = 0
for k in sorted(set(a) | set(b)):
    if k not in a or k not in b:
        print("ONLY IN", "after" if k not in a else "before", k, (b if k not in a else a)[k].get("error", "")); continue
    if a[k] == b[k]:
        same += 1; continue
    print("CHANGED", k)
    for part in ("error", "title"):
        if a[k].get(part) != b[k].get(part):
            print(f"  {part}: {a[k].get(part)!r} -> {b[k].get(part)!r}")
    ba = [f"{x['kind']}: {x['text']}" for x in a[k].get("blocks", [])]
    bb = [f"{x['kind']}: {x['text']}" for x in b[k].get("blocks", [])]
    for line in difflib.unified_diff(ba, bb, lineterm="", n=0):
        if not line.startswith(("---", "+++", "@@")):
            print("  block", line[:300])
    ca = [c["text"] for c in a[k].get("chunks", [])]; cb = [c["text"] for c in b[k].get("chunks", [])]
    print(f"  chunks {len(ca)} -> {len(cb)}; chunk texts {'same' if ca == cb else 'differ'}")
    if ba == bb and ca == cb:
        print("  (other fields differ)")
print(f"{same} documents identical of {len(set(a) | set(b))}", file=sys.stderr)
