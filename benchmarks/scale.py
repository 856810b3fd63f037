"""Scale benchmarks at 10 %, 50 % and 100 % of ProDaLib's size, each on a fresh embedded store.

    python benchmarks/scale.py                         # scales 0.1, 0.5, 1.0: prints the tables
    python benchmarks/scale.py --scales 0.1 --json out.json

Per scale, in a child process of its own (a fresh JVM, so peak memory is that scale's):

* load: the synthetic KB of :mod:`synth_kb` written by :func:`proda.graphdb.bulk.load_kb`:
  into the fresh store that is its bulk path (``--load-path cypher``: the ``ingest_*``
  named queries through ``store.write_rows``, the path of an incremental ingest);
  units/s counts nodes (documents, chunks, concepts, chains, steps, statements),
  rows/s every row of every named query (nodes and edges);
* generation of 160k training items and 16k benchmark items: the hook
  :func:`generation_hook` runs the item generators when they exist, in a child
  process attached to the store, stopped after ``--generate-timeout`` seconds;
* localise: 16k BenchItems written with TESTS edges (chain, two adjacent steps,
  their transition statement when there is one, one or two concepts), then
  :func:`proda.repair.localise.localise` over all of them at depth 2;
* batched vs naive: the write path on a sample (``ingest_concepts`` for nodes,
  ``ingest_prerequisites`` for edges, UNWIND batches of 1000 against one row per
  transaction, on fresh ids) and localisation (one batched query per 200 ids
  against one ``localise_failure`` query per item) on the same items.

Peak memory is the largest resident set sampled every 0.5 s during the phase:
the benchmark process (which hosts the embedded JVM in-process) plus its child
processes (:mod:`scale_measure`).  Generating the synthetic rows is timed apart
from loading them.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
for p in (str(ROOT), str(HERE)):
    if p not in sys.path:
        sys.path.insert(0, p)

from scale_measure import phase  # noqa: E402 (after the sys.path lines above)

N_TRAIN, N_BENCH = 160_000, 16_000
TARGETS = {"load": 60.0, "generate": 60.0, "localise": 30.0}  # seconds at 100 % on the 2-core machine

_TESTS = {
    role: f"UNWIND $rows AS r MATCH (b:BenchItem {{id: r.item}}), (u:{label} {{id: r.unit}}) "
          "MERGE (b)-[t:TESTS]->(u) SET t.role = r.role"
    for role, label in [("chain", "Chain"), ("step", "Step"), ("statement", "Statement"), ("concept", "Concept")]
}
_BENCH_ITEMS = ("UNWIND $rows AS r MERGE (b:BenchItem {id: r.id}) SET b.question = r.question, b.options = r.options, "
                "b.correct = r.correct, b.kind = r.kind, b.domain = r.domain, b.document = r.document, "
                "b.chain_length = r.chain_length")


# -- benchmark items -----------------------------------------------------------------------
def bench_items(kb, n: int, seed: int = 1) -> tuple[list[dict], dict[str, list[dict]]]:
    """``n`` synthetic BenchItems over the KB's chains, and their TESTS rows per role."""
    from proda.ids import digest

    rng = random.Random(seed)
    items, tests = [], {r: [] for r in _TESTS}
    for k in range(n):
        c = kb.chain_index[rng.randrange(len(kb.chain_index))]
        L = len(c["steps"])
        i = rng.randrange(L - 1)  # steps i, i+1 (0-based)
        iid = "bi_" + digest("synth-bench", seed, k)
        items.append({"id": iid, "question": f"What follows step {i + 1} of {c['chain']}?",
                      "options": ["a", "b", "c", "d"], "correct": [0], "kind": "next_step", "domain": "synthetic",
                      "document": "", "chain_length": L})
        tests["chain"].append({"item": iid, "unit": c["chain"], "role": "chain"})
        tests["step"] += [{"item": iid, "unit": c["steps"][j], "role": "step"} for j in (i, i + 1)]
        tests["statement"] += [{"item": iid, "unit": t["statement"], "role": "statement"}
                               for t in c["transitions"] if t["from"] == i + 1]
        concepts = sorted(set(c["concepts"][i] + c["concepts"][i + 1]))
        tests["concept"] += [{"item": iid, "unit": x, "role": "concept"}
                             for x in rng.sample(concepts, min(len(concepts), rng.choice((1, 2))))]
    return items, tests


def write_bench_items(store, items: list[dict], tests: dict[str, list[dict]]) -> int:
    store.write_rows(_BENCH_ITEMS, items)
    for role, q in _TESTS.items():
        store.write_rows(q, tests[role])
    return len(items) + sum(len(v) for v in tests.values())


