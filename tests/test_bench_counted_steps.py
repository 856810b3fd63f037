"""A counted list of steps ("three steps: A, B, and C", ``chain_counted``) is asked its order by the steps' names.

Before: the benchmark read stage names only from chains named "the ... stages / phases / levels", so a list of
one-word steps ("washing", "drying") went to the sentence order item, which refuses a lower-case "-ing" step as a
continuation: no item.  Invented chain rows."""

from __future__ import annotations

from proda.evaluate import bench
from proda.evaluate.bench_stages import stage_names

WOOL = {"id": "wool", "name": "The washing, carding and spinning steps (Wool)", "kind": "sequence", "domain": "d",
        "document": "doc", "path": "b/ch3/wool.html", "about": [], "transitions": [],
        "steps": [{"id": f"wool{p}", "position": p, "text": t, "concepts": []}
                  for p, t in enumerate(["washing", "carding", "spinning"], 1)]}


def test_counted_steps_are_named_like_stages():
    assert stage_names(WOOL) == ["the washing step", "the carding step", "the spinning step"]


def test_counted_steps_give_an_order_item_over_their_names():
    items, rep = bench.generate([WOOL], per_chain=50, seed=0, fallback_tolerance=0.6)
    orders = [i for i in items if i.kind == "order"]
    assert len(orders) == 1, rep.chain_table
    key = [orders[0].options[k] for k in orders[0].correct]
    assert key == ["The washing step → the carding step → the spinning step"]
