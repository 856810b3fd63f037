"""Ingest throughput, end to end: steady-state words/s and the fixed start-up cost, new code against a baseline.

    python benchmarks/throughput.py                       # the default development slice, baseline 29994cf
    python benchmarks/throughput.py --baseline COMMIT --small-only   # a quick check of the fixed cost

Why a second ingest benchmark: ``benchmarks/ingest.py`` times small slices, where fixed costs (JVM start of the
embedded store, spaCy load per worker, the embedder's torch import) dominate.  Here each of two runs --
``baseline`` and ``new`` -- ingests, in its own process and fresh project (``proda init``), a *small* slice (one
section) and a *large* one (all sections of development chapters: anatomy 14, 17, 20, 22, 27; sociology
``corpus-prose`` 05, 14, 20, 21; about 150k words; anatomy 14 since session 23, when 13 was held out, and 27
since session 25, when 28 was; runs before session 25 are not comparable word for word).  From the two:
    steady-state words/s = (large words - small words) / (large seconds - small seconds)
    fixed cost (s)       = small seconds - small words / steady-state words/s
Seconds run from the child's start (imports and the store's JVM included) to the end of ``ingest``.  Both are
printed for wall time and for CPU seconds (the ingest process, its JVM and its extraction workers): on a shared
machine the CPU figure is the steadier one.  The ratio new / baseline is printed for each.

The baseline is a copy of this working tree's ``proda`` with the ingest machinery files (:data:`MACHINERY`) taken
from ``--baseline`` COMMIT, the new run a copy as it is: both share today's extraction rules, so the comparison
isolates the machinery.  The two large KBs are then exported canonically (every node and relationship, sorted, run
timestamps left out) and compared: ``KB identical: yes`` is the check that a speed-up changed nothing written.

Held-out audit chapters are refused (the same list as ``benchmarks/chain_recall.py``).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

T_START = time.time()
ROOT = Path(__file__).resolve().parents[1]
BASELINE = "29994cf"  # before the overlap of extraction with writes/model loads and the parallel encode batches
MACHINERY = ["proda/ingest/pipeline.py", "proda/ingest/overlap.py", "proda/ingest/embed.py",
             "proda/ingest/resolve_embed.py",  # the speed-up of 3bb69e5
             "proda/graphdb/embedded.py", "proda/graphdb/jvm.py",  # session 16: the JVM's compiler flags
             "proda/perf.py"]  # session 18: FrozenHeap, models and extractions out of JPype's full collections
# Exactly the files the speed-ups changed (each later speed-up adds its own files here): any other file taken from
# the baseline (termhood*.py, resolve*.py, ...) would run older RULES there, and "KB identical" would then mix rule
# changes with the speed-up (review R17 item 7: termhood_definitions.py changed in c8a0851)
LARGE = {"anatomy/corpus": ["14", "17", "20", "22", "27"], "sociology/corpus-prose": ["05", "14", "20", "21"]}
SMALL = ("sociology/corpus-prose", "05", 1)  # one section of one chapter
sys.path.insert(0, str(Path(__file__).resolve().parent))
from held_out import held_out  # noqa: E402  (the latest blind round's chapters)
SKIP_KEYS = {"at", "ingested_at", "seconds", "paths"}  # run timestamps and durations


def _chapter_dir(corpora: Path, book: str, chapter: str) -> Path:
    if held_out(book, chapter):
        raise SystemExit(f"{book} chapter {chapter} is held out: refused")
    return next(d for d in sorted((corpora / book).iterdir()) if d.is_dir() and d.name.startswith(chapter.zfill(2) + "-"))


def slice_paths(corpora: Path, small: bool) -> list[Path]:
    from proda.ingest.readers import iter_files

    if small:
        book, ch, n = SMALL
        return list(iter_files([_chapter_dir(corpora, book, ch)]))[:n]
    return [_chapter_dir(corpora, book, ch) for book, chs in LARGE.items() for ch in chs]


# ----------------------------------------------------------------------------- child: one ingest


def child(project: Path, out: Path, paths: list[Path], dump: Path | None) -> None:
    import proda.ingest.pipeline as pipeline
    from proda.config import load_config
    from proda.graphdb.store import open_store

    import proda.graphdb.jvm as jvm

    if hasattr(jvm, "prefer_quick_jit"):  # as `proda ingest` does (a baseline before it has none)
        jvm.prefer_quick_jit()
    cfg = load_config(project)
    with open_store(cfg) as store:
        t_open = time.time()
        report = pipeline.ingest(store, cfg, paths, "throughput")
        t_end = time.time()
        cpu = time.process_time() + resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime \
            + resource.getrusage(resource.RUSAGE_CHILDREN).ru_stime
        if dump:
            dump.write_text(canonical(store), encoding="utf-8")
    out.write_text(json.dumps({"seconds": t_end - T_START, "cpu": cpu, "store_open": t_open - T_START,
                               "chunks": report.chunks, "statements": report.statements, "chains": report.chains,
                               "concepts": report.concepts_written}))


def canonical(store) -> str:
    """Every node (labels, properties) and relationship (ends' ids, type, properties), sorted; floats exact."""
    def clean(p: dict) -> dict:
        return {k: v for k, v in sorted(p.items()) if k not in SKIP_KEYS}

    lines = []
    for r in store.read_only("MATCH (n) RETURN labels(n) AS l, properties(n) AS p"):
        if "IngestRun" not in r["l"]:
            lines.append("N " + json.dumps([sorted(r["l"]), clean(r["p"])], sort_keys=True, ensure_ascii=False, default=str))
    for r in store.read_only("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, properties(r) AS p, b.id AS b"):
        lines.append("R " + json.dumps([r["a"], r["t"], clean(r["p"]), r["b"]], sort_keys=True, ensure_ascii=False, default=str))
    return "\n".join(sorted(lines)) + "\n"


# ----------------------------------------------------------------------------- parent


def snapshot(commit: str | None = None) -> Path:
    """A copy of this tree's ``proda`` package (so that edits made while the benchmark runs reach neither run),
    with, given ``commit``, the machinery files of that commit (absent there: removed)."""
    root = Path(tempfile.mkdtemp(prefix="proda-throughput-code-"))
    shutil.copytree(ROOT / "proda", root / "proda", ignore=shutil.ignore_patterns("__pycache__"))
    for rel in MACHINERY if commit else []:
        p = subprocess.run(["git", "show", f"{commit}:{rel}"], cwd=ROOT, capture_output=True, text=True)
        if p.returncode == 0:
            (root / rel).write_text(p.stdout, encoding="utf-8")
        else:
            (root / rel).unlink(missing_ok=True)
    return root


def run(code: Path, paths: list[Path], words: int, dump: Path | None) -> dict:
    project = Path(tempfile.mkdtemp(prefix="proda-throughput-"))
    env = {**os.environ, "PYTHONPATH": str(code), "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS", "1")}
    _init(project, env)
    out = project / "figures.json"
    cmd = [sys.executable, __file__, "--child", str(project), str(out), *(["--dump", str(dump)] if dump else []),
           *map(str, paths)]
    p = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if not out.exists():
        raise SystemExit(f"child failed ({p.returncode}): {(p.stderr or p.stdout).strip().splitlines()[-1:]}")
    fig = json.loads(out.read_text())
    shutil.rmtree(project, ignore_errors=True)
    return {**fig, "words": words}