# -- generation hook -------------------------------------------------------------------------
def generation_hook(project: Path, results: dict, timeout: float) -> None:
    """Generate 160k training items and 16k benchmark items (:func:`_generate`) in a child process.

    The child attaches to this process's embedded store over Bolt, so a generator that is slow cannot stall
    the other benchmarks: past ``timeout`` seconds it is stopped and the table says so.  No figure is made up for a generator that is missing or fails.
    """
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as f:
        out = Path(f.name)
    cmd = [sys.executable, __file__, "--generate-only", str(project), "--out", str(out)]
    try:
        p = subprocess.run(cmd, timeout=timeout, capture_output=True, text=True)
        rec = json.loads(out.read_text()) if out.stat().st_size else {}
        if p.returncode:
            tail = p.stderr.strip().splitlines()[-1][:160] if p.stderr.strip() else "no stderr"
            rec["status"] = f"failed (exit {p.returncode}): {tail}"
            rec["stderr_tail"] = p.stderr[-4000:]
    except subprocess.TimeoutExpired:
        rec = {"status": f"timed out after {timeout:.0f} s"}
    out.unlink(missing_ok=True)
    results["generate"] = rec
    print(f"  generate                 {rec.get('wall_s', '-'):>8} s  {rec.get('per_s') or '':>10} items/s  "
          f"peak {rec.get('peak_rss_mb', '-')} MB  {rec.get('status', '')}  {rec.get('split', '')}", flush=True)


