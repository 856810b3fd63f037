"""Statements removed/added between two sets of extract_dump files, per book: multiset of
(subject, predicate, object, quote).  usage: diff.py BASE1[,BASE2..] AFTER1[,AFTER2..]"""
import json, sys
from collections import Counter
def load(files):
    c = Counter(); n = 0
    for f in files.split(","):
        for ch, rows in json.load(open(f)).items():
            book = ch.split(":")[0]
            for r in rows:
                for s in r["extraction"]["statements"]:
                    c[(book, s["subject"], s["predicate"], s["object"], s["source_quote"])] += 1; n += 1
    return c, n
b, nb = load(sys.argv[1]); a, na = load(sys.argv[2])
print(f"statements base {nb} after {na}")
for tag, d in (("REMOVED", b - a), ("ADDED", a - b)):
    for k, v in sorted(d.items()):
        print(tag, v, k[0], "|", k[1], "|", k[2], "|", k[3], "||", k[4])
