"""proda data audit: the option-only baseline flags a planted cue and passes a balanced set; per-form shares catch a
never-correct stock option and a wrapper cue (issue 12)."""

from __future__ import annotations

import random

from proda.config import BuildConfig
from proda.evaluate import audit
from proda.models import BenchItem

WORDS = ["glucose", "insulin", "liver", "kidney", "renin", "sodium", "water", "cortisol", "thyroid", "calcium",
         "bone", "muscle", "nerve", "blood", "oxygen", "lung", "heart", "urine", "plasma", "protein"]


def _items(n: int, seed: int, cue=None) -> list[BenchItem]:
    """``n`` items of 4 random two-word options; ``cue(k, correct, text)`` may rewrite an option."""
    rng = random.Random(seed)
    out = []
    for j in range(n):
        correct = sorted(rng.sample(range(4), rng.choice([1, 1, 2])))
        opts, forms = [], []
        for k in range(4):
            t = " ".join(rng.sample(WORDS, 2))
            form = "step"
            if cue:
                t, form = cue(k in correct, t, rng)
            opts.append(t)
            forms.append(form)
        out.append(BenchItem(id=f"b{j}", question=f"q{j}", options=opts, correct=correct, chain_id="c",
                             distractor_kinds=["" if k in correct else "wrong_order" for k in range(4)],
                             option_forms=forms))
    return out


def test_balanced_set_passes():
    r = audit.audit([], _items(200, 1), BuildConfig())
    b = r["bench"]
    assert r["ok"], r["failures"]
    assert b["option_auc"] is not None and b["option_auc"] <= 0.60
    assert b["length_auc"] <= 0.60


def test_planted_word_cue_is_flagged():
    """The correct options always carry a word distractors never do: the option-only baseline finds it."""
    cue = lambda ok, t, rng: ((f"{t} mainly" if ok else t), "step")  # noqa: E731
    r = audit.audit([], _items(200, 2, cue), BuildConfig())
    assert r["bench"]["option_auc"] > 0.9
    assert not r["ok"] and any("option-only baseline" in f for f in r["failures"])


def test_never_correct_stock_option_is_flagged():
    """The old benchmark's stock options ("nothing would change") were correct 0 of 25 times."""
    def cue(ok, t, rng):
        if not ok and rng.random() < 0.4:
            return "nothing would change", ""  # no stored form: inferred from the wording
        return t, "step"
    r = audit.audit([], _items(200, 3, cue), BuildConfig())
    forms = r["bench"]["forms"]
    assert forms["stock"]["k"] == 0 and forms["stock"]["n"] >= 20
    assert any("form 'stock'" in f for f in r["failures"])


def test_wrapper_cue_is_flagged():
    """Options wrapped as "the step involving X" were correct 46 % of the time against 25 % for bare ones."""
    def cue(ok, t, rng):
        if rng.random() < (0.8 if ok else 0.15):
            return f"the step involving {t}", ""
        return t, ""
    r = audit.audit([], _items(300, 4, cue), BuildConfig())
    f = r["bench"]["forms"]
    assert f["wrapped"]["rate"] > f["wrapped"]["expected"] + 0.15
    assert any("form 'wrapped'" in x for x in r["failures"])
    assert audit.infer_form("the step involving renin") == "wrapped" and audit.infer_form("renin") == "plain"


def test_key_position_imbalance_is_flagged():
    items = _items(200, 5)
    for i in items:  # move every key to A
        i.correct = [0]
        i.distractor_kinds = ["", "x", "x", "x"]
    r = audit.audit([], items, BuildConfig())
    assert r["bench"]["positions"]["A"] == 1.0 and any("keys at A" in f for f in r["failures"])


def test_items_separable_by_origin_are_counted():
    """An item whose distractors all come from another chain while its keys are its chain's steps is separable by
    origin (audit round 2's topic cue); one with a distractor of its own chain is not."""
    items = _items(40, 6)
    for j, i in enumerate(items):
        i.distractor_kinds = ["" if k in i.correct else ("other_chain" if j % 4 else "wrong_order") for k in range(4)]
    r = audit.audit([], items, BuildConfig())["bench"]["origin_separable"]
    assert (r["k"], r["n"]) == (30, 40)


def test_small_set_is_reported_not_judged():
    """A dozen balanced items scored 0.70 in one of twelve seeds (0.23-0.70): reported, not failed; the same
    check on 200 items is judged (test_planted_word_cue_is_flagged)."""
    r = audit.audit([], _items(12, 7), BuildConfig())
    b = r["bench"]
    assert b["option_auc"] > 0.6 and not b["judged"]
    assert not any("option-only" in f for f in r["failures"])
    assert audit.audit([], _items(200, 1), BuildConfig())["bench"]["judged"]
