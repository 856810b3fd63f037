"""Training-item and benchmark generation throughput on an ingested KB (default: a copy of /tmp/kb-anat).

    python benchmarks/generate.py                          # copies /tmp/kb-anat to a temp folder first
    python benchmarks/generate.py --project KB --in-place  # use (and write dataset versions into) KB itself
    python benchmarks/generate.py --json out.json

Figures, measured in one run: rows read by the named queries (seconds), training
items (template generator, --per-statement) and benchmark items (--per-chain) with
items per second for generation alone and end to end (read + generate + write a
dataset version), the type / kind mix, correct-answer positions, and the coverage
and contamination figures of ``proda data check`` for the two versions written.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def bench_settings(store, cfg, rows: list[dict]) -> dict:
    """``bench.generate``'s keywords as ``bench.build`` passes them from the project's [build] settings (fallback and
    ranked length tolerances, the KB's links and chunk texts, the chapter minimum, names per chain, the event
    writer) -- without them the figures timed a different benchmark from the one `proda build bench` makes (review
    R17 item 10: the ranked tier, off by generate's own default, and the links were missing)."""
    from proda.evaluate import bench

    kw = {k: v for k, v in bench.settings(cfg).items() if k not in ("per_chain", "seed")}  # the script's own flags
    links = bench.load_links(store)
    return dict(kw, links=links, texts=bench.load_texts(store, rows, links))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--project", type=Path, default=Path("/tmp/kb-anat"))
    ap.add_argument("--in-place", action="store_true", help="do not copy the project first")
    ap.add_argument("--per-statement", type=int, default=3)
    ap.add_argument("--per-chain", type=int, default=2)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")

    from proda import datasets as ds
    from proda.config import load_config
    from proda.evaluate import bench
    from proda.graphdb.store import open_store
    from proda.train import synth

    tmp = None
    project = args.project
    if not args.in_place:
        tmp = Path(tempfile.mkdtemp(prefix="proda-gen-"))
        shutil.copytree(project, tmp / "kb", ignore=shutil.ignore_patterns("server.json", "*.lock"))
        project = tmp / "kb"
    cfg = load_config(project)
    fig: dict = {"project": str(args.project), "per_statement": args.per_statement, "per_chain": args.per_chain}
    try:
        with open_store(cfg) as store:
            fig["kb"] = store.read("kb_counts")[0]
            t = time.perf_counter()
            kb = synth.load_kb(store)
            fig["train_read_s"] = round(time.perf_counter() - t, 2)
            t = time.perf_counter()
            train, rep = synth.generate(kb, per_statement=args.per_statement, seed=args.seed,
                                        type_mix=dict(cfg.build.type_mix), dedupe=cfg.build.dedupe_jaccard)
            gen = time.perf_counter() - t
            t = time.perf_counter()
            tv = ds.create_version(store, "train", train, {"items": len(train), **rep.types}, {"benchmark": True})
            write = time.perf_counter() - t
            fig["train"] = {"items": len(train), "generate_s": round(gen, 2), "write_s": round(write, 2),
                            "items_per_s": round(len(train) / gen, 1),
                            "items_per_s_end_to_end": round(len(train) / (gen + write + fig["train_read_s"]), 1),
                            "types": rep.types, "subtypes": rep.subtypes, "candidates": rep.candidates,
                            "near_duplicates": rep.near_duplicates}

            t = time.perf_counter()
            rows = bench.load_chains(store)
            kw = bench_settings(store, cfg, rows)
            fig["bench_read_s"] = round(time.perf_counter() - t, 2)
            t = time.perf_counter()
            items, brep = bench.generate(rows, per_chain=args.per_chain, seed=args.seed, **kw)
            gen = time.perf_counter() - t
            t = time.perf_counter()
            bv = ds.create_version(store, "bench", items, {"items": len(items), **brep.kinds}, {"benchmark": True})
            write = time.perf_counter() - t
            t = time.perf_counter()
            all_items, all_rep = bench.generate(rows, per_chain=1000, seed=args.seed, **kw)
            fig["bench"] = {"items": len(items), "generate_s": round(gen, 3), "write_s": round(write, 2),
                            "items_per_s": round(len(items) / gen, 1),
                            "items_per_s_end_to_end": round(len(items) / (gen + write + fig["bench_read_s"]), 1),
                            "chains": brep.chains, "chains_with_items": brep.chains_with_items,
                            "candidates": brep.candidates, "dropped_length": brep.dropped_length,
                            "kinds": brep.kinds, "positions": brep.positions, "n_correct": brep.n_correct,
                            "distractor_kinds": brep.distractor_kinds, "max_length_spread": brep.max_length_spread,
                            "max_items_all_candidates": len(all_items),
                            "max_items_generate_s": round(time.perf_counter() - t, 2)}
            t = time.perf_counter()
            chk = ds.check(store, cfg, tv.id, bv.id)
            fig["check_s"] = round(time.perf_counter() - t, 2)
            fig["coverage"] = {k: (round(v, 4) if isinstance(v, float) else v) for k, v in chk["coverage"].items()}
            fig["overlap"] = {k: (round(v, 4) if isinstance(v, float) else v) for k, v in chk["overlap"].items()
                              if k != "examples"}
            fig["check_ok"] = chk["ok"]
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)

    tr, be, cov, ov = fig["train"], fig["bench"], fig["coverage"], fig["overlap"]
    print(f"KB: {fig['kb']['concepts']} concepts, {fig['kb']['statements']} statements, {fig['kb']['chains']} chains")
    print(f"train: {tr['items']} items in {tr['generate_s']} s = {tr['items_per_s']} items/s "
          f"(end to end with read {fig['train_read_s']} s + write {tr['write_s']} s: {tr['items_per_s_end_to_end']} items/s)")
    print(f"       types {tr['types']}")
    print(f"bench: {be['items']} items (--per-chain {args.per_chain}) in {be['generate_s']} s = {be['items_per_s']} items/s "
          f"(end to end: {be['items_per_s_end_to_end']} items/s); all candidates: {be['max_items_all_candidates']} items")
    print(f"       kinds {be['kinds']}  positions {be['positions']}  correct/item {be['n_correct']}  "
          f"max option-length spread {be['max_length_spread']:.0%}")
    print(f"coverage: concepts taught {cov['concepts_taught_share']:.1%} / tested {cov['concepts_tested_share']:.1%}; "
          f"statements taught {cov['statements_taught_share']:.1%} / tested {cov['statements_tested_share']:.1%}; "
          f"chains tested {cov['chains_tested']}/{cov['chains']}")
    print(f"overlap: exact {ov['exact']} ({ov['exact_share']:.1%}), 8-gram items {ov['ngram_items']} "
          f"({ov['ngram_share']:.1%}); data check {'passes' if fig['check_ok'] else 'FAILS'} ({fig['check_s']} s)")
    if args.json:
        args.json.write_text(json.dumps(fig, indent=2, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
