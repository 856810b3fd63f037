"""``proda data audit`` on a benchmark of four- and three-option items (``[build] three_options``, b89919d): key
positions are judged per option count.  Pooled, D exists only on four-option items, so a cue at D among them is
diluted by the three-option items' keys on A-C (and D looks rare where nothing is wrong).  Invented option texts."""

from __future__ import annotations

from proda.config import BuildConfig
from proda.evaluate import audit
from proda.models import BenchItem

WORDS = ["river", "tariff", "violin", "verdict", "harvest", "pendulum", "treaty", "chorus", "lever", "senate",
         "glacier", "ledger", "piston", "sonata", "statute", "orchard", "comet", "mortgage", "fresco", "ballot"]


def _item(j: int, n: int, key: int) -> BenchItem:
    opts = [f"{WORDS[(j + 3 * k) % len(WORDS)]} {WORDS[(2 * j + 5 * k + 1) % len(WORDS)]}" for k in range(n)]
    return BenchItem(id=f"b{n}_{j}", question=f"q{j}", options=opts, correct=[key], chain_id="c",
                     distractor_kinds=["" if k == key else "wrong_order" for k in range(n)], option_forms=["step"] * n)


def _set(four_keys: list[int], three_keys: list[int]) -> list[BenchItem]:
    return [_item(j, 4, k) for j, k in enumerate(four_keys)] + [_item(j, 3, k) for j, k in enumerate(three_keys)]


def test_a_position_cue_among_four_option_items_is_flagged_beside_three_option_items():
    """Before: 100 four-option items keyed at D 40 times (a cue: 40 % > 35 %) beside 100 balanced three-option items
    pooled to D 20 %, A-C 27 %, and passed."""
    four = [3] * 40 + [0] * 20 + [1] * 20 + [2] * 20
    three = [0, 1, 2] * 33 + [0]
    r = audit.audit([], _set(four, three), BuildConfig())
    assert any("keys at D" in f for f in r["bench"]["failures"]), r["bench"]["failures"]
    assert abs(r["bench"]["positions_by_size"]["4"]["D"] - 0.40) < 1e-9


def test_a_position_cue_among_three_option_items_is_flagged():
    """A three-option item's chance is 1/3 a letter: its keys are judged with the same slack above chance (35 % for
    four options -> 43.3 % for three); 36 of 60 at C is a cue, which 200 balanced four-option items pooled down to
    33 % of the keys at C, and passed."""
    four = [0, 1, 2, 3] * 50
    three = [2] * 36 + [0] * 12 + [1] * 12
    r = audit.audit([], _set(four, three), BuildConfig())
    assert any("keys at C" in f for f in r["bench"]["failures"]), r["bench"]["failures"]


def test_balanced_sizes_pass_and_d_is_not_read_as_rare():
    """Kept: four-option keys balanced over A-D and three-option keys over A-C pass, whatever their mix (all
    three-option: a third at each of A-C, nothing at D)."""
    for four, three in (([0, 1, 2, 3] * 25, [0, 1, 2] * 33 + [1]), ([], [0, 1, 2] * 40)):
        r = audit.audit([], _set(four, three), BuildConfig())
        assert not any("keys at" in f for f in r["bench"]["failures"]), r["bench"]["failures"]
