"""What changed between two ``extract_dump.py`` dumps: every statement, definition and chain added or removed, to read.

Why: a rule change is judged by reading each unit it changes on every development chapter, not by its count alone
(a removed wrong statement and a removed right one count the same).  ``cmp`` says only *that* two dumps differ; this
lists, per chapter, the statements (subject | predicate | object, sign, holder, rule, quote), the definitions
(term: definition) and the chains (name and steps) present in one dump and not the other, then a count table.

    python benchmarks/extract_dump.py /tmp/before.json --root /tmp/before
    python benchmarks/extract_dump.py /tmp/after.json
    python benchmarks/dump_diff.py /tmp/before.json /tmp/after.json [--only statements] [--book anatomy]

A statement present in both with a changed argument shows as one removed and one added, next to each other under
the same quote.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path


def _statement(s: dict) -> tuple:
    return (s["source_quote"], s["subject"], s["predicate"], s["object"], s["polarity"], s.get("attribution", ""),
            s.get("rule", ""))


def _definition(c: dict) -> tuple:
    return (c.get("source_quote", ""), c["name"], c["definition"])


def _chain(ch: dict) -> tuple:
    return (ch.get("source_quote", ""), ch["name"], tuple(ch["steps"]))


KINDS = {"statements": _statement, "definitions": _definition, "chains": _chain}


def units(rows: list[dict], kind: str) -> Counter:
    """The chapter's units of ``kind`` as a multiset (a sentence may give the same statement twice)."""
    key = KINDS[kind]
    field = "concepts" if kind == "definitions" else kind
    out: Counter = Counter()
    for r in rows:
        for u in r["extraction"][field]:
            if kind != "definitions" or u.get("definition"):
                out[key(u)] += 1
    return out


def show(kind: str, unit: tuple, sign: str) -> str:
    if kind == "statements":
        quote, s, p, o, pol, holder, rule = unit
        who = f"according to {holder}: " if holder else ""
        return f"  {sign} {who}{s} | {p} | {o}  [{'+' if pol > 0 else '-'}, {rule}]"
    if kind == "definitions":
        return f"  {sign} {unit[1]}: {unit[2]}"
    return f"  {sign} chain {unit[1]!r}: " + " -> ".join(unit[2])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("before", type=Path)
    ap.add_argument("after", type=Path)
    ap.add_argument("--only", choices=sorted(KINDS), action="append", help="kinds to list (default all)")
    ap.add_argument("--book", help="only chapters of this book")
    a = ap.parse_args()
    dumps = []
    for path in (a.before, a.after):
        try:
            dumps.append(json.loads(path.read_text()))
        except (OSError, ValueError) as e:
            raise SystemExit(f"{path}: not a readable extract_dump file ({e.__class__.__name__}: {e})")
    before, after = dumps
    totals: dict[str, list[int]] = {k: [0, 0, 0, 0] for k in KINDS}  # before, after, removed, added
    for chapter in sorted(set(before) | set(after)):
        if a.book and chapter.partition(":")[0] != a.book:
            continue
        for kind in a.only or KINDS:
            b, f = units(before.get(chapter, []), kind), units(after.get(chapter, []), kind)
            gone, new = b - f, f - b
            t = totals[kind]
            t[0] += sum(b.values())
            t[1] += sum(f.values())
            t[2] += sum(gone.values())
            t[3] += sum(new.values())
            if not gone and not new:
                continue
            print(f"== {chapter} {kind}: -{sum(gone.values())} +{sum(new.values())}")
            for quote in sorted({u[0] for u in gone} | {u[0] for u in new}):
                print(f"  \"{quote[:300]}\"")
                for u in sorted(gone):
                    if u[0] == quote:
                        print(show(kind, u, "-"))
                for u in sorted(new):
                    if u[0] == quote:
                        print(show(kind, u, "+"))
    print("\n| kind | before | after | removed | added |\n| --- | --- | --- | --- | --- |")
    for kind in a.only or KINDS:
        print(f"| {kind} | " + " | ".join(f"{n:,}" for n in totals[kind]) + " |")


if __name__ == "__main__":
    main()
