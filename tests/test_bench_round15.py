"""Benchmark defects of round 11 (invented sentences): a cut step whose rewrite would leave a non-restrictive "which"
clause hanging before its verb."""

import pytest

from proda.evaluate.bench_events import render


@pytest.mark.parametrize("text", [
    # round 11: "The amount of potassium in the blood and IF, which can cause hyperpolarization ... are decreased"
    "decreasing the level of sodium in the plasma and lymph, which can cause swelling of the brain cells",
    "which lowers the amount of glucose in the blood, which can trigger fainting",
    "leading to a drop in the water table, which harms crops",
    "causing the pressure in the chamber, which is sealed, to rise",
])
def test_a_rewrite_that_would_leave_a_which_clause_hanging_is_refused(nlp, text):
    assert render(nlp(text)) is None


@pytest.mark.parametrize("text, event", [
    # kept: a restrictive clause names the thing; a phrase with no clause is written as before
    ("reducing the supply of loans that banks offer to small firms",
     "The supply of loans that banks offer to small firms is reduced"),
    ("leading to a drop in the water table", "A drop in the water table results"),
])
def test_a_restrictive_clause_or_none_is_still_written(nlp, text, event):
    assert render(nlp(text)) == event

