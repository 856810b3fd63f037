"""Re-parse every audited statement's source sentence and report which audited units still come out.

Why: the independent audit (docs/audits/independent-2026-11-29/round*/…-statements.csv) judged statements
with the book open; re-running ``frames()`` on the same sentences shows, without a new audit, how many rejected
units the current rules still produce and how many accepted ones they keep.  A unit counts as produced when a
frame's subject and object start with the audited ones (case-insensitive), so an argument that now comes out
whole ("children" -> "children for the adult world") still counts as produced: read the ``-v`` listing.

    python benchmarks/statements_audit.py [-v] [--round=4]

Each sentence goes through the same sentence-level checks as the offline extractor (headings, inlined references,
attributed views, scope: :func:`proda.ingest.extract.offline.sentence_frames`); termhood and the first-name vignette
check (:mod:`proda.ingest.extract.people`), which need the whole document, are not re-run.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from proda.ingest.extract.nlp import load_nlp
from proda.ingest.extract.offline import citation_like, sentence_frames
from proda.stats import wilson

AUDITS = Path(__file__).resolve().parents[1] / "docs" / "audits" / "independent-2026-11-29"


def main(verbose: bool, only: str = "") -> None:
    nlp = load_nlp()
    kept = {True: [0, 0], False: [0, 0]}
    back = {True: [0, 0], False: [0, 0]}  # the author's read-back sheet, counted apart from the judges'
    later = {True: [0, 0], False: [0, 0]}  # a re-judging after a round's fixes (round*/after-fixes/), counted apart
    sheets = sorted(AUDITS.glob("round*/*-statements.csv")) + sorted(AUDITS.glob("round*/*/*-statements.csv"))
    for f in sheets:
        rnd = f.parent.name if f.parent.name.startswith("round") else f.parent.parent.name
        if only and f"round{only}" != rnd:
            continue
        tally = back if f.name.startswith("author-") else kept if f.parent.name == rnd else later
        for r in csv.DictReader(f.open(encoding="utf-8")):
            if r.get("kind", "").startswith("chain"):
                continue
            unit = re.sub(r"\s*\[according to [^\]]*\]\s*$", "", r["unit"])
            s, _, o = [x.strip().lower() for x in unit.split("|")]
            fs = [fr for se in nlp(r["source_quote"]).sents if not citation_like(se.text) for fr, _ in sentence_frames(se)]
            hit = any(fr.subject.lower().startswith(s) and fr.object.lower().startswith(o) for fr in fs)
            ok = r["verdict"] == "accept"
            tally[ok][hit] += 1
            if verbose and ok != hit:
                print(("LOST " if ok else "KEPT ") + f"{r['unit']} [{r.get('kind') or r.get('rule')}] :: {r['source_quote'][:150]}")
                for fr in fs:
                    print("     ->", fr.subject, "|", fr.predicate, "|", fr.object, fr.rule)
    print(f"accepted units still produced {kept[True][1]} / {sum(kept[True])}; "
          f"rejected units still produced {kept[False][1]} / {sum(kept[False])}")
    # what the next audit would judge right if it drew the same kinds of sentences: accepted kept among all kept
    print(f"predicted precision {wilson(kept[True][1], kept[True][1] + kept[False][1]).fmt()}")
    if sum(later[True]) + sum(later[False]):
        print(f"re-judged after fixes: accepted still produced {later[True][1]} / {sum(later[True])}; "
              f"rejected still produced {later[False][1]} / {sum(later[False])}")
    if sum(back[True]) + sum(back[False]):
        print(f"author read-back: accepted still produced {back[True][1]} / {sum(back[True])}; "
              f"rejected still produced {back[False][1]} / {sum(back[False])}")


if __name__ == "__main__":
    rnd = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--round=")), "")
    main("-v" in sys.argv, rnd)
