"""Where training items die, per chapter: for every statement, which item types were tried, which gate or generator
refused each (named by its function), and which items were kept; for every defined concept, the same for its
definition item.

Why (task S17-G): judges accept 95-97 % of training items, but a chapter of a social science gave 11 items from 42
statements, all clozes.  The table says at which gate each untaught statement stops, so a change aims at the gate that
loses the most right statements.  Read-only: it reads each KB through the review filter (as `proda build train` does),
builds the candidates in memory at the project's [build] settings and writes nothing.

    python benchmarks/train_funnel.py /tmp/kb-anatomy /tmp/kb-sociology [--json] [--untaught]

Per statement the first refusing gate of each generator is named: ``supported:<part>`` (``KB.unsupported``, the
parts of ``KB.supported``), ``askable:<part>`` (``generators.unaskable``), ``open:...`` / ``relation:...`` (no open
template asks it; ``relations.voice``), ``single_choice:wrong_objects=<n>`` (fewer than three verified distractors),
``true_false:...``, ``multi_select:...`` and ``cloze:<gate>`` (``cloze.blank_or_refusal``).  ``--untaught`` lists
every statement that gives no item with its reasons, to read.  The refusals are named by ``train_refusals``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(1, str(Path(__file__).resolve().parent))  # train_refusals, also when loaded by path

from train_refusals import choice_why, cloze_why, definition_why, ms_why, open_why, tf_why  # noqa: E402


def funnel(kb, seed: int, per_statement: int, max_items: int, mix: dict, dedupe: float) -> dict:
    """Per statement and per defined concept of ``kb``: kept items, candidates and refusals (see the module doc)."""
    from proda.datasets import normalize_text
    from proda.train import synth
    from proda.train.items import cloze as C
    from proda.train.items import definitions as D
    from proda.train.items.claims import multi_select, true_false
    from proda.train.items.definitions import definition_items
    from proda.train.items.generators import open_items, single_choice
    from proda.train.items.relations import relation_items
    from proda.train.items.render import prepare

    prepare(kb)
    pools = {"definition": definition_items(kb, seed), "open": open_items(kb, seed),
             "relation": relation_items(kb, seed), "cloze": C.cloze_items(kb, seed),
             "single_choice": single_choice(kb, seed), "multi_select": multi_select(kb, seed),
             "true_false": true_false(kb, seed)}
    cand: dict[str, Counter] = defaultdict(Counter)
    for name, drafts in pools.items():
        for d in drafts:
            for sid in d.statement_ids:
                cand[sid][f"{d.type}/{d.subtype}"] += 1
    items, rep = synth.generate(kb, per_statement=per_statement, max_items=max_items, type_mix=mix, seed=seed,
                                dedupe=dedupe)
    kept: dict[str, Counter] = defaultdict(Counter)
    kept_concepts: dict[str, Counter] = defaultdict(Counter)
    for i in items:
        for sid in i.statement_ids:
            kept[sid][f"{i.type}/{i.subtype}"] += 1
        for cid in i.concept_ids:
            kept_concepts[cid][f"{i.type}/{i.subtype}"] += 1
    docs, concepts = C.near_chains(kb)
    quotes = C.Quotes(kb.statements)
    by_quote: dict[str, list[dict]] = defaultdict(list)
    for s in kb.statements:
        by_quote[normalize_text(s.get("quote") or "")].append(s)
    rows = []
    for s in kb.statements:
        r = {"id": s["id"], "chapter": s["chapter"], "triple": f"{s['subject']} | {s['predicate']} | {s['object']}",
             "family": s["fam"], "quote": s.get("quote") or "", "kept": dict(kept.get(s["id"], {})),
             "candidates": dict(cand.get(s["id"], {})), "why": {}}
        tried = {t.split("/")[0] for t in r["candidates"]} | {t.split("/")[0] for t in r["kept"]}
        subtypes = set(r["candidates"])
        if "open_qa/cloze" not in subtypes:
            r["why"]["cloze"] = cloze_why(kb, s, quotes, docs, concepts, by_quote)
        if not subtypes - {"open_qa/cloze"} - {t for t in subtypes if not t.startswith("open_qa")}:
            r["why"]["open"] = open_why(kb, s)
        if "single_choice" not in tried:
            r["why"]["single_choice"] = choice_why(kb, s, seed)
        if "true_false" not in tried:
            r["why"]["true_false"] = tf_why(kb, s, seed)
        if "multi_select" not in tried:
            r["why"]["multi_select"] = ms_why(kb, s)
        if r["candidates"] and not r["kept"]:
            r["why"]["select"] = "select:capped_or_near_duplicate"
        rows.append(r)
    text = " ".join(kb.chunks.values()).lower()
    book = D.sentences("\n".join(kb.chunks.values()))
    names = {(c["name"] or "").strip().lower() for c in kb.concepts}
    defined = []
    taught_defs = {cid for d in pools["definition"] for cid in d.concept_ids[:1]}
    for c in kb.concepts:
        if not (c.get("definition") or "").strip():
            continue
        defined.append({"id": c["id"], "name": c["name"], "definition": c["definition"],
                        "kept": dict(kept_concepts.get(c["id"], {})),
                        "why": definition_why(kb, c, text, book, names, taught_defs)})
    return {"statements": rows, "defined": defined, "report": {"items": rep.items, "types": rep.types,
                                                               "subtypes": rep.subtypes}}


def load(project: Path):
    """The KB as `proda build train` reads it (review verdicts applied), and the project's [build] settings."""
    from proda.config import load_config
    from proda.graphdb.store import open_store
    from proda.review import filter as review_filter
    from proda.train.items.kb import load_kb

    cfg = load_config(project)
    with open_store(cfg) as store:
        kb = load_kb(review_filter.reviewed(store))
    bc = cfg.build
    return kb, dict(seed=bc.seed, per_statement=bc.per_statement, max_items=bc.max_items, mix=dict(bc.type_mix),
                    dedupe=bc.dedupe_jaccard)


