"""Ingest a corpus into a fresh embedded store and print what it cost and what it found.

    python benchmarks/ingest.py                               # ../shared/corpora/anatomy
    python benchmarks/ingest.py --corpus ../shared/corpora/chemistry --json out.json

Figures: wall time, MB/s, documents, chunks, concepts, statements, chains,
PREREQUISITE edges, largest-component ratio, orphan ratio, glossary recall and
peak memory (resident set of this process, which hosts the embedded JVM too).

Glossary recall: a glossary entry counts as found when its normalised term
(lower-cased, accents folded, last word singularised; "X (ABBR)" also tried
without the parenthesis) equals the normalised name or an alias of a stored
concept whose definition is non-empty.  The second figure counts only concepts
that a sentence rule found (not the book's <dl> glossary lists).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpora" / "anatomy")
    ap.add_argument("--extractor", default="offline")
    ap.add_argument("--project", type=Path, help="keep the KB here (default: a temporary folder)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", str(args.threads))

    import torch
    from rich.console import Console
    from rich.table import Table

    from proda.config import DEFAULT_TOML, load_config
    from proda.graphdb.analytics import kb_stats
    from proda.graphdb.store import open_store
    from proda.ingest.pipeline import ingest, make_extractor
    from proda.ingest.recall import glossary_recall, load_glossary, term_keys
    from proda.ids import normalize_name

    torch.set_num_threads(args.threads)
    corpus_dir = args.corpus / "corpus" if (args.corpus / "corpus").is_dir() else args.corpus
    project = args.project or Path(tempfile.mkdtemp(prefix="proda-bench-"))
    project.mkdir(parents=True, exist_ok=True)
    (project / "proda.toml").write_text(DEFAULT_TOML, encoding="utf-8")
    cfg = load_config(project)

    t0 = time.time()
    with open_store(cfg) as store:
        t_open = time.time() - t0
        report = ingest(store, cfg, [corpus_dir], args.corpus.name, extractor=make_extractor(cfg, args.extractor))
        wall = time.time() - t0
        stats = kb_stats(store)
        concepts = store.read("concepts_with_provenance")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    fig = {
        "corpus": str(args.corpus), "extractor": args.extractor, "wall_s": round(wall, 1),
        "store_open_s": round(t_open, 1), "ingest_s": round(report.seconds, 1),
        "mb": round(report.bytes_read / 1e6, 2), "mb_per_s": round(report.bytes_read / 1e6 / wall, 3),
        "documents": stats["documents"], "chunks": stats["chunks"], "concepts": stats["concepts"],
        "defined_concepts": stats["defined_concepts"], "statements": stats["statements"], "chains": stats["chains"],
        "steps": stats["steps"], "prerequisite_edges": stats["prerequisite_edges"],
        "reasoning_edges": stats["reasoning_edges"], "largest_component_ratio": stats["largest_component_ratio"],
        "orphan_ratio": stats["orphan_ratio"], "rejected_quotes": report.rejected_quotes,
        "entity_merges": report.merges, "read_errors": len(report.errors), "peak_rss_mb": round(peak_mb),
    }
    gloss = args.corpus / "glossary.jsonl"
    if gloss.exists():
        rec = glossary_recall(concepts, gloss)
        # per glossary entry (the 3,190 lines), not per unique term
        index = {normalize_name(n) for c in concepts if c["definition"].strip() for n in [c["name"], *c["aliases"]]}
        entries = load_glossary(gloss)
        hit = sum(1 for g in entries if term_keys(g["term"]) & index)
        fig.update({
            "glossary_entries": len(entries), "glossary_entries_found": hit,
            "glossary_recall": round(hit / len(entries), 4),
            "glossary_unique_terms": rec["terms"], "glossary_unique_recall": rec["recall"],
            "glossary_recall_sentence_rules_only": rec["sentence_only"]["recall"],
            "glossary_missed_examples": rec["missed_examples"][:10],
        })
    t = Table(title=f"proda ingest benchmark: {args.corpus.name} ({args.extractor})")
    t.add_column("measure")
    t.add_column("value", justify="right")
    for k, v in fig.items():
        if k != "glossary_missed_examples":
            t.add_row(k, f"{v:.1%}" if "ratio" in k or "recall" in k else str(v))
    Console().print(t)
    if "glossary_missed_examples" in fig:
        print("missed (first 10):", "; ".join(fig["glossary_missed_examples"]))
    if args.json:
        args.json.write_text(json.dumps(fig, indent=2))


if __name__ == "__main__":
    main()
