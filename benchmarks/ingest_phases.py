"""Where an ingest's CPU goes: wall and CPU seconds per pipeline phase, and CPU per thread of the ingest process.

    python benchmarks/ingest_phases.py                  # throughput.py's large slice (about 150k words)
    python benchmarks/ingest_phases.py --small          # its one-section slice (start-up costs)

Why beside ``benchmarks/throughput.py`` (which says how fast, end to end): to say what to cut.  The ingest process
hosts the store's JVM, so its CPU is more than Python's: each phase is timed with ``time.process_time()`` of the
whole process (the JVM's threads included) around the pipeline's own functions (the named queries by name), and
at the end every live thread's CPU is read from ``/proc/self/task`` (the JVM names its threads: "C2 CompilerThre"
is the optimising compiler, "BOLT-..." the store's query threads; Python's show as "python").  Phases overlap
where the pipeline overlaps them (``_write_documents`` and the embedder's load run beside ``_extract``), and a
background thread's CPU lands in whichever phase is running, so the rows are a map, not a sum.  The extraction
workers' CPU is one figure (``workers cpu``): profile them apart, e.g. ``py-spy record`` on the extractor run
in-process.

One child process, a fresh project (``proda init``), this working tree's code.  Held-out chapters are refused
(throughput.py's list).
"""

from __future__ import annotations

import argparse
import collections
import functools
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import ROOT, _init, slice_paths, words_of  # noqa: E402

FIG: dict[str, list] = collections.defaultdict(lambda: [0, 0.0, 0.0])  # label -> [calls, wall s, cpu s]


def _wrap(obj, attr: str, label: str | None = None, by_name: bool = False) -> None:
    f = getattr(obj, attr)

    @functools.wraps(f)
    def timed(*a, **k):
        w, c = time.time(), time.process_time()
        try:
            return f(*a, **k)
        finally:
            row = FIG[(label or attr) + (f":{a[1]}" if by_name else "")]
            row[0] += 1
            row[1] += time.time() - w
            row[2] += time.process_time() - c

    setattr(obj, attr, timed)


def _threads() -> list[tuple[float, str, str]]:
    import threading

    names = {t.native_id: t.name for t in threading.enumerate()}
    tick, rows = os.sysconf("SC_CLK_TCK"), []
    for tid in os.listdir("/proc/self/task"):
        try:
            st = open(f"/proc/self/task/{tid}/stat").read()
        except OSError:
            continue
        f = st[st.rindex(")") + 2:].split()
        rows.append(((int(f[11]) + int(f[12])) / tick, st[st.index("(") + 1:st.rindex(")")], names.get(int(tid), "")))
    return sorted(rows, reverse=True)


def child(project: Path, paths: list[Path]) -> None:
    t0 = time.time()
    import proda.ingest.mine as mine
    import proda.ingest.pipeline as pl
    import proda.ingest.termhood as termhood
    from proda.config import load_config
    from proda.graphdb import ddl
    from proda.graphdb import store as gs
    from proda.ingest.resolve import Resolver

    for name in ("read_all", "_write_documents", "_extract", "_checked_definitions", "_evidence",
                 "derive_prerequisites", "kb_counts"):
        _wrap(pl, name)
    _wrap(ddl, "write_embeddings")
    _wrap(termhood, "termhood_rows")
    _wrap(mine, "mine_chains")
    _wrap(Resolver, "resolve")
    _wrap(gs.GraphStore, "read", "read", by_name=True)
    _wrap(gs.GraphStore, "write_rows", "write", by_name=True)
    import proda.graphdb.jvm as jvm

    if hasattr(jvm, "prefer_quick_jit"):  # as `proda ingest` does (a baseline before it has none)
        jvm.prefer_quick_jit()
    cfg = load_config(project)
    with gs.open_store(cfg) as store:
        t1, c1 = time.time(), time.process_time()
        rep = pl.ingest(store, cfg, paths, "phases")
        ru = resource.getrusage(resource.RUSAGE_CHILDREN)
        print(f"start-up (imports, store) {t1 - t0:.1f} s wall; ingest {time.time() - t1:.1f} s wall, ingest process "
              f"{time.process_time() - c1:.1f} CPU-s (whole process {time.process_time():.1f}), extraction workers "
              f"{ru.ru_utime + ru.ru_stime:.1f} CPU-s; {rep.chunks} chunks, {rep.statements} statements, "
              f"{rep.concepts_written} concepts")
    print("threads (CPU-s, live at the end): " + "; ".join(f"{c}{f' [{p}]' if p else ''} {v:.1f}"
                                                          for v, c, p in _threads()[:10]))
    print(f"{'phase':45} {'calls':>5} {'wall s':>7} {'cpu s':>7}")
    for k, (n, w, c) in sorted(FIG.items(), key=lambda kv: -kv[1][2]):
        print(f"{k:45} {n:5d} {w:7.1f} {c:7.1f}")
    sys.stdout.flush()
    from proda.graphdb.embedded import exit_process, jvm_started

    if jvm_started():
        exit_process(0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    ap.add_argument("--small", action="store_true", help="throughput.py's one-section slice")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("paths", nargs="*", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.paths)
        return
    paths = slice_paths(args.corpora, args.small)
    print(f"slice: {words_of(paths):,} words ({'small' if args.small else 'large'}, benchmarks/throughput.py)")
    project = Path(tempfile.mkdtemp(prefix="proda-phases-"))
    env = {**os.environ, "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS", "1"),
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    _init(project, env)
    subprocess.run([sys.executable, __file__, "--child", str(project), *map(str, paths)], env=env, check=True)


if __name__ == "__main__":
    main()
