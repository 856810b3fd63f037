"""Order items must not give their key away by the options alone (review of round 15).  Before: with three steps the
wrong orders were the two neighbour swaps and the reversed order, so the key was the "centre" of the options --
"pick the option sharing most positions with the other three" found it on every order item of a dev KB -- and the
stage-name order items, neighbour swaps first, gave it away the same way.  Now the options are one set drawn so that
nothing computed from them tells the key (``bench_order``).  Every sentence here is invented."""

from __future__ import annotations

import random

import pytest

from proda.evaluate import bench
from proda.evaluate.bench_order import closeness, consensus, kendall, order_sets, wrong_orders

ARROW = " → "

PLAIN = ["The baker mixes flour with water and a little salt in a wide bowl",
         "The dough rests under a cloth for about an hour near the warm stove",
         "The baker shapes the risen dough into round loaves on the wooden table",
         "The loaves bake in the hot oven until their crust turns golden brown",
         "The cooled bread is sliced and sold to the neighbours at the market"]

NAMES = ["sowing", "growing", "harvest", "threshing", "milling"]
NAMED = ["During the sowing stage, farmers plough the fields and put the seed into the wet soil",
         "This is followed by the growing stage, during which the young plants need water and weeding",
         "During the harvest stage, whole families cut the grain and carry it to the barns",
         "During the threshing stage, the workers beat the sheaves on the stone floor of the barn",
         "During the milling stage, the miller grinds the clean grain into flour for the village"]


def _plain(cid: str, n: int) -> dict:
    return {"id": cid, "name": f"Bread {cid}", "kind": "cascade", "domain": "d", "document": "doc",
            "path": f"b/ch3/{cid}.html", "about": [], "transitions": [],
            "steps": [{"id": f"{cid}{p}", "position": p, "text": t, "concepts": [f"k{p}", f"k{p + 1}"]}
                      for p, t in enumerate(PLAIN[:n], 1)]}  # neighbours share a concept: a process, not a list


def _named(cid: str, n: int) -> dict:
    names = ", ".join(NAMES[:n - 1]) + f" and {NAMES[n - 1]}"
    return {"id": cid, "name": f"The {names} stages (Farming Year)", "kind": "sequence", "domain": "d",
            "document": "doc", "path": f"b/ch3/{cid}.html", "about": [], "transitions": [],
            "steps": [{"id": f"{cid}{p}", "position": p, "text": t, "concepts": []}
                      for p, t in enumerate(NAMED[:n], 1)]}


def _perms(item) -> list[tuple[int, ...]]:
    """Each option as a permutation of the key's steps (the key is 0, 1, ..., n-1)."""
    key = item.options[item.correct[0]].lower().split(ARROW)
    return [tuple(key.index(s) for s in o.lower().split(ARROW)) for o in item.options]


def _chance_of_key(scores: list[int], key: int, best) -> float:
    """How often a heuristic choosing the best score (a tie broken by a guess) picks the key."""
    top = [k for k, s in enumerate(scores) if s == best(scores)]
    return 1 / len(top) if key in top else 0.0


def _order_items(make) -> list:
    out = []
    for n in (3, 4, 5):
        for seed in range(10):
            items, rep = bench.generate([make(f"c{n}s{seed}", n)], per_chain=50, seed=seed, fallback_tolerance=0.6)
            orders = [i for i in items if i.kind == "order"]
            assert len(orders) == 1, rep.chain_table
            out += orders
    return out


@pytest.mark.parametrize("make", [_plain, _named], ids=["step_sentences", "stage_names"])
def test_no_heuristic_over_the_options_finds_the_key(make):
    items = _order_items(make)
    agree = close = unique = 0.0
    for i in items:
        ps = _perms(i)
        key = i.correct[0]
        assert ps[key] == tuple(range(len(ps[key])))
        agree += _chance_of_key(consensus(ps), key, max)
        close += _chance_of_key(closeness(ps), key, min)
        c = consensus(ps)
        unique += c.count(max(c)) == 1 and c[key] == max(c)
    assert agree / len(items) <= 0.4 and close / len(items) <= 0.4, (agree, close, len(items))
    assert unique == 0  # the key is never the one option that agrees most with the others
    # kept sibling: the key is still the book's order and every option holds the same steps once
    for i in items:
        assert len(set(i.options)) == 4 and len({len(o) for o in i.options}) == 1


