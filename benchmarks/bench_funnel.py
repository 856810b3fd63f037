"""Where benchmark items die, per chapter: chains by kind, chains refused as lists, statement paths the KB offers,
candidate questions by kind, why candidates were dropped, and the items kept by kind.

Why (issue 12: >= 10 benchmark items per chapter): a chapter with no items can lack chains, have chains that a gate
refuses (a list, a cut step, a question the form gives away), or have causal statements that no path joins.  The
table says which, so a change aims at the step that loses the most.  Read-only: it builds the benchmark in memory
from each KB (``bench.build``, the same call as `proda build bench`) and writes nothing.

    python benchmarks/bench_funnel.py /tmp/kb-anatomy /tmp/kb-sociology [--paths] [--json]

``--paths`` also asks the statement paths (``bench.generate(paths=True)``, off in `proda build bench`) so their
yield can be read before switching them on.  ``--refused`` also lists every candidate that found no four options
(its question, why: ``bench_options.unrealised``, its keys' and distractors' lengths and kinds), to read which
options a rule could make fair (S16-B: most chemistry candidates had one own step and outside sentences three
times a step's length).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def funnel(project: Path, paths: bool = False, refused: bool = False) -> dict:
    """Per chapter of one KB: the funnel's counts (see the module doc); with ``refused``, the unrealised candidates."""
    from proda.config import load_config
    from proda.evaluate import bench
    from proda.evaluate.bench_chains import chapter_of
    from proda.evaluate.bench_paths import PATH_FAMILIES, family, statement_paths
    from proda.graphdb.store import open_store
    from proda.review import filter as review_filter

    cfg = load_config(project)
    with open_store(cfg) as store:
        rs = review_filter.reviewed(store)
        rows = bench.load_chains(rs)
        links = bench.load_links(rs)
        texts = bench.load_texts(rs, rows, links) if rows else {}
    kw = bench.settings(cfg)
    lost: list[dict] = []
    if refused:  # what ``generate`` asks of a candidate it cannot realise, recorded with the candidate
        why = bench.unrealised

        def unrealised(c, used=frozenset()):
            got = why(c, used)
            lost.append({"chapter": chapter_of(c.chain.get("path") or c.chain.get("document") or ""), "why": got,
                         "kind": c.kind, "question": c.question,
                         "keys": [len(o.phrasings[0]) for o in c.correct],
                         "distractors": [f"{o.kind}:{min(map(len, o.phrasings))}" for o in c.distractors]})
            return got
        bench.unrealised = unrealised
    try:
        items, rep = bench.generate(rows, links=links, texts=texts, paths=paths, **kw)
    finally:
        if refused:
            bench.unrealised = why
    out: dict[str, dict] = defaultdict(lambda: defaultdict(Counter))
    for r in rows:
        out[chapter_of(r.get("path") or r.get("document") or "")]["chains"][r.get("kind") or "?"] += 1
    for t in links:
        ch = chapter_of(t.get("path") or "")
        out[ch]["statements"]["all"] += 1
        if family(t) in PATH_FAMILIES:
            out[ch]["statements"]["causal"] += 1
    for p in statement_paths(links):
        out[chapter_of(p["path"])]["statements"]["paths"] += 1
    usable = Counter()
    for row in rep.chain_table:
        ch = out[row["chapter"]]
        usable[row["chapter"]] += 1
        ch["candidates"].update(row["candidates"])
        ch["dropped"].update(row["dropped"])
    for ch, n in usable.items():
        out[ch]["chains"]["usable"] = n
    where = {row["chain"]: row["chapter"] for row in rep.chain_table}
    for i in items:
        out[where.get(i.chain_id, "?")]["items"][i.kind] += 1
    return {"kb": str(project), "refused_lists": rep.lists_refused, "statement_paths_usable": rep.statement_paths,
            "items": rep.items, "refused": lost, "chapters": {ch: {k: dict(v) for k, v in d.items()} for ch, d in sorted(out.items())}}


def _line(d: dict) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))) or "-"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("kbs", nargs="+", type=Path)
    ap.add_argument("--paths", action="store_true", help="also ask statement paths (off in `proda build bench`)")
    ap.add_argument("--refused", action="store_true", help="also list every candidate that found no four options")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    res = [funnel(k, a.paths, a.refused) for k in a.kbs]
    if a.json:
        print(json.dumps(res, indent=1))
        return 0
    for r in res:
        print(f"== {r['kb']}: {r['items']} items; {r['refused_lists']} chains refused as lists; "
              f"{r['statement_paths_usable']} statement paths used")
        for ch, d in r["chapters"].items():
            n = sum(d.get("items", {}).values())
            print(f"  {ch}: {n} items")
            for k in ("chains", "statements", "candidates", "dropped", "items"):
                print(f"    {k:<10} {_line(d.get(k, {}))}")
            for c in (c for c in r["refused"] if c["chapter"] == ch):
                print(f"    refused {c['why']} {c['kind']}: {c['question'][:160]}")
                print(f"      keys {c['keys']}; distractors {', '.join(c['distractors']) or '-'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
