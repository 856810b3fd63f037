"""The wrong orders of an order item: which three permutations of the steps stand beside the book's order.

Why (review of round 15): with three steps and no rotation allowed, the wrong orders were the two neighbour swaps
and the reversed order, and the key was always their "centre": "pick the option that shares most positions with the
other three" found the key on every order item of a dev KB (the key scores 3, each distractor 1), and the stage-name
order items, which put neighbour swaps first, gave it away the same way (12 of 15 on the test fixtures).

The cure is symmetry.  The four options are drawn as one SET, uniformly among the sets that hold the key and have a
property of the set alone (one that renaming the steps keeps): then nothing computed from the options can tell the
key from a distractor, and any such heuristic -- most shared positions, closest to the others by Kendall tau, or
their opposites -- picks the key at chance (1 in 4) over the benchmark.  The property asked of a set:

* its orders lie near one another (every two at most ``d`` swaps of neighbours apart, the smallest ``d`` that leaves
  a few sets): a wrong order that puts the last step first is ruled out by sense alone ("acceptance" before
  "denial"), so no option is far from the others;
* no option is the unique one sharing most positions with the others, nor the unique one closest to them by Kendall
  tau (a tie at the top leaves the heuristic a guess on each item, not just over the set);
* no two options are rotations of one another -- a rotation is the same order of a cycle started elsewhere (audit
  round 6) -- except for a three-step chain the book does not call a cycle: three steps have only two classes of
  rotation, so without rotations the distractors are the three neighbour swaps and the key is their centre.  A
  three-step cycle therefore gets no order item (``order_sets`` gives none).
"""

from __future__ import annotations

import random
from functools import lru_cache
from itertools import combinations, permutations

Perm = tuple[int, ...]
FEW = 4  # sets wanted at the smallest distance before settling on it (the draw needs some choice)


def kendall(p: Perm, q: Perm) -> int:
    """Pairs of steps the two orders put the other way round (neighbour swaps between them)."""
    at = {v: i for i, v in enumerate(q)}
    r = [at[v] for v in p]
    return sum(r[i] > r[j] for i in range(len(r)) for j in range(i + 1, len(r)))


def shared(p: Perm, q: Perm) -> int:
    """Places where the two orders hold the same step."""
    return sum(a == b for a, b in zip(p, q))


def _rotation_class(p: Perm) -> Perm:
    n = len(p)
    return min(tuple(p[(i + r) % n] for i in range(n)) for r in range(n))


def consensus(options: list[Perm]) -> list[int]:
    """Per option, the positions it shares with the other options (the reviewer's heuristic: the key scored most)."""
    return [sum(shared(o, x) for j, x in enumerate(options) if j != i) for i, o in enumerate(options)]


def closeness(options: list[Perm]) -> list[int]:
    """Per option, its summed Kendall distance to the others (lowest: the "closest to all" heuristic)."""
    return [sum(kendall(o, x) for j, x in enumerate(options) if j != i) for i, o in enumerate(options)]


def _unique(scores: list[int], best) -> bool:
    return scores.count(best(scores)) == 1


@lru_cache(maxsize=None)
def order_sets(n: int, cycle: bool) -> tuple[tuple[Perm, Perm, Perm], ...]:
    """Every triple of wrong orders that, with the book's order ``0..n-1``, makes a set of the module doc's kind, at
    the smallest distance that leaves ``FEW`` of them (or the most there are); () where none exists."""
    key = tuple(range(n))
    others = [p for p in permutations(range(n)) if p != key]
    no_rotations = cycle or n > 3
    best: tuple = ()
    for d in range(1, n * (n - 1) // 2 + 1):
        near = [p for p in others if kendall(p, key) <= d]
        found = []
        for ds in combinations(near, 3):
            opts = [key, *ds]
            if any(kendall(a, b) > d for a, b in combinations(ds, 2)):
                continue
            if no_rotations and len({_rotation_class(o) for o in opts}) < 4:
                continue
            if _unique(consensus(opts), max) or _unique(closeness(opts), min):
                continue
            found.append(ds)
        if len(found) > len(best):
            best = tuple(found)
        if len(best) >= FEW:
            break
    return best


def wrong_orders(n: int, cycle: bool, rng: random.Random) -> list[Perm] | None:
    """Three wrong orders of ``n`` steps drawn uniformly among ``order_sets``; None where there is none (a
    three-step cycle)."""
    sets = order_sets(n, cycle)
    return list(rng.choice(sets)) if sets else None


def kind_of(p: Perm) -> str:
    """The distractor kind of a wrong order: the reversed order is reversed causality, any other a wrong order."""
    return "reversed_causality" if list(p) == list(range(len(p)))[::-1] else "wrong_order"