def _init(project: Path, env: dict) -> None:
    proda = Path(sys.executable).with_name("proda")
    subprocess.run([str(proda), "init", str(project)], env=env, check=True, capture_output=True)


def words_of(paths: list[Path]) -> int:
    from proda.ingest.readers import iter_files, read_document

    return sum(len(read_document(f).text.split()) for f in iter_files(paths))


def steady(small: dict, large: dict, key: str) -> tuple[float, float]:
    rate = (large["words"] - small["words"]) / max(large[key] - small[key], 1e-9)
    return rate, small[key] - small["words"] / rate


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    ap.add_argument("--baseline", default=BASELINE, help="commit whose machinery files are the baseline")
    ap.add_argument("--small-only", action="store_true", help="only the small slice (fixed cost, no identity check)")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--child", nargs=2, metavar=("PROJECT", "OUT"), help=argparse.SUPPRESS)
    ap.add_argument("--dump", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("paths", nargs="*", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]), args.paths, args.dump)
        from proda.graphdb.embedded import exit_process, jvm_started

        if jvm_started():
            exit_process(0)
        return
    base, new = snapshot(args.baseline), snapshot()
    tmp = Path(tempfile.mkdtemp(prefix="proda-throughput-dumps-"))
    small_p, large_p = slice_paths(args.corpora, True), slice_paths(args.corpora, False)
    ws, wl = words_of(small_p), words_of(large_p)
    figs: dict[str, dict] = {}
    for name, code in (("baseline", base), ("new", new)):  # small slices first, then large, interleaved
        figs[f"{name}/small"] = run(code, small_p, ws, None)
        print(f"{name}/small: {figs[f'{name}/small']['seconds']:.1f} s", file=sys.stderr)
    if not args.small_only:
        for name, code in (("baseline", base), ("new", new)):
            figs[f"{name}/large"] = run(code, large_p, wl, tmp / f"{name}.txt")
            print(f"{name}/large: {figs[f'{name}/large']['seconds']:.1f} s", file=sys.stderr)
    chapters = ", ".join(f"{b} {' '.join(c)}" for b, c in LARGE.items())
    print(f"slices: small {ws:,} words ({len(small_p)} section), large {wl:,} words ({chapters}); "
          f"baseline machinery {args.baseline}")
    print(f"{'run':10} {'small s':>8} {'large s':>8} {'steady w/s':>11} {'fixed s':>8} "
          f"{'small cpu':>10} {'large cpu':>10} {'steady w/cpu-s':>15} {'fixed cpu':>10}")
    rows = {}
    for name in ("baseline", "new"):
        s = figs[f"{name}/small"]
        lg = figs.get(f"{name}/large")
        if lg:
            rate, fixed = steady(s, lg, "seconds")
            crate, cfixed = steady(s, lg, "cpu")
            rows[name] = (rate, fixed, crate, cfixed)
            print(f"{name:10} {s['seconds']:8.1f} {lg['seconds']:8.1f} {rate:11,.0f} {fixed:8.1f} "
                  f"{s['cpu']:10.1f} {lg['cpu']:10.1f} {crate:15,.0f} {cfixed:10.1f}")
        else:
            print(f"{name:10} {s['seconds']:8.1f} {'':8} {'':11} {'':8} {s['cpu']:10.1f}")
    if rows:
        b, n = rows["baseline"], rows["new"]
        lb, ln = figs["baseline/large"], figs["new/large"]
        print(f"ratio new/baseline: steady words/s x{n[0] / b[0]:.2f} (wall), x{n[2] / b[2]:.2f} (cpu); "
              f"fixed cost x{n[1] / b[1]:.2f} (wall); large slice end to end {lb['words'] / lb['seconds']:,.0f} -> "
              f"{ln['words'] / ln['seconds']:,.0f} words/s (x{lb['seconds'] / ln['seconds']:.2f})")
        same = (tmp / "baseline.txt").read_bytes() == (tmp / "new.txt").read_bytes()
        print(f"KB identical: {'yes' if same else 'NO'} ({len((tmp / 'new.txt').read_text().splitlines()):,} nodes "
              f"and relationships; dumps in {tmp})")
    else:
        b, n = figs["baseline/small"], figs["new/small"]
        print(f"ratio new/baseline, small slice end to end: x{b['seconds'] / n['seconds']:.2f} (wall)")
    if args.json:
        args.json.write_text(json.dumps(figs, indent=2))
    for code in (base, new):
        shutil.rmtree(code, ignore_errors=True)


if __name__ == "__main__":
    main()
