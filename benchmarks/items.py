"""Items you can trust (issue 12): the generators BEFORE (commit 0e7b409, loaded from git history into a temporary
package) and AFTER (this tree), on the same KBs in the same run, at default settings.

    python benchmarks/items.py --project anatomy=/tmp/c/anat --project chemistry=/tmp/c/chem \\
                               --project sociology=/tmp/c/soc [--json out.json]

Per book and generator: training items, benchmark items per chapter (min / mean / max over the chapters that have
content: a document with a statement), the option-only baseline AUC and the length-only AUC (``proda.evaluate.audit``; bench and multi-option
training items), per-form correct shares (forms inferred from the wording for the old items, stored for the new),
and the ``data check`` verdict: BEFORE by its old rule (any verbatim question, or > 5 % of items sharing a word
8-gram), AFTER by the new one (question + key memorisable, and the audit thresholds).  Nothing is written to the KBs.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
BEFORE = "0e7b409"


def load_before(tmp: Path, before: str = BEFORE):
    """The old synth and bench modules, from git history, as modules of their own (and the old ``bench_chains``
    when that commit has one, so the old bench runs with its own chain rules)."""
    mods = {}
    sys.path.insert(0, str(tmp))
    chains_src = subprocess.run(["git", "-C", str(ROOT), "show", f"{before}:proda/evaluate/bench_chains.py"],
                                capture_output=True, text=True)
    if chains_src.returncode == 0:
        (tmp / "before_bench_chains.py").write_text(chains_src.stdout, encoding="utf-8")
    for name, path in (("before_synth", "proda/train/synth.py"), ("before_bench", "proda/evaluate/bench.py")):
        src = subprocess.run(["git", "-C", str(ROOT), "show", f"{before}:{path}"], check=True, capture_output=True,
                             text=True).stdout
        if chains_src.returncode == 0:
            src = src.replace("from proda.evaluate.bench_chains import", "from before_bench_chains import")
        borrowed = sorted(set(re.findall(r"^\s*from (proda\.(?:train|evaluate)\.[\w.]+) import", src, re.M)))
        if borrowed:  # the old module would run with today's helpers: neither before nor after
            raise SystemExit(f"--before {before}: {path} there imports {', '.join(borrowed)}, which this tree "
                             "would supply; use a commit whose generators are self-contained (0e7b409)")
        f = tmp / f"{name}.py"
        f.write_text(src, encoding="utf-8")
        spec = importlib.util.spec_from_file_location(name, f)
        mod = importlib.util.module_from_spec(spec)
        sys.modules[name] = mod  # dataclasses look their module up while the class is built
        spec.loader.exec_module(mod)
        mods[name] = mod
    return mods["before_synth"], mods["before_bench"]


def measure(train, bench, rows, cfg, old_rule: bool, chapters: list[str]) -> dict:
    from proda import datasets as ds
    from proda.evaluate.audit import audit
    from proda.evaluate.bench_chains import chapter_of

    chap = {r["id"]: chapter_of(r.get("path") or r.get("document") or "") for r in rows}
    per = Counter(chap.get(i.chain_id, "?") for i in bench)
    counts = [per.get(c, 0) for c in chapters]
    au = audit(train, bench, cfg.build, seed=0)
    ov = ds.overlap(train, bench)
    if old_rule:
        fails = (["verbatim question"] if ov["exact_share"] > cfg.build.max_exact_overlap else []) + \
                (["8-gram overlap"] if ov["ngram_share"] > cfg.build.max_overlap else [])
    else:
        fails = (["memorisable"] if ov["memorisable_share"] > cfg.build.max_exact_overlap else []) + au["failures"]
    forms = {}
    for name in ("bench", "train"):
        if au[name]:
            forms[name] = {f: (r["k"], r["n"]) for f, r in au[name]["forms"].items()}
    return {"train_items": len(train), "bench_items": len(bench), "per_chapter": dict(zip(chapters, counts)),
            "chapter_min": min(counts, default=0), "chapter_mean": sum(counts) / len(counts) if counts else 0.0,
            "bench_auc": au["bench"]["option_auc"] if au["bench"] else None,
            "train_auc": au["train"]["option_auc"] if au["train"] else None,
            "bench_length_auc": au["bench"]["length_auc"] if au["bench"] else None,
            "bench_origin_separable": au["bench"].get("origin_separable") if au["bench"] else None,
            "forms": forms, "check_ok": not fails, "check_failures": fails}


SAMPLE_SEED, SAMPLE_N = 12, 40


def write_sample(path: Path, book: str, train, bench) -> None:
    """A fixed-seed sample of items to judge as a teacher would: key right, exact set right, distractors wrong and
    plausible, no cue, answerable from the book.  Verdict lines are left for the reader to fill in."""
    import random

    from proda.datasets import LETTERS

    rng = random.Random(SAMPLE_SEED)
    lines = [f"# {book}: {SAMPLE_N} training and {SAMPLE_N} benchmark items (seed {SAMPLE_SEED})", ""]
    for name, items in (("training", train), ("benchmark", bench)):
        lines += [f"## {name} items", ""]
        for n, it in enumerate(rng.sample(list(items), min(SAMPLE_N, len(items))), 1):
            if name == "training":
                lines += [f"### T{n} `{it.id}` {it.type}/{it.subtype}", "", "```", it.prompt, "---", it.answer, "```"]
            else:
                opts = [f"{LETTERS[k]}{'*' if k in it.correct else ' '} {o}  [{it.distractor_kinds[k] or 'key'}]"
                        for k, o in enumerate(it.options)]
                lines += [f"### B{n} `{it.id}` {it.kind}", "", "```", it.question, *opts, "```"]
            lines += ["verdict: ", ""]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--project", action="append", required=True, help="BOOK=PROJECT_DIR (repeatable)")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--before", default=BEFORE, help=f"the commit of the BEFORE generators (default {BEFORE}; a commit "
                    "whose synth.py/bench.py import other generator modules is refused: this tree would supply them)")
    ap.add_argument("--sample", type=Path, help="also write 40 training and 40 benchmark items (AFTER, seed "
                    "SAMPLE_SEED) per book as Markdown into this folder, for a teacher's audit (docs/audits/)")
    args = ap.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from rich.console import Console
    from rich.table import Table

    from proda.config import load_config
    from proda.evaluate import bench as new_bench
    from proda.evaluate import bench_events
    from proda.graphdb.store import open_store
    from proda.train import synth as new_synth

    out: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        old_synth, old_bench = load_before(Path(tmp), args.before)
        for spec in args.project:
            book, _, path = spec.partition("=")
            cfg = load_config(Path(path))
            bc = cfg.build
            with open_store(cfg) as store:
                from proda.evaluate.bench_chains import chapter_of

                # chapters with content: those holding a document with at least one statement
                chapters = sorted({chapter_of(r["path"]) for r in store.read(
                    "MATCH (:Statement)-[:FROM_CHUNK]->(:Chunk)-[:PART_OF]->(d:Document) RETURN DISTINCT d.path AS path")})
                rows = new_bench.load_chains(store)
                links = new_bench.load_links(store)
                kb_new = new_synth.load_kb(store)
                kb_old = old_synth.load_kb(store)
            t_old, _ = old_synth.generate(kb_old, per_statement=bc.per_statement, seed=bc.seed,
                                          type_mix=dict(bc.type_mix), dedupe=bc.dedupe_jaccard)
            import inspect

            extra = {k: v for k, v in (("links", links), ("min_per_chapter", bc.min_per_chapter),
                                       ("fallback_tolerance", bc.option_tolerance_fallback),
                                       ("ranked_tolerance", bc.option_tolerance_ranked))
                     if k in inspect.signature(old_bench.generate).parameters}  # each as bench.build passes it
            b_old, _ = old_bench.generate(rows, per_chain=bc.per_chain, seed=bc.seed, tolerance=bc.option_tolerance,
                                          dedupe=bc.dedupe_jaccard, **extra)
            t_new, _ = new_synth.generate(kb_new, per_statement=bc.per_statement, seed=bc.seed,
                                          type_mix=dict(bc.type_mix), dedupe=bc.dedupe_jaccard)
            b_new, _ = new_bench.generate(rows, per_chain=bc.per_chain, seed=bc.seed, tolerance=bc.option_tolerance,
                                          dedupe=bc.dedupe_jaccard, links=links, min_per_chapter=bc.min_per_chapter,
                                          fallback_tolerance=bc.option_tolerance_fallback,
                                          ranked_tolerance=bc.option_tolerance_ranked,
                                          three_options=bc.three_options,
                                          events=bench_events.renderer(cfg.ingest.spacy_model))
            if args.sample:
                write_sample(args.sample / f"{book}-sample.md", book, t_new, b_new)
            # the old contamination rule (8-gram overlap) belongs to the generators of 0e7b409, not to later ones
            out[book] = {"before": measure(t_old, b_old, rows, cfg, args.before == BEFORE, chapters),
                         "after": measure(t_new, b_new, rows, cfg, False, chapters)}
    con = Console(width=200)
    t = Table(title=f"items before ({args.before}) and after, same KBs, default settings", title_justify="left")
    for c in ("book", "", "train items", "bench items", "bench / chapter min-mean", "option-only AUC bench / train",
              "length AUC bench", "data check"):
        t.add_column(c, justify="left" if c in ("book", "", "data check") else "right")
    fmt = lambda v: "–" if v is None else f"{v:.2f}"  # noqa: E731
    for book, r in out.items():
        for when in ("before", "after"):
            m = r[when]
            t.add_row(book, when, str(m["train_items"]), str(m["bench_items"]),
                      f"{m['chapter_min']} / {m['chapter_mean']:.1f}", f"{fmt(m['bench_auc'])} / {fmt(m['train_auc'])}",
                      fmt(m["bench_length_auc"]), "pass" if m["check_ok"] else "FAIL: " + "; ".join(m["check_failures"])[:70])
    con.print(t)
    f = Table(title="correct share per option form (k/n)", title_justify="left")
    for c in ("book", "", "set", "forms"):
        f.add_column(c)
    for book, r in out.items():
        for when in ("before", "after"):
            for name, forms in r[when]["forms"].items():
                f.add_row(book, when, name, ", ".join(f"{k}: {a}/{n} ({a / n:.0%})" for k, (a, n) in forms.items() if n))
    con.print(f)
    if args.json:
        args.json.write_text(json.dumps(out, indent=2, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