def test_a_set_of_options_has_no_unique_centre_and_stays_near():
    """The draw's sets, for every length: no unique most-agreeing or closest option, and every two orders near one
    another (a wrong order with the last step first is ruled out by sense: at most three neighbour swaps apart)."""
    for n in (3, 4, 5):
        for cycle in (False, True):
            for ds in order_sets(n, cycle):
                opts = [tuple(range(n)), *ds]
                c, k = consensus(opts), closeness(opts)
                assert c.count(max(c)) > 1 and k.count(min(k)) > 1
                assert max(kendall(a, b) for a in opts for b in opts) <= 3


def test_a_cycle_never_offers_a_rotation_and_three_steps_of_a_cycle_get_no_order_item():
    """A rotation of a cycle's order is the same cycle started elsewhere (audit round 6): never a distractor, nor for
    four or five steps of any chain (a cycle the book does not call one).  Three steps of a cycle leave only the
    neighbour swaps, whose centre is the key: no order item (kept sibling: three steps of a plain process are asked,
    rotations allowed)."""
    for n in (4, 5):
        for cycle in (False, True):
            rotations = {tuple((j + r) % n for j in range(n)) for r in range(n)}
            for ds in order_sets(n, cycle):
                assert not set(ds) & rotations
    assert wrong_orders(3, True, random.Random(0)) is None
    row = _plain("cyc3", 3)
    row["sources"] = [". ".join(PLAIN[:3]) + ". The whole cycle then repeats the next morning."]
    items, rep = bench.generate([row], per_chain=50, seed=0, fallback_tolerance=0.6)
    assert not [i for i in items if i.kind == "order"]
    assert rep.chain_table[0]["dropped"].get("order_refused:cycle") == 1
    assert wrong_orders(3, False, random.Random(0))


def _as_orders(items, perms) -> list:
    """The items with their options rewritten as the given orders of the key's steps (the key first)."""
    out = []
    for i in items:
        key = i.options[i.correct[0]].split(ARROW)
        opts = [ARROW.join(key[j] for j in p) for p in perms[len(key)]]
        out.append(i.model_copy(update={"options": opts, "correct": [0], "distractor_kinds": ["", "wrong_order",
                                                                                             "wrong_order",
                                                                                             "reversed_causality"]}))
    return out


def test_data_audit_counts_order_items_keyed_on_the_consensus_option():
    """`proda data audit`: the share of order items whose key is the unique option sharing most positions with the
    other three, flagged when its Wilson lower bound exceeds ``max_consensus_share`` (chance, 1 in 4) from ten order
    items on.  The old three-step options (the
    key, its two neighbour swaps, its reverse) fail; the drawn ones pass; nine items are reported, not judged."""
    from proda.config import BuildConfig
    from proda.evaluate import audit

    items = _order_items(_plain)
    centre = {n: [tuple(range(n)), (1, 0, *range(2, n)), (*range(n - 2), n - 1, n - 2), tuple(range(n))[::-1]]
              for n in (3, 4, 5)}  # the key, a swap at either end, the reverse: the key agrees most
    old = _as_orders(items, centre)
    r = audit.audit([], old, BuildConfig())
    assert r["bench"]["order_consensus"]["n"] == 30 and r["bench"]["order_consensus"]["rate"] == 1.0
    assert any("max_consensus_share" in f for f in r["failures"]) and not r["ok"]
    few = audit.audit([], old[:9], BuildConfig())
    assert not any("max_consensus_share" in f for f in few["failures"])
    new = audit.audit([], items + _order_items(_named), BuildConfig())  # kept sibling: the drawn sets
    assert new["bench"]["order_consensus"]["n"] == 60 and new["bench"]["order_consensus"]["rate"] == 0.0
    assert not any("max_consensus_share" in f for f in new["failures"])
    assert audit.audit([], old, BuildConfig(max_consensus_share=1.0))["thresholds"]["max_consensus_share"] == 1.0
    # chance is 1 in 4 and the drawn sets score 0: half the items keyed on the centre is no chance (the old limit,
    # a share above 0.5, let it pass); the Wilson lower bound above 0.25 fails
    half = audit.audit([], old[:10] + items[:10], BuildConfig())
    assert half["bench"]["order_consensus"]["rate"] == 0.5 and half["bench"]["order_consensus"]["ci_low"] > 0.25
    assert any("max_consensus_share" in f for f in half["failures"])
    near_chance = audit.audit([], old[:3] + items[:9], BuildConfig())  # 3 of 12: at chance, kept
    assert not any("max_consensus_share" in f for f in near_chance["failures"])


