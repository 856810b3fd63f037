"""The held-out split of a benchmark: every item is ``dev`` or ``test``.

Why: the repair loop diagnoses failures, patches the units they blame and
re-tests.  A gain measured on the items it diagnosed is partly teaching to the
test.  So ``proda build bench`` holds out a seeded share of the items
(``[build] test_share``) as ``test``: diagnosis, patches and the loop's stopping
rule see only ``dev`` (the queries they read filter on the item's ``split``),
and ``test`` measures whether a repair generalised.  A ``test`` item may test a
unit that a ``dev`` failure blamed: that is the point, the patch taught the
unit, not the item.

Stratified by chain and by kind: chains are visited in a seeded order and each
gets its share of test items by running rounding (a chain with two items gives
one to each side at a share of 0.5); within a chain, the items whose kind is
furthest below its test share go to test first.  So every chain and every
question kind is spread over both sides, and no side is one chapter's or one
kind's.  An item stored before the split existed counts as ``dev``.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Sequence

from proda.models import BenchItem

SPLITS = ("dev", "test")


def assign_split(items: Sequence[BenchItem], test_share: float, seed: int = 0) -> list[BenchItem]:
    """Copies of ``items`` with ``split`` set; deterministic for (items, share, seed)."""
    if not 0.0 <= test_share < 1.0:
        raise ValueError(f"[build] test_share must be in [0, 1), got {test_share}")
    rng = random.Random(f"{seed}:split")
    by_chain: dict[str, list[BenchItem]] = defaultdict(list)
    for it in sorted(items, key=lambda i: i.id):
        by_chain[it.chain_id].append(it)
    chains = sorted(by_chain)
    rng.shuffle(chains)
    kind_total = Counter(i.kind for i in items)
    kind_test: Counter = Counter()
    split: dict[str, str] = {}
    owed = rng.random()  # a seeded start for the running rounding, so the first chain is not always dev
    for ch in chains:
        group = by_chain[ch]
        owed += test_share * len(group)
        k = min(len(group), int(owed))
        owed -= k
        tie = {i.id: rng.random() for i in group}
        ranked = sorted(group, key=lambda i: (kind_test[i.kind] / kind_total[i.kind] - test_share, tie[i.id]))
        for it in ranked[:k]:
            split[it.id] = "test"
            kind_test[it.kind] += 1
        for it in ranked[k:]:
            split[it.id] = "dev"
    return [i.model_copy(update={"split": split[i.id]}) for i in items]


def split_counts(items: Sequence[BenchItem]) -> dict[str, int]:
    c = Counter(getattr(i, "split", "dev") or "dev" for i in items)
    return {s: c.get(s, 0) for s in SPLITS}
