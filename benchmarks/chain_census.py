"""Census of the chains a KB could give from its statements: where mined chains and statement-path items are lost.

Why (issues 11 item 4 and 12 item 2): mined chains per chunk were 0.00 on every book and benchmark items per chapter
far below 10.  Mined chains (proda/ingest/mine.py) and statement paths (proda/evaluate/bench_paths.py) are both paths
of causal statements joined on a concept; this counts, per KB, the statements, the causal ones, the pairs joined on a
concept (object of one = subject of the next) in one document and in one section, the paths of 3 statements, what
becomes a mined chain and a statement path, and for every lost pair the first condition that refuses it, in the
order mine.py tests them:

- ``step``: the subject or object does not read as a term, or the statement is negated (``mine._step_ok``)
- ``key``: a different quantity ("blood glucose variability" after "blood glucose"; ``mine._joins``)
- ``general``: the shared key is a lone common or class noun ("cells", "hormones"; ``mine.specific``)
- ``section``: the two statements sit under different headings
- ``direction``: "rising Y" after a statement that lowers Y
- ``complement``: the first's sentence sends its object on to another event ("trigger the pancreas to release glucagon")
- ``order``: the second is read more than one chunk before or after the first

and, for the same pairs, the first condition of ``bench_paths.statement_paths`` that refuses them as a statement path
(family, negated, quote length, general, one sentence, section).  Pairs joined by the same key on two concept nodes
(``identity``) and pairs where one statement is not of a causal family (``mine.FAMILIES``: the non-causal family is
counted) are counted beside them.  Read-only.

    python benchmarks/chain_census.py /tmp/s16/M/base-anatomy ... [--items] [--json] [--show N]

``--items`` also builds the benchmark in memory (``bench.generate``, as `proda build bench`, and again with statement
paths on) and counts items from mined chains and from paths (slow: loads spaCy).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _rows(store) -> tuple[dict[tuple[str, str], dict], dict[str, str]]:
    """(doc, statement id) -> mine's row (first chunk of the statement in the document), plus the census fields."""
    base = store.read("mine_census")
    extra = {(r["doc"], r["id"]): r for r in base}
    rows = store.read("mine_statements", rows=[{"doc": d, "id": s} for d, s in sorted(extra)]) if extra else []
    info: dict[tuple[str, str], dict] = {}
    for r in sorted(rows, key=lambda r: (r["ord"] if r["ord"] is not None else 0, r["chunk"])):
        k = (r["doc"], r["id"])
        if k not in info:
            info[k] = dict(r, **{f: extra[k][f] for f in ("path", "negated", "subject_key", "object_key", "object_name",
                                                           "subject_aliases", "object_aliases")})
    return info, {d: r["path"] for (d, _), r in extra.items()}


def refusal(a: dict, b: dict) -> str:
    """The first condition of ``mine._links`` (and ``_step_ok``) that refuses b continuing a; "" when none does."""
    from proda.ingest import mine

    if not (mine._step_ok(a) and mine._step_ok(b)):
        return "step"
    if not mine._joins(a["object"], b["subject"]):
        k = mine._key(a["object"])
        return "key" if not k or k != mine._key(b["subject"]) else "general"
    if (a.get("heading") or "") != (b.get("heading") or ""):
        return "section"
    moved = mine._direction(b["subject"])
    if moved and moved != mine._polarity(a) * (mine._direction(a["object"]) or 1):
        return "direction"
    if not mine._within_complement(a, b):
        return "complement"
    pa, pb = mine._place(a), mine._place(b)
    if abs(pb[0] - pa[0]) > 1:
        return "order"
    return "" if mine._links(a, b) else "other"


def path_refusal(a: dict, b: dict) -> str:
    """The first condition of ``bench_paths.statement_paths`` that refuses the pair a -> b; "" when none does."""
    from proda.evaluate.bench_paths import PATH_FAMILIES, family, overlaps, specific

    for x in (a, b):
        if family(dict(x, predicate_lemma=x.get("lemma"))) not in PATH_FAMILIES:
            return "family " + family(dict(x, predicate_lemma=x.get("lemma")))
        if x.get("negated"):
            return "negated"
        if not 20 <= len(x.get("quote") or "") <= 250:
            return "quote length"
    if not specific(a.get("object_name") or a.get("object") or ""):
        return "general"
    if overlaps(b.get("quote") or "", [a.get("quote") or ""]):
        return "one sentence"
    if (a.get("heading") or "") != (b.get("heading") or ""):
        return "section"
    return ""


