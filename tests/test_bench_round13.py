"""Benchmark fixes from the fresh-context review of round 13 (finding 4): an outside option keeps no discourse
opener that only a sentence of running text carries ("For example, ..." is stripped; "In response, ..." is refused,
its claim being another without it); a step whose words say it follows another ("... in turn ...", "The resulting
...") is never part of an order item.  Every sentence here is invented general English."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from proda.evaluate import bench
from proda.evaluate.bench_clauses import detach
from tests.bench_util import PATH, chain as _chain, step as _step

try:
    from test_bench import _stmt
except ImportError:  # pragma: no cover
    from tests.test_bench import _stmt


@pytest.mark.parametrize("text, want", [
    # example and contrast openers (or asides) are left out: the claim is the same without them
    ("For example, heavy rain floods the low fields", "Heavy rain floods the low fields"),
    ("In contrast, the dry wind cracks the clay roofs", "The dry wind cracks the clay roofs"),
    ("However, the old bridge carries most of the traffic", "The old bridge carries most of the traffic"),
    ("Heavy rain, for instance, floods the low fields", "Heavy rain floods the low fields"),
    # an opener that ties the sentence to one not shown: refused
    ("In response, the farmers raise the dikes along the river", None),
    ("As a result, the farmers raise the dikes along the river", None),
    ("Thus the farmers raise the dikes along the river", None),
    ("The farmers, in turn, raise the dikes along the river", None),
    ("Still, the farmers raise the dikes along the river", None),
    # what is left is no sentence of its own
    ("For example, they raise the dikes along the river", None),
    # kept siblings: no opener, or a word that only looks like one
    ("The farmers raise the dikes along the river", "The farmers raise the dikes along the river"),
    ("Still water freezes before running water", "Still water freezes before running water"),
    ("Later frosts damage the young vines", "Later frosts damage the young vines"),
])
def test_an_outside_sentence_loses_its_opener_or_is_refused(text, want):
    assert detach(text) == want


def test_an_outside_option_is_offered_without_its_opener():
    """Before (review R13, anatomy): "For example, alcohol consumption inhibits ..." stood as an outside option; the
    opener marks a sentence from outside the chain.  Now the sentence stands without it, one opening "In response,"
    is not offered, and a plain sentence of the section is offered as before.  Each names the island, a noun of the
    chain (an outside sentence on no noun of it is another topic, ``bench_unlinked.on_topic``)."""
    ferry = _chain("a", [_step(1, "The ferry leaves the harbour at dawn", ["ferry", "harbour"]),
                         _step(2, "The ferry reaches the island before noon", ["ferry", "island"]),
                         _step(3, "The island market opens for the passengers", ["island", "market"])])
    links = [_stmt("z1", "heavy rain", "produces", "deep puddles", PATH,
                   "For example, heavy rain produces deep puddles on the roads of the island"),
             _stmt("z2", "cold wind", "lowers", "lake level", PATH,
                   "In response, the cold wind lowers the lake level on the island"),
             _stmt("z3", "strong sun", "increases", "field temperature", PATH,
                   "The strong sun increases the temperature of the fields on the island")]
    chains = bench.Chains([ferry], links, paths=False)
    got = [t for t, _ in chains.external(chains.usable[0], 1, True, 24)]
    assert "Heavy rain produces deep puddles on the roads of the island" in got
    assert not any("example" in t.lower() for t in got)
    assert not any("lake level" in t for t in got)
    assert "The strong sun increases the temperature of the fields on the island" in got  # sibling: kept as it was
    opts = {p for c in bench.candidates(chains.usable[0], chains, random.Random(0), Counter())
            for o in c.distractors for p in o.phrasings}
    assert not any(p.lower().startswith(("for example", "in response")) for p in opts)


def _kinds(steps: list[str]) -> set[str]:
    chain = _chain("o", [_step(p, t, [f"c{p}", f"c{p + 1}"]) for p, t in enumerate(steps, 1)])
    chains = bench.Chains([chain], [], paths=False)
    return {c.kind for c in bench.candidates(chains.usable[0], chains, random.Random(0), Counter())}


def test_no_order_item_where_a_step_says_it_follows_another():
    """Before (review R13): order items showed "ACTH in turn stimulates ..." and "The resulting process absorbs heat";
    neither can come first, so the order was read off the words.  A chain holding such a step asks no order item (its
    other kinds stay); the same chain in plain words is asked its order."""
    plain = ["The miller opens the sluice of the mill", "Water turns the wheel of the mill faster",
             "The stones grind more grain each hour"]
    assert "order" in _kinds(plain)  # sibling
    for later in (["The miller opens the sluice of the mill", "Water in turn drives the wheel of the mill faster",
                   "The stones grind more grain each hour"],
                  ["The miller opens the sluice of the mill", "The resulting flow turns the wheel of the mill faster",
                   "The stones grind more grain each hour"],
                  ["The miller opens the sluice of the mill", "Water turns the wheel of the mill faster",
                   "The stones subsequently grind more grain each hour"]):
        kinds = _kinds(later)
        assert "order" not in kinds and kinds, later
    # "resulting in" points ahead, not back
    assert not bench.points_back("The miller opens the sluice, resulting in a faster wheel")
    assert bench.points_back("The resulting flow turns the wheel")
