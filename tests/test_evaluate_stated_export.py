"""The lm-eval task file says what the exported items are (review R2 of 34bf772, left undone there): since f2f835e
no item has every option correct, so items have one to three correct options, not "one to four"."""

from __future__ import annotations

from proda.models import BenchItem


def test_lm_eval_yaml_says_one_to_three_correct(tmp_path):
    from proda.datasets import export_bench

    item = BenchItem(id="b1", question="Which of these rocks are igneous?", options=["basalt", "granite", "shale",
                                                                                     "chalk"],
                     correct=[0, 1], chain_id="c")
    got = export_bench([item], "lm-eval", tmp_path)
    text = open(got["task"], encoding="utf-8").read()
    comment = " ".join(ln.lstrip("# ") for ln in text.splitlines() if ln.startswith("#")).lower()
    assert "one to four" not in comment
    assert "one to three of them are correct" in comment
