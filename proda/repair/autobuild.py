"""The training and benchmark versions ``proda loop`` needs, built when missing.

Why: the loop is meant to run unattended from a freshly ingested knowledge base
(``proda init kb && proda ingest BOOK && proda loop``).  When no train or no
bench version exists it compiles one with the project's ``[build]`` settings,
exactly as ``proda build train`` / ``proda build bench`` would (the bench with
its dev/test split), and says so; the settings used are returned so that the
round table can show them.
"""

from __future__ import annotations

from collections.abc import Callable

from proda.datasets import DatasetError, create_version, latest_version


def ensure_versions(store, cfg, log: Callable[[str], None] | None = None) -> dict[str, str]:
    """Build a train and/or bench version when none exists; returns {kind: 'built <name> (settings)'} for those built."""
    built: dict[str, str] = {}
    if latest_version(store, "train") is None:
        v, note = build_train(store, cfg)
        built["train"] = f"built {v.name} ({note})"
    if latest_version(store, "bench") is None:
        v, note = build_bench(store, cfg)
        built["bench"] = f"built {v.name} ({note})"
    if log:
        for line in built.values():
            log(f"no version yet: {line}")
    return built


def build_train(store, cfg):
    from proda.train import synth

    from proda.review import filter as review_filter

    bc = cfg.build
    rs = review_filter.reviewed(store)  # as `proda build train`: rejected units left out, edited ones as edited
    kb = synth.load_kb(rs)
    if not kb.statements and not kb.concepts:
        raise DatasetError("the knowledge base has no statements or defined concepts: run `proda ingest` first")
    client = None
    if bc.generator == "llm":
        from proda.llm.client import ChatClient

        client = ChatClient(cfg.llm, cfg.path(cfg.llm.cache_dir), json_mode=cfg.llm.json_mode)
    opts = {"per_statement": bc.per_statement, "max_items": bc.max_items, "generator": bc.generator, "seed": bc.seed,
            "type_mix": dict(bc.type_mix), "dedupe_jaccard": bc.dedupe_jaccard}
    try:
        items, rep = synth.generate(kb, per_statement=bc.per_statement, max_items=bc.max_items,
                                    type_mix=dict(bc.type_mix), seed=bc.seed, dedupe=bc.dedupe_jaccard,
                                    generator=bc.generator, client=client)
    finally:
        if client is not None:
            client.close()
    items = review_filter.drop_items(rs, items)  # and the items that teach a rejected unit
    if not items:
        raise DatasetError("no training items could be generated from this knowledge base")
    v = create_version(store, "train", items, {"items": len(items), **rep.types}, opts)
    return v, f"{len(items)} items, {bc.generator} generator, per_statement {bc.per_statement}"


def build_bench(store, cfg):
    from proda.evaluate import bench
    from proda.evaluate.split import assign_split, split_counts

    from proda.review import filter as review_filter

    bc = cfg.build
    rs = review_filter.reviewed(store)  # as `proda build bench`: rejected units left out, edited ones as edited
    items, rep = bench.build(rs, cfg)
    if rep is None:
        raise DatasetError(bench.no_chain_message(store))
    made = len(items)
    items = review_filter.drop_items(rs, items)
    if not items:
        raise DatasetError(bench.no_item_message(rep, made))
    items = assign_split(items, bc.test_share, bc.seed)
    sc = split_counts(items)
    opts = {"per_chain": bc.per_chain, "seed": bc.seed, "option_tolerance": bc.option_tolerance,
            "dedupe_jaccard": bc.dedupe_jaccard, "test_share": bc.test_share, "min_per_chapter": bc.min_per_chapter,
            "option_tolerance_fallback": bc.option_tolerance_fallback}
    v = create_version(store, "bench", items, {"items": len(items), **rep.kinds, "split_dev": sc["dev"],
                                               "split_test": sc["test"]}, opts)
    return v, f"{len(items)} items: {sc['dev']} dev / {sc['test']} test, per_chain {bc.per_chain}, test_share {bc.test_share}"
