"""A step cut at its modal verb ("would result in the formation of ...", "can lead to ...") is the rest of a sentence
whose subject is the step before (session 23 B, anatomy 25 dev KB: "The retention of phosphate → Would result in the
formation of calcium phosphate in the plasma → ..." was an order item; the capital that ``cap`` gave it hid that it
continues the step before, so the two were read as one sentence, and a question quoting it asks about a predicate
without its subject).  ``fragment`` reads a lower-case modal opening a step as a continuation, as it reads "which" or
"leading": no order item shows it and no question quotes it.  Invented sentences."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from proda.evaluate import bench
from proda.evaluate.bench_options import fragment
from tests.bench_util import chain as _chain, step as _step


@pytest.mark.parametrize("text", [
    "would result in the formation of crystals in the fluid",
    "can lead to the loss of heat from the surface",
    "may cause the river to flood the valley",
    "will raise the level of the lake",
])
def test_a_step_opening_on_a_modal_is_a_continuation(text):
    assert fragment(text)


@pytest.mark.parametrize("text", [
    "Would the level rise?",  # a question opens on its capital: not a cut step
    "The salt would form crystals in the fluid",  # a sentence of its own with its modal inside
    "Canals carry the water to the fields",  # a word that begins like one
    "Mayors appoint the members of the board",
])
def test_sentences_with_their_subject_are_not(text):
    assert not fragment(text)


def _candidates(steps: list[str]):
    chain = _chain("m", [_step(p, t, [f"c{p}", f"c{p + 1}"]) for p, t in enumerate(steps, 1)])
    chains = bench.Chains([chain], [], paths=False)
    drops: Counter = Counter()
    return bench.candidates(chains.usable[0], chains, random.Random(0), drops), drops


def test_no_order_item_and_no_question_quotes_a_step_cut_at_its_modal():
    cut = ["The retention of salt in the pond", "would result in the formation of crystals in the fluid",
           "The level of dissolved salt is reduced"]
    got, drops = _candidates(cut)
    assert "order" not in {c.kind for c in got} and drops["order_refused:continuation"] == 1
    assert not any('"would result' in c.question for c in got)
    plain = ["The miller opens the sluice of the mill", "Water turns the wheel of the mill faster",
             "The stones grind more grain each hour"]
    assert "order" in {c.kind for c in _candidates(plain)[0]}  # sibling: a chain of whole sentences keeps it
