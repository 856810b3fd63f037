"""Review R2 of 34bf772 (prompts state how many options are correct): the predicted set of a stated-count item is
an answer the model gave.  Invented items, fake models."""

from __future__ import annotations

import re

from proda.evaluate.scoring import MCQ, score_items

LETTER = re.compile(r"^([A-D])\. (.+)$", re.MULTILINE)


class Names:
    """A generating model that names, in each option order, the options whose texts it is given (one set an order)."""

    supports_loglikelihood = False

    def __init__(self, answers: list[set[str]]):
        self.answers = answers  # per order, in the order asked: the option texts it names
        self.k = 0

    def format_prompt(self, user: str) -> str:
        return user

    def generate(self, prompts, max_new_tokens=16):
        out = []
        for p in prompts:
            shown = dict((t, c) for c, t in LETTER.findall(p))
            want = self.answers[self.k % len(self.answers)]
            self.k += 1
            out.append(", ".join(sorted(shown[t] for t in want)))
        return out


def _item(correct):
    return MCQ("g2", "In the process of baking bread, which of the following follow from kneading the dough?",
               ["gluten aligns", "oven cools", "dough stretches", "flour is milled"], correct)


def test_generate_two_answers_in_every_order_is_never_scored_as_three():
    """Each order the model names two options, a different pair each time: the per-option majority is all three of
    them, an answer it never gave to "Choose the two correct answers"; the answer to the item as stored stands."""
    lm = Names([{"gluten aligns", "dough stretches"}, {"gluten aligns", "oven cools"},
                {"oven cools", "dough stretches"}])
    r = score_items(lm, [_item([0, 2])], method="generate", permutations=3)[0]
    assert r.predicted == [0, 2] and r.passed


def test_generate_one_answer_item_is_never_scored_as_two():
    """A proda item (multi=True) with one key: "Choose one answer." named A, then A and B, then B: two options each
    with two votes of three is no answer the model gave."""
    lm = Names([{"gluten aligns"}, {"gluten aligns", "oven cools"}, {"oven cools"}])
    r = score_items(lm, [_item([0])], method="generate", permutations=3)[0]
    assert r.predicted == [0] and r.passed


def test_generate_the_answer_named_most_stands():
    """The set named in two orders of three wins, even of the wrong size: judged on what the model named."""
    lm = Names([{"gluten aligns", "dough stretches"}, {"gluten aligns", "dough stretches", "oven cools"},
                {"gluten aligns", "dough stretches", "oven cools"}])
    r = score_items(lm, [_item([0, 2])], method="generate", permutations=3)[0]
    assert r.predicted == [0, 1, 2] and not r.passed


def test_a_probe_the_generating_model_names_no_option_for_is_failed_not_a_crash():
    """Repair probes build one-key MCQs (stated): a chat model that answers without a letter predicts nothing."""
    from proda.repair.probe_answers import answer_probes
    from proda.repair.probes import Probe

    class Mute(Names):
        def generate(self, prompts, max_new_tokens=16):
            return ["I am not sure." for _ in prompts]

    p = Probe(id="p1", unit="c1", unit_kind="concept", kind="definition", question="What is kneading?",
              options=["working dough", "baking", "milling", "proofing"], correct=0)
    got = answer_probes(Mute([]), [p], orders=3, method="choice")["p1"]
    assert not got.passed and got.predicted == -1


def test_diagnose_accuracy_by_domain_is_shown_beside_chance():
    """`proda diagnose` prints dev accuracy per domain: beside the chance of the stated count (a run that stored its
    chance), "-" for a run stored before prompts stated the count."""
    from proda.cli_support import console
    from proda.commands.repair import print_diagnosis
    from proda.repair.diagnose import DiagnoseReport, _by_domain

    rows = [{"item": "b1", "domain": "baking", "passed": True, "scores": [0.9, 0.1, 0.0, 0.0], "correct": [0]},
            {"item": "b2", "domain": "baking", "passed": False, "scores": [0.2, 0.5, 0.3], "correct": [2]},
            {"item": "b3", "domain": "brewing", "passed": False, "scores": [0.4, 0.4, 0.1, 0.1], "correct": [0, 1]}]
    got = _by_domain(rows, stated=True)
    assert got["baking"]["chance"] == 0.2917 and got["brewing"]["chance"] == 0.1667  # (1/4 + 1/3) / 2; 1/6
    assert _by_domain(rows, stated=False)["baking"]["chance"] is None
    rep = DiagnoseReport(run="run_x", model="mdl_x", n=3, failed=2, classes={}, top_gaps=[], broken_steps=[],
                         by_domain=got, probe_stats={})
    with console.capture() as cap:
        print_diagnosis(rep)
    out = cap.get().split("accuracy by domain", 1)[1]
    assert "chance" in out and "29.2%" in out and "16.7%" in out


def test_an_item_whose_every_option_is_correct_is_not_made():
    """"Choose the four correct answers." of four options gives the item away (chance 1): a candidate with as many
    keys as options is refused, and the report says why."""
    import random

    from proda.evaluate.bench_options import Candidate, Option, realise, unrealised

    keys = [Option([t], True) for t in ("The dough rises", "The crust browns", "The crumb sets", "The loaf cools")]
    c = Candidate("consequence", "In the process Baking bread, which of the following follow from \"The oven heats\"?",
                  keys, [Option(["The flour is milled"], False, "wrong_order")], [1, 2, 3, 4, 5],
                  {"kind": "cascade"})
    assert realise(c, 1.0, random.Random(0)) is None
    assert unrealised(c) == "every_option_correct"
    three = Candidate("consequence", c.question, keys[:3], [Option(["The flour is milled"], False, "wrong_order")],
                      [1, 2, 3, 4], {"kind": "cascade"})
    assert realise(three, 1.0, random.Random(0)) is not None  # three of four: the one wrong option is still asked
