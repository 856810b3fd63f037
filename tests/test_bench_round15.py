"""Benchmark defects of round 11 and the session after it (invented sentences): a cut step whose rewrite would leave
a non-restrictive "which" clause hanging before its verb, and numbered procedures asked causal questions."""

import random

import pytest

from tests.bench_util import chain, step
from proda.evaluate import bench
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


def _numbered(kind: str) -> dict:
    """Four steps of one section (the same invented texts for a procedure and for a cascade)."""
    texts = ["The clerk stamps each ballot with the date of the election",
             "The stamped ballot is placed in a sealed box beside the clerk",
             "The sealed box is carried to the counting hall by two officers",
             "The officers open the box and count the ballots in the counting hall"]
    return dict(chain("vote", [step(p, t) for p, t in enumerate(texts, 1)]), kind=kind)


CAUSAL = {"consequence", "reduced", "precondition", "missing_step", "missing_more"}


def _kinds(row: dict) -> tuple[set[str], list[str]]:
    cands = bench.candidates(row, bench.Chains([row], []), random.Random(0))
    return {c.kind for c in cands}, [c.question for c in cands]


def test_a_numbered_procedure_is_asked_its_order_not_its_causes():
    """Round 11: a "Step 1 ... Step 4" list was keyed as if each step caused the next ("what must already have
    happened", "what follows from"), and the book's chemistry made two keys wrong.  A procedure's numbering says
    which step comes after which, nothing more."""
    kinds, questions = _kinds(_numbered("procedure"))
    assert kinds and not kinds & CAUSAL
    assert {"next_step", "cause"} <= kinds
    asked = [q for q in questions if "directly" in q]
    assert asked and all("comes directly after" in q or "comes directly before" in q for q in asked)
    assert not any("lead to" in q or "leads to" in q for q in questions)


def test_a_cascade_keeps_its_causal_questions():
    """Kept sibling: the same steps read as a cascade still give what follows and what must have happened."""
    kinds, questions = _kinds(_numbered("cascade"))
    assert {"consequence", "precondition", "missing_step"} <= kinds
    assert any("directly lead to" in q for q in questions)