def _generate(project: Path) -> dict:
    """Child process: the template generators of ``proda/train/synth.py`` and ``proda/evaluate/bench.py``.

    Times reading the KB and generating in memory (writing the items to the store is not included).
    """
    try:
        from proda.evaluate import bench as bench_mod
        from proda.train import synth as synth_mod

        for mod, names in ((synth_mod, ("load_kb", "generate")), (bench_mod, ("load_chains", "generate"))):
            if not all(hasattr(mod, n) for n in names):
                raise ImportError(f"{mod.__name__} has no {'/'.join(names)}")
    except ImportError as e:
        return {"status": f"not available yet ({e})"}
    from proda.config import load_config
    from proda.graphdb.store import open_store

    res: dict = {}
    split: dict[str, float] = {}

    def timed(name, fn):
        t = time.perf_counter()
        out = fn()
        split[name] = round(time.perf_counter() - t, 2)
        return out

    with open_store(load_config(project, env={}), ensure=False) as store:
        with phase(res, "generate", N_TRAIN + N_BENCH, "items") as rec:
            kb = timed("read_kb_s", lambda: synth_mod.load_kb(store))
            train, _ = timed("train_s", lambda: synth_mod.generate(kb, max_items=N_TRAIN))
            chains = timed("read_chains_s", lambda: bench_mod.load_chains(store))
            per_chain = max(1, -(-N_BENCH // max(1, len(chains))))
            bench, _ = timed("bench_s", lambda: bench_mod.generate(chains, per_chain=per_chain, max_items=N_BENCH))
            bench = bench[:N_BENCH]
            rec["units"] = len(train) + len(bench)
    return {**res["generate"], "split": split, "status": f"{len(train):,} train + {len(bench):,} bench"}


# -- batched vs naive ------------------------------------------------------------------------
def compare_writes(store, kb, sample: int) -> dict:
    """ingest_concepts (nodes) and ingest_prerequisites (edges): UNWIND 1000 vs one row per transaction."""
    out = {}
    base = kb.concepts[:sample]
    for arm, bs in (("naive", 1), ("batched", 1000)):
        rows = [{**r, "id": f"cmp_{arm}_{r['id']}"} for r in base]
        t = time.perf_counter()
        store.write_rows("ingest_concepts", rows, batch_size=bs)
        out[f"nodes_{arm}_s"] = time.perf_counter() - t
        edges = [{"dependent": rows[i]["id"], "prerequisite": rows[(i * 7 + 1) % len(rows)]["id"], "how": "definition"}
                 for i in range(len(rows))]
        t = time.perf_counter()
        store.write_rows("ingest_prerequisites", edges, batch_size=bs)
        out[f"edges_{arm}_s"] = time.perf_counter() - t
    out.update(rows=len(base), nodes_ratio=out["nodes_naive_s"] / out["nodes_batched_s"],
               edges_ratio=out["edges_naive_s"] / out["edges_batched_s"])
    return {k: round(v, 2) if isinstance(v, float) else v for k, v in out.items()}


def compare_localise(store, ids: list[str], depth: int) -> dict:
    from proda.repair.localise import localise, localise_one

    t = time.perf_counter()
    for i in ids:
        localise_one(store, i, depth=depth)
    naive = time.perf_counter() - t
    t = time.perf_counter()
    localise(store, ids, depth=depth)
    batched = time.perf_counter() - t
    return {"items": len(ids), "naive_s": round(naive, 2), "batched_s": round(batched, 2),
            "ratio": round(naive / batched, 1)}


# -- one scale ---------------------------------------------------------------------------------
def run_scale(scale: float, seed: int, n_items: int, write_sample: int, loc_sample: int, depth: int,
              skip_compare: bool = False, generate_timeout: float = 300, load_path: str = "auto") -> dict:
    import synth_kb

    from proda.config import DEFAULT_TOML, load_config
    from proda.graphdb.store import open_store
    from proda.repair.localise import localise

    res: dict = {"scale": scale, "seed": seed}
    print(f"scale {scale}", flush=True)
    with phase(res, "synthesise rows") as rec:
        kb = synth_kb.generate(scale, seed)
        rec["units"] = kb.rows
    res["kb"] = kb.counts()
    project = Path(tempfile.mkdtemp(prefix=f"proda-scale-{scale}-"))
    (project / "proda.toml").write_text(DEFAULT_TOML, encoding="utf-8")
    cfg = load_config(project, env={})
    with phase(res, "open store"):
        store = open_store(cfg)
    try:
        with phase(res, "load", kb.units, "units") as rec:
            rep = synth_kb.write_kb(store, kb, bulk=None if load_path == "auto" else load_path == "bulk")
            res["load_phases"] = {k: round(v, 2) for k, v in rep.seconds.items()}
            rec["path"] = rep.path
        res["load"]["rows"] = kb.rows
        res["load"]["rows_per_s"] = round(kb.rows / res["load"]["wall_s"], 1)
        res["kb_counts"] = store.read("kb_counts")[0]

        if generate_timeout > 0:
            generation_hook(project, res, generate_timeout)
        else:
            res["generate"] = {"status": "skipped (--generate-timeout 0)"}

        items, tests = bench_items(kb, n_items, seed + 1)
        with phase(res, "write bench items", None) as rec:
            rec["units"] = write_bench_items(store, items, tests)
            rec["unit"] = "rows"
        ids = [it["id"] for it in items]
        with phase(res, "localise", len(ids), "items") as rec:
            graphs = localise(store, ids, depth=depth)
        sizes = [len(g.unit_ids()) for g in graphs.values()]
        res["localise"].update(found=len(graphs), depth=depth, mean_units=round(sum(sizes) / max(1, len(sizes)), 1),
                               max_units=max(sizes, default=0))
        if not skip_compare:
            print("  batched vs naive ...", flush=True)
            res["write_compare"] = compare_writes(store, kb, write_sample)
            res["localise_compare"] = compare_localise(store, ids[:loc_sample], depth)
            print(f"  write: {res['write_compare']}\n  localise: {res['localise_compare']}", flush=True)
    finally:
        with phase(res, "close store"):
            store.close()
    return res


# -- tables -------------------------------------------------------------------------------------
def print_tables(results: list[dict]) -> None:
    from rich.console import Console
    from rich.table import Table

    con = Console(width=140)

    def fmt(v, nd=1):
        return "-" if v is None else (f"{v:,.{nd}f}" if isinstance(v, float) else f"{v:,}")

    t = Table(title=f"1. Load the KB into the embedded store (target <= {TARGETS['load']:.0f} s at 1.0)")
    for c in ("scale", "path", "nodes", "rows (nodes+edges)", "wall s", "nodes/s", "rows/s", "peak RSS MB",
              "slowest part"):
        t.add_column(c, justify="right")
    for r in results:
        ld = r.get("load", {})
        slow = max(r.get("load_phases", {"-": 0}).items(), key=lambda kv: kv[1])
        t.add_row(str(r["scale"]), ld.get("path", "-"), fmt(ld.get("units")), fmt(ld.get("rows")), fmt(ld.get("wall_s")),
                  fmt(ld.get("per_s"), 0), fmt(ld.get("rows_per_s"), 0), fmt(ld.get("peak_rss_mb")),
                  f"{slow[0]} {slow[1]:.0f} s")
    con.print(t)

    t = Table(title=f"2. Generate {N_TRAIN:,} training + {N_BENCH:,} benchmark items (target <= {TARGETS['generate']:.0f} s)")
    for c in ("scale", "wall s", "items/s", "peak RSS MB", "read KB s", "train items s", "read chains s",
              "bench items s", "status"):
        t.add_column(c, justify="right")
    for r in results:
        g = r.get("generate", {})
        sp = g.get("split") or {}
        t.add_row(str(r["scale"]), fmt(g.get("wall_s")), fmt(g.get("per_s"), 0), fmt(g.get("peak_rss_mb")),
                  fmt(sp.get("read_kb_s")), fmt(sp.get("train_s")), fmt(sp.get("read_chains_s")),
                  fmt(sp.get("bench_s")), g.get("status", "ok" if g else "-"))
    con.print(t)

    t = Table(title=f"3. Localise failed items, depth 2 (target <= {TARGETS['localise']:.0f} s at 1.0)")
    for c in ("scale", "items", "wall s", "items/s", "peak RSS MB", "mean units/subgraph", "max", "write items s"):
        t.add_column(c, justify="right")
    for r in results:
        lo = r.get("localise", {})
        t.add_row(str(r["scale"]), fmt(lo.get("units")), fmt(lo.get("wall_s")), fmt(lo.get("per_s"), 0),
                  fmt(lo.get("peak_rss_mb")), fmt(lo.get("mean_units")), fmt(lo.get("max_units")),
                  fmt(r.get("write bench items", {}).get("wall_s")))
    con.print(t)

    t = Table(title="4. Batched vs naive (same run)")
    for c in ("scale", "write sample", "nodes naive s", "nodes batched s", "ratio", "edges naive s",
              "edges batched s", "ratio", "localise sample", "naive s", "batched s", "ratio"):
        t.add_column(c, justify="right")
    for r in results:
        w, lo = r.get("write_compare", {}), r.get("localise_compare", {})
        t.add_row(str(r["scale"]), fmt(w.get("rows")), fmt(w.get("nodes_naive_s")), fmt(w.get("nodes_batched_s")),
                  fmt(w.get("nodes_ratio")) + "x", fmt(w.get("edges_naive_s")), fmt(w.get("edges_batched_s")),
                  fmt(w.get("edges_ratio")) + "x", fmt(lo.get("items")), fmt(lo.get("naive_s")),
                  fmt(lo.get("batched_s")), fmt(lo.get("ratio")) + "x")
    con.print(t)
    for r in results:
        if r.get("load_phases"):
            print(f"load ({r['load'].get('path', '-')}) by part at {r['scale']}: "
                  + ", ".join(f"{k.removeprefix('ingest_')} {v:.0f}s" for k, v in r["load_phases"].items()))
        if r.get("generate", {}).get("split"):
            print(f"generation at {r['scale']}: " + ", ".join(f"{k[:-2]} {v:.1f}s" for k, v in r["generate"]["split"].items()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--scales", default="0.1,0.5,1.0")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--items", type=int, default=N_BENCH, help="failed items to localise")
    ap.add_argument("--write-sample", type=int, default=2000, help="rows per arm of the write comparison")
    ap.add_argument("--localise-sample", type=int, default=300, help="items per arm of the localisation comparison")
    ap.add_argument("--depth", type=int, default=2)
    ap.add_argument("--no-compare", action="store_true")
    ap.add_argument("--load-path", choices=["auto", "bulk", "cypher"], default="auto",
                    help="auto/bulk: load_kb's bulk path into the fresh store; cypher: the ingest_* named queries")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--json", type=Path, help="also write all figures here")
    ap.add_argument("--generate-timeout", type=float, default=300,
                    help="stop the item generators after this many seconds (0: skip them)")
    ap.add_argument("--one", type=float, help=argparse.SUPPRESS)  # internal: run one scale in this process
    ap.add_argument("--generate-only", type=Path, help=argparse.SUPPRESS)  # internal: the generation child
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", str(args.threads))
    if args.generate_only is not None:
        args.out.write_text(json.dumps(_generate(args.generate_only)))
        return
    if args.one is not None:
        res = run_scale(args.one, args.seed, args.items, args.write_sample, args.localise_sample, args.depth,
                        args.no_compare, args.generate_timeout, args.load_path)
        args.out.write_text(json.dumps(res, indent=1))
        return
    results = []
    for s in [float(x) for x in args.scales.split(",") if x.strip()]:
        with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as f:
            out = Path(f.name)
        cmd = [sys.executable, __file__, "--one", str(s), "--out", str(out), "--seed", str(args.seed),
               "--items", str(args.items), "--write-sample", str(args.write_sample),
               "--localise-sample", str(args.localise_sample), "--depth", str(args.depth),
               "--threads", str(args.threads), "--generate-timeout", str(args.generate_timeout),
               "--load-path", args.load_path]
        cmd += ["--no-compare"] if args.no_compare else []
        p = subprocess.run(cmd)
        if p.returncode != 0 or not out.stat().st_size:
            print(f"scale {s}: failed (exit {p.returncode})", file=sys.stderr)
            results.append({"scale": s})
            continue
        results.append(json.loads(out.read_text()))
        out.unlink()
    print_tables(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
