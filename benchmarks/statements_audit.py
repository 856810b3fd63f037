"""Re-parse every audited statement's source sentence and report which audited units still come out.

Why: the independent audit (docs/audits/independent-2026-11-29/round*/…-statements.csv) judged statements
with the book open; re-running ``frames()`` on the same sentences shows, without a new audit, how many rejected
units the current rules still produce and how many accepted ones they keep.  A unit counts as produced when a
frame's subject and object start with the audited ones (case-insensitive), so an argument that now comes out
whole ("children" -> "children for the adult world") still counts as produced: read the ``-v`` listing.

    python benchmarks/statements_audit.py [-v]
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from proda.ingest.extract.frames import frames
from proda.ingest.extract.nlp import load_nlp

AUDITS = Path(__file__).resolve().parents[1] / "docs" / "audits" / "independent-2026-11-29"


def main(verbose: bool) -> None:
    nlp = load_nlp()
    kept = {True: [0, 0], False: [0, 0]}
    for f in sorted(AUDITS.glob("round*/*-statements.csv")):
        for r in csv.DictReader(f.open(encoding="utf-8")):
            if r["kind"].startswith("chain"):
                continue
            s, _, o = [x.strip().lower() for x in r["unit"].split("|")]
            fs = [fr for se in nlp(r["source_quote"]).sents for fr in frames(se)]
            hit = any(fr.subject.lower().startswith(s) and fr.object.lower().startswith(o) for fr in fs)
            ok = r["verdict"] == "accept"
            kept[ok][hit] += 1
            if verbose and ok != hit:
                print(("LOST " if ok else "KEPT ") + f"{r['unit']} [{r['kind']}] :: {r['source_quote'][:150]}")
                for fr in fs:
                    print("     ->", fr.subject, "|", fr.predicate, "|", fr.object, fr.rule)
    print(f"accepted units still produced {kept[True][1]} / {sum(kept[True])}; "
          f"rejected units still produced {kept[False][1]} / {sum(kept[False])}")


if __name__ == "__main__":
    main("-v" in sys.argv)