def table(res: dict) -> list[str]:
    """Per chapter: statements, taught, items kept by type, and the refusals of the untaught statements per
    generator (the most frequent first)."""
    out = []
    by_ch: dict[str, list[dict]] = defaultdict(list)
    for r in res["statements"]:
        by_ch[r["chapter"]].append(r)
    for ch, rows in sorted(by_ch.items()):
        taught = [r for r in rows if r["kept"]]
        types = Counter(t.split("/")[0] for r in rows for t, n in r["kept"].items() for _ in range(n))
        out.append(f"  {ch}: {len(rows)} statements, {len(taught)} taught "
                   f"({', '.join(f'{k} {v}' for k, v in sorted(types.items())) or '-'} statement-item links)")
        untaught = [r for r in rows if not r["kept"]]
        for gen in ("open", "cloze", "single_choice", "true_false", "multi_select", "select"):
            c = Counter(r["why"][gen] for r in untaught if gen in r["why"])
            if c:
                out.append(f"    {gen:<13} " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    d = res["defined"]
    c = Counter(x["why"] or "taught" for x in d)
    out.append(f"  defined concepts: {len(d)}: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("kbs", nargs="+", type=Path)
    ap.add_argument("--json", action="store_true", help="every statement's and defined concept's record")
    ap.add_argument("--untaught", action="store_true", help="list the statements that give no item, with reasons")
    a = ap.parse_args(argv)
    res = []
    for p in a.kbs:
        kb, kw = load(p)
        res.append((p, funnel(kb, **kw)))
    if a.json:
        print(json.dumps({str(p): r for p, r in res}, indent=1, default=str))
        return 0
    for p, r in res:
        rows = r["statements"]
        print(f"== {p}: {r['report']['items']} items {r['report']['types']}; {len(rows)} statements, "
              f"{sum(1 for x in rows if x['kept'])} taught")
        print("\n".join(table(r)))
        if a.untaught:
            for x in rows:
                if not x["kept"]:
                    print(f"    - {x['triple']}  [{'; '.join(x['why'].values())}]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
