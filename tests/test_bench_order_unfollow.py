"""An order item shows a chain's steps as the options of its other items show them, without a follows-word inside
(session 24 B, issue 12): a one-chain chapter whose three-step chain has one own wrong option per question gets
every single-key question refused ("unrealised"), and its order item -- the one question that needs no outside option
-- was refused too because one step read "An enzyme then accelerates ...", though every other item of the chain
already drops that "then" (``bench_clauses.unfollow``, review R14).  A step the word cannot leave ("X rises, then
Y falls") keeps it and the order item is still refused; an adding word ("In addition, ...", "... also ...") on a
later step says it is not first, so it refuses the order item as "then" does (on the first step it points before the
chain and says nothing of the order).  Every sentence here is invented."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from proda.evaluate import bench
from tests.bench_util import chain as _chain, step as _step


def _chapter(steps: list[str]) -> list[dict]:
    return [_chain("m", [_step(p, t, [f"c{p}", f"c{p + 1}"]) for p, t in enumerate(steps, 1)])]


def _order(steps: list[str], nlp):
    chains = bench.Chains(_chapter(steps), [], paths=False)
    chains.nlp = nlp
    drops: Counter = Counter()
    got = bench.candidates(chains.usable[0], chains, random.Random(0), drops)
    return [c for c in got if c.kind == "order"], drops


MILL = ["The miller opens the sluice of the mill", "Water turns the great wheel of the mill",
        "The stones then grind more grain each hour"]


def test_a_one_chain_chapter_whose_questions_are_all_unrealised_gets_its_order_item(nlp):
    # without a parser the word stays (``unfollow`` leaves the text as it is) and the chapter has no item at all
    assert bench.generate(_chapter(MILL), links=[], min_per_chapter=10, events=None)[0] == []
    got, drops = _order(MILL, nlp)
    assert len(got) == 1 and not drops["order_refused:continuation"]
    shown = got[0].correct[0].phrasings[0]
    assert "then" not in shown.split() and "The stones grind more grain each hour" in shown


def test_the_generated_benchmark_of_that_chapter_has_the_order_item(nlp):
    class Events:  # the parser rides on the event writer, as ``bench.settings`` passes it
        def __init__(self, nlp):
            self.nlp = nlp

        def __call__(self, texts):
            return {}
    items, rep = bench.generate(_chapter(MILL), links=[], min_per_chapter=10, events=Events(nlp))
    assert [i.kind for i in items] == ["order"]
    assert rep.dropped.get("unrealised", 0) >= 1  # the single-key questions are still refused, as they should be


@pytest.mark.parametrize("steps", [
    # the word cannot leave its sentence: two clauses spliced once it is gone
    ["The miller opens the sluice of the mill", "Water turns the great wheel of the mill",
     "The wheel turns, then the stones grind more grain"],
    # an adding opener says the step comes after another
    ["The miller opens the sluice of the mill", "Water turns the great wheel of the mill",
     "In addition, the stones may grind more grain each hour"],
    ["The miller opens the sluice of the mill", "Water also turns the great wheel of the mill",
     "The stones grind more grain each hour"],
])
def test_a_step_that_still_says_it_follows_refuses_the_order_item(nlp, steps):
    got, drops = _order(steps, nlp)
    assert not got and drops["order_refused:continuation"] == 1


def test_an_adding_word_on_the_first_step_points_before_the_chain_and_keeps_the_order_item(nlp):
    first = ["The miller also opens the sluice of the mill", "Water turns the great wheel of the mill",
             "The stones grind more grain each hour"]
    got, drops = _order(first, nlp)
    assert len(got) == 1 and not drops["order_refused:continuation"]


def test_a_chain_without_follows_words_keeps_its_order_item_as_it_was(nlp):
    plain = ["The miller opens the sluice of the mill", "Water turns the great wheel of the mill",
             "The stones grind more grain each hour"]
    got, _ = _order(plain, nlp)
    assert len(got) == 1 and got[0].correct[0].phrasings[0].split(" → ")[-1] == "The stones grind more grain each hour"