def census(project: Path, items: bool = False, show: int = 0) -> dict:
    from proda.config import load_config
    from proda.graphdb.store import open_store
    from proda.ingest import mine

    cfg = load_config(project)
    with open_store(cfg) as store:
        info, _ = _rows(store)
        kinds = {r["kind"]: r["chains"] for r in store.read("mine_chain_counts")}
        chunks = store.read("MATCH (k:Chunk) RETURN count(k) AS n")[0]["n"]
    fam = {k: mine._family(r) for k, r in info.items()}
    causal = {k for k, f in fam.items() if f in mine.FAMILIES}
    by_doc: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for k in info:
        by_doc[k[0]].append(k)
    c: Counter = Counter(statements=len(info), causal=len(causal), chunks=chunks, mined_chains=kinds.get("mined", 0))
    why: Counter = Counter()
    why_path: Counter = Counter()
    fam_loss: Counter = Counter()
    samples: dict[str, list[str]] = defaultdict(list)
    for doc, keys in by_doc.items():
        by_subj: dict[str, list] = defaultdict(list)
        by_key: dict[str, list] = defaultdict(list)
        for k in keys:
            by_subj[info[k]["subject_id"]].append(k)
            by_key[mine._key(info[k]["subject"])].append(k)
        kept: dict[tuple, tuple] = {}
        for ka in keys:
            a = info[ka]
            for kb in by_subj.get(a["object_id"], []):
                if kb == ka or info[kb]["object_id"] == a["subject_id"]:
                    continue
                if not (ka in causal and kb in causal):
                    c["pairs_other_family"] += 1
                    fam_loss.update(fam[x] for x in (ka, kb) if x not in causal)
                    continue
                c["pairs_doc"] += 1
                b = info[kb]
                pr = path_refusal(a, b)
                why_path[pr or "path"] += 1
                if pr and len(samples["path: " + pr]) < show:
                    samples["path: " + pr].append(f"{a['quote']}  ||  {b['quote']}")
                if (a.get("heading") or "") == (b.get("heading") or ""):
                    c["pairs_section"] += 1
                r = refusal(a, b)
                why[r or "linked"] += 1
                if r and len(samples[r]) < show:
                    samples[r].append(f"{mine._text(a)}  ||  {mine._text(b)}")
                if not r:
                    kept[ka, kb] = (ka, kb)
            # one thing on two concept nodes: the same key, different nodes
            for kb in by_key.get(mine._key(a["object"]), []):
                if kb != ka and info[kb]["subject_id"] != a["object_id"] and ka in causal and kb in causal:
                    c["pairs_identity"] += 1
                    if len(samples["identity"]) < show:
                        samples["identity"].append(f"{mine._text(a)}  ||  {mine._text(info[kb])}")
        nxt = defaultdict(set)
        for ka, kb in kept:
            nxt[ka].add(kb)
        for ka, kb in kept:
            c["triples_linked"] += len(nxt.get(kb, ()))
        # 3-statement paths on the concept alone (both causal, one document)
        for ka in keys:
            if ka not in causal:
                continue
            for kb in by_subj.get(info[ka]["object_id"], []):
                if kb == ka or kb not in causal:
                    continue
                for kc in by_subj.get(info[kb]["object_id"], []):
                    if kc not in (ka, kb) and kc in causal and info[kc]["object_id"] != info[ka]["subject_id"]:
                        c["triples_doc"] += 1
    out = {"kb": str(project), "counts": dict(c), "refused": dict(why), "path_refused": dict(why_path),
           "family": dict(fam_loss.most_common(12)),
           "samples": dict(samples)}
    if items:
        out["items"] = _items(project)
    return out


def _items(project: Path) -> dict:
    """Benchmark items per chain kind, at default settings and with statement paths on; chapters in the KB."""
    from proda.config import load_config
    from proda.evaluate import bench
    from proda.evaluate.bench_chains import chapter_of
    from proda.graphdb.store import open_store
    from proda.review import filter as review_filter

    cfg = load_config(project)
    with open_store(cfg) as store:
        rs = review_filter.reviewed(store)
        rows = bench.load_chains(rs)
        links = bench.load_links(rs)
        texts = bench.load_texts(rs, rows, links) if rows else {}
    kw = bench.settings(cfg)
    kind = {r["id"]: r.get("kind") or "?" for r in rows}
    res = {"chapters": len({chapter_of(t.get("path") or "") for t in links if t.get("path")})}
    for paths in (False, True):
        got, rep = bench.generate(rows, links=links, texts=texts, paths=paths, **kw)
        by = Counter(kind.get(i.chain_id, "path" if i.chain_id.startswith("path_") else "?") for i in got)
        res["paths" if paths else "default"] = {"items": len(got), "by_kind": dict(by),
                                                "paths_usable": rep.statement_paths}
        if paths:
            from proda.evaluate.bench_paths import statement_paths

            steps = {p["id"]: [s["text"] for s in p["steps"]] for p in statement_paths(links)}
            steps.update({r["id"]: [s["text"] for s in sorted(r.get("steps") or [], key=lambda s: s["position"])]
                          for r in rows if r.get("kind") == "mined"})
            res["read"] = [{"chain": i.chain_id, "steps": steps.get(i.chain_id, []), "question": i.question,
                            "options": i.options, "correct": i.correct, "kind": i.kind,
                            "distractors": i.distractor_kinds}
                           for i in got if i.chain_id in steps]
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("kbs", nargs="+", type=Path)
    ap.add_argument("--items", action="store_true", help="also build the benchmark in memory and count items by kind")
    ap.add_argument("--show", type=int, default=0, help="print up to N pairs per refusal")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    res = [census(k, a.items, a.show) for k in a.kbs]
    if a.json:
        print(json.dumps(res, indent=1))
        return 0
    for r in res:
        print(f"== {r['kb']}")
        print("  " + ", ".join(f"{k} {v}" for k, v in r["counts"].items()))
        print("  pairs refused (first condition): " + ", ".join(f"{k} {v}" for k, v in sorted(r["refused"].items())))
        print("  as a statement path (first condition): " +
              ", ".join(f"{k} {v}" for k, v in sorted(r["path_refused"].items())))
        print("  non-causal family in a concept-joined pair: " + ", ".join(f"{k} {v}" for k, v in r["family"].items()))
        if "items" in r:
            read = r["items"].pop("read", [])
            print(f"  items: {r['items']}")
            for i in read:
                print(f"  [{i['kind']}] {i['chain']}: " + " // ".join(i["steps"]))
                print(f"     Q: {i['question']}")
                for n, o in enumerate(i["options"]):
                    print(f"     {'*' if n in i['correct'] else ' '} {o}  ({i['distractors'][n]})")
        for k, v in r["samples"].items():
            if not v:
                continue
            print(f"  -- {k}")
            for s in v:
                print(f"     {s}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
