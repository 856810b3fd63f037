"""A "then" link inside a causal run (review R17 item 5, session 12): "Heavy rain raises the river, which causes
flooding. The farmers then move their cattle ..." is one cascade -- one causal link keeps it so -- but the farmers'
move only follows the flooding in time; nothing in the text says the rain brought it about.  Before, every link of
such a run was asked as a cause: "which of the following follow, directly or indirectly, from the rain?" keyed the
move of the cattle.

Now the step carries ``then_only`` (``Found.after`` -> ``StepEvent.then_only`` -> the Step node), the benchmark's
link sign is 0 there (``bench_chains.link_signs``): no consequence, precondition or loss is composed across it, and
the link itself is asked by its order ("which step comes directly after ...").  Kept: the causal links of the same
run are asked as before, and a run of causal "then" links has no such flag.
"""

from __future__ import annotations

import random

import pytest

from proda.evaluate import bench
from tests.chains_util import chains_of

FLOOD = ("Heavy rain raises the level of the river, which causes flooding in the valley. The farmers then move "
         "their cattle to higher ground.")


def test_the_then_step_of_a_cascade_is_marked(nlp):
    pytest.importorskip("spacy")
    chains = chains_of(nlp, FLOOD, "Floods")
    assert len(chains) == 1 and chains[0].kind == "cascade", [(c.kind, c.steps) for c in chains]
    assert [e.then_only for e in chains[0].events] == [False, False, True], chains[0].steps


def test_causal_then_links_are_not_marked(nlp):
    """Kept sibling: "then" before a verb that brings something about is a causal link."""
    text = ("The pituitary gland releases a hormone that travels to the adrenal gland. The adrenal gland then "
            "produces cortisol. The cortisol then increases the level of glucose in the blood.")
    chains = chains_of(nlp, text, "Stress")
    assert len(chains) == 1 and chains[0].kind == "cascade"
    assert not any(e.then_only for e in chains[0].events), chains[0].steps


def _row(then_only: bool) -> dict:
    steps = ["heavy rain raises the river", "the river floods the valley", "the farmers move their cattle from the valley",
             "the cattle graze on the hills"]
    trans = [{"id": f"t{p}", "from": p, "to": p + 1, "predicate": v} for p, v in ((1, "causes"), (2, "precedes"),
                                                                                  (3, "causes"))]
    return {"id": "flood", "name": "Floods", "kind": "cascade", "domain": "d", "document": "doc",
            "path": "c/ch1/a.html", "about": [], "transitions": trans,
            "steps": [{"id": f"s{p}", "position": p, "text": t, "concepts": [],
                       "then_only": then_only and p == 3} for p, t in enumerate(steps, 1)]}


def _candidates(row: dict) -> list:
    chains = bench.Chains([row], [])
    return bench.candidates(next(c for c in chains.usable if c["id"] == "flood"), chains, random.Random(0))


def test_nothing_is_keyed_as_a_consequence_across_a_then_link():
    """Before: the move of the cattle (and the grazing after it) keyed as following from the rain."""
    row = _row(True)
    assert bench.link_signs(row) == {1: 1, 2: 0, 3: 1}
    cands = _candidates(row)
    for c in cands:
        keys = " | ".join(o.phrasings[0] for o in c.correct)
        if c.kind in ("consequence", "missing_step") and '"heavy rain raises the river"' in c.question:
            assert "cattle" not in keys, (c.kind, c.question, keys)
        if c.kind == "precondition" and "graze" in c.question:
            assert "rain" not in keys and "floods" not in keys, (c.question, keys)
        if c.kind == "next_step" and '"heavy rain raises the river"' in c.question:
            wrong = " | ".join(o.phrasings[0] for o in c.distractors)
            assert "cattle" not in wrong, ("past the then-link, no wrong answer to 'directly lead to'", wrong)
    nxt = [c for c in cands if c.kind == "next_step" and '"the river floods the valley"' in c.question]
    assert nxt and all("comes directly after" in c.question for c in nxt), [c.question for c in nxt]
    before = [c for c in cands if c.kind == "cause" and "move their cattle" in c.question]
    assert before and all("comes directly before" in c.question for c in before), [c.question for c in before]


def test_the_same_run_without_the_flag_keeps_its_causal_questions():
    """Kept sibling: the causal links of a run are still asked as causes and consequences."""
    cands = _candidates(_row(False))
    cons = [c for c in cands if c.kind == "consequence" and '"heavy rain raises the river"' in c.question]
    assert cons and any("cattle" in o.phrasings[0] for c in cons for o in c.correct)
    causal = [c for c in _candidates(_row(True)) if c.kind == "next_step" and '"heavy rain' in c.question]
    assert causal and all("directly lead to" in c.question for c in causal), [c.question for c in causal]
