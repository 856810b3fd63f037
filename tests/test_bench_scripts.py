"""The benchmark scripts measure what they say (review R17 items 7 and 10): the throughput baseline swaps only the
files the speed-up changed, and the generation timing builds the benchmark `proda build bench` builds."""

import importlib.util
import sys
from pathlib import Path

from proda.config import Config
from proda.evaluate import bench, bench_events

ROOT = Path(__file__).resolve().parents[1]


def _script(name):
    spec = importlib.util.spec_from_file_location(f"bench_script_{name}", ROOT / "benchmarks" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def test_throughput_baseline_swaps_only_the_speed_up_files():
    # 3bb69e5 (the speed-up) changed pipeline.py, overlap.py, embed.py, resolve_embed.py; a rules file taken from
    # the baseline (termhood_definitions.py changed later) would run older rules there; 8cb5871 (the store's JVM with
    # its quick compiler only) changed graphdb/jvm.py and embedded.py, so a baseline runs the JVM as before; session
    # 18's FrozenHeap (the heap out of JPype's full collections) is in perf.py
    got = set(_script("throughput").MACHINERY)
    assert got == {"proda/ingest/pipeline.py", "proda/ingest/overlap.py", "proda/ingest/embed.py",
                   "proda/ingest/resolve_embed.py", "proda/graphdb/jvm.py", "proda/graphdb/embedded.py",
                   "proda/perf.py"}


def test_generate_script_passes_what_bench_build_passes(monkeypatch):
    rows, links, texts, events = [{"id": "c1"}], [{"id": "l1"}], {"k": "text"}, object()
    monkeypatch.setattr(bench, "load_chains", lambda store: rows)
    monkeypatch.setattr(bench, "load_links", lambda store: links)
    monkeypatch.setattr(bench, "load_texts", lambda store, r, li: texts)
    monkeypatch.setattr(bench_events, "renderer", lambda model: events)
    seen = {}

    def fake_generate(r, **kw):
        seen.update(kw)
        return [], None

    monkeypatch.setattr(bench, "generate", fake_generate)
    cfg = Config()
    cfg.build.option_tolerance_ranked = 0.7
    bench.build(object(), cfg)
    built = {k: v for k, v in seen.items() if k not in ("per_chain", "seed", "progress")}
    got = _script("generate").bench_settings(object(), cfg, rows)
    assert got == built
    assert got["ranked_tolerance"] == 0.7 and got["links"] is links and got["events"] is events
