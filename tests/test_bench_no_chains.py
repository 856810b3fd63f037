"""`proda build bench` and the loop's auto-build on a KB without chains say what is true of it: an ingested KB whose
extractor found no process is told its ways on, not to "run `proda ingest` first" (the advice it got before)."""

from __future__ import annotations

import pytest

from conftest import run_proda


def _ingested_without_chains(store) -> None:
    w = store.write_rows
    w("ingest_documents", [{"id": "doc", "path": "p.md", "title": "Markets", "format": "md", "sha256": "0",
                            "chars": 10, "domain": "general"}])
    w("ingest_chunks", [{"id": "k1", "doc_id": "doc", "ord": 0, "text": "text", "start": 0, "end": 4,
                         "heading_path": [], "heading": "Markets", "caption": "Markets #0"}])
    w("ingest_concepts", [{"id": c, "name": c, "key": c, "aliases": [], "alias_keys": [], "aliases_text": "",
                           "definition": "", "type": "term", "domain": "general"} for c in ("trade", "prices")])
    w("ingest_statements", [{"id": "s1", "subject": "trade", "predicate": "affects", "object": "prices",
                             "subject_id": "trade", "object_id": "prices", "source_quote": "Trade affects prices.",
                             "domain": "general"}])


def test_the_autobuild_tells_an_ingested_kb_without_chains_its_ways_on(store, tmp_path):
    from proda.config import Config
    from proda.datasets import DatasetError
    from proda.repair.autobuild import build_bench

    _ingested_without_chains(store)
    with pytest.raises(DatasetError) as e:
        build_bench(store, Config(project_dir=tmp_path))
    said = str(e.value)
    assert "1 document and 1 statement" in said and "no chain" in said
    assert "--extractor llm" in said and "bridge_items" in said and "run `proda ingest` first" not in said
    assert "\n" not in said


def test_an_empty_kb_is_still_told_to_ingest(store, tmp_path):
    from proda.config import Config
    from proda.datasets import DatasetError
    from proda.repair.autobuild import build_bench

    with pytest.raises(DatasetError, match="empty: run `proda ingest` first"):
        build_bench(store, Config(project_dir=tmp_path))


def test_build_bench_says_the_same_one_line_on_an_empty_project(project):
    p = run_proda("build", "bench", project=project)
    assert p.returncode == 1 and "Traceback" not in p.stderr
    assert "empty: run `proda ingest` first" in p.stderr


def test_the_llm_way_on_goes_to_a_new_kb(store, tmp_path):
    """Review R1: "ingest with the llm extractor" into this KB does nothing: ``proda ingest`` skips a document
    already ingested (its id is its content's hash; a dry run on sociology prose 20 said "0 new documents (4 already
    ingested)"), so the way on is a new KB."""
    from proda.config import Config
    from proda.datasets import DatasetError
    from proda.repair.autobuild import build_bench

    _ingested_without_chains(store)
    with pytest.raises(DatasetError) as e:
        build_bench(store, Config(project_dir=tmp_path))
    said = str(e.value)
    assert "into a new KB with the llm extractor" in said and "`proda init NAME`" in said
    assert "already ingested" in said
