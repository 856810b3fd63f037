"""A KB whose chains exist but give no benchmark item (engineer B, session 18, sociology prose 20: one usable chain,
its 7 questions all refused as "position_cue").  `proda build bench` said "0 candidate questions ... a chapter needs
processes the book spells out" (untrue: the chain was usable and asked 7), and `proda data check` then said "no
bench dataset yet: run `proda build bench` first" (which the user had run).  Each now says one true line that
names the refusals (``bench.no_item_message``)."""

from __future__ import annotations

import pytest

from proda import datasets as ds
from proda.evaluate import bench
from proda.train import synth

try:
    from test_synth import build_kb
except ImportError:  # pragma: no cover
    from tests.test_synth import build_kb


def _refused_all() -> bench.BenchReport:
    return bench.BenchReport(chains=1, chains_usable=1, dropped={"position_cue": 7}, chain_table=[
        {"chain": "ch", "candidates": {"next_step": 3, "cause": 3, "order": 1}, "dropped": {"position_cue:cause": 3}}])


def test_usable_chains_whose_questions_are_all_refused_are_named_so():
    said = bench.no_item_message(_refused_all())
    assert said == ("no benchmark items: its 1 usable chain (L3) gave 7 questions and every one was refused: "
                    "7 position_cue (a step's own words say its place)")
    assert "processes the book spells out" not in said and "0 candidate" not in said


def test_no_usable_chain_still_asks_for_processes_and_review_drops_are_said():
    said = bench.no_item_message(bench.BenchReport(chains=1, lists_refused=1))
    assert said.startswith("no benchmark items: none of its 1 chain (L3) is usable") and "1 refused as lists" in said
    assert said.endswith("a chapter needs processes the book spells out")
    assert bench.no_item_message(_refused_all(), generated=3) == \
        "no benchmark items: all 3 generated test a unit rejected in review"


def test_the_autobuild_names_the_refusals(store, tmp_path, monkeypatch):
    from proda.config import Config
    from proda.repair.autobuild import build_bench

    monkeypatch.setattr(bench, "build", lambda rs, cfg, **kw: ([], _refused_all()))
    with pytest.raises(ds.DatasetError, match="every one was refused: 7 position_cue"):
        build_bench(store, Config(project_dir=tmp_path))


def test_data_check_after_a_build_that_made_nothing_says_why(store, monkeypatch):
    """The KB has usable chains, but `build bench` makes no item from them: the training data is checked and the
    note says why there is no benchmark, instead of telling the user to run the build they ran."""
    build_kb(store)
    train, _ = synth.generate(synth.load_kb(store), seed=0)
    ds.create_version(store, "train", train, {"items": len(train)}, {"seed": 0})
    monkeypatch.setattr(bench, "build", lambda rs, cfg, **kw: ([], _refused_all()))
    r = ds.check(store, store.cfg)
    assert r["bench_version"]["name"] == "none"
    assert [n for n in r["notes"] if n.startswith("no benchmark dataset, so nothing is tested: `proda build bench` "
                                                  "makes no benchmark items: its 1 usable chain")], r["notes"]