def test_data_audit_counts_order_items_keyed_on_the_closest_option():
    """The other heuristic over the options: the key as the unique option closest to the others by Kendall tau.
    The old options fail it too (the key is one swap from each swap), the drawn ones pass."""
    from proda.config import BuildConfig
    from proda.evaluate import audit

    items = _order_items(_plain)
    centre = {n: [tuple(range(n)), (1, 0, *range(2, n)), (*range(n - 2), n - 1, n - 2), (0, 2, 1, *range(3, n))]
              for n in (3, 4, 5)}  # the key and three single swaps: the key is closest to all (3 vs 5)
    old = audit.audit([], _as_orders(items[10:], centre), BuildConfig())
    assert old["bench"]["order_closeness"]["rate"] == 1.0
    assert any("closest" in f for f in old["failures"])
    new = audit.audit([], items, BuildConfig())
    assert new["bench"]["order_closeness"]["rate"] == 0.0 and not any("closest" in f for f in new["failures"])


def _orders_of(row) -> tuple[list, dict]:
    items, rep = bench.generate([row], per_chain=50, seed=0, fallback_tolerance=0.6)
    return [i for i in items if i.kind == "order"], rep.chain_table[0]


@pytest.mark.parametrize("where", ["name", "section", "step"])
def test_a_chain_the_book_names_a_cycle_is_one(where):
    """Review of round 15: "In the process 'Cardiac Cycle', which sequence ..." offered a rotation of the key, which
    the question itself invites one to defend (a cycle may be read from any step).  A chain whose name, section or
    step quotes hold the noun of the [cycle] ``cycles`` phrases is a cycle: three steps get no order item, more
    steps no rotation (the text after its last step need not say it starts over)."""
    row = _plain("cyc", 3)
    if where == "name":
        row["name"] = "Washing Cycle"
    elif where == "section":
        row["name"] = "Bread making (The Baking Cycles of a Village)"
    else:
        row["steps"][1]["text"] = "The dough rests under a cloth for one cycle of about an hour near the stove"
    orders, table = _orders_of(row)
    assert not orders and table["cyclic"] and table["dropped"].get("order_refused:cycle") == 1
    row4 = _plain("cyc4", 4)
    row4["name"] = "Washing Cycle"
    orders, table = _orders_of(row4)
    assert len(orders) == 1 and table["cyclic"]
    ps = _perms(orders[0])
    rotations = {tuple((j + r) % 4 for j in range(4)) for r in range(1, 4)}
    assert not set(ps) & rotations


def test_a_chain_without_a_cycle_word_keeps_its_three_step_order_item():
    """Kept sibling: a word holding "cycle" inside it ("bicycle") or a process named otherwise is no cycle; its
    three-step order item stands (rotations allowed: without them the key is the centre of the options)."""
    row = _plain("bike", 3)
    row["steps"][0]["text"] = "The baker rides a bicycle to the mill and mixes flour with water in a wide bowl"
    orders, table = _orders_of(row)
    assert len(orders) == 1 and not table["cyclic"]
