"""The prompt states how many options are correct, and every accuracy is shown beside the chance of guessing that
many (proda/evaluate/asking.py; session 21, E2).  Invented items, fake models."""

from __future__ import annotations

import json
import random
import re

import pytest

from proda.evaluate import asking
from proda.evaluate.results import summarize
from proda.evaluate.scoring import MCQ, ItemResult, score_items
from proda.models import BenchItem

TWO = MCQ("t2", "In the process of baking bread, which of the following follow from kneading the dough? "
          "Select all that apply.", ["The gluten strands align", "The oven cools down", "The dough becomes elastic",
                                     "The flour is milled"], [0, 2])


class Recorder:
    """Records every prompt; answers with letter-set log-likelihoods that favour the key."""

    supports_loglikelihood = True

    def __init__(self):
        self.contexts: list[str] = []

    def format_prompt(self, user: str) -> str:
        return user

    def loglikelihood(self, requests):
        self.contexts += [c for c, _ in requests]
        return [-1.0 for _ in requests]

    def generate(self, prompts, max_new_tokens=16):
        self.contexts += prompts
        return ["A, C" for _ in prompts]


@pytest.mark.parametrize("method", ["set", "letter", "yesno", "generate"])
def test_a_two_answer_items_prompt_names_the_count(method):
    lm = Recorder()
    score_items(lm, [TWO], method=method, permutations=1)
    assert lm.contexts
    for c in lm.contexts:
        assert "Choose the two correct answers." in c
        assert "Select all that apply" not in c and "One or more" not in c


def test_a_one_answer_items_prompt_says_choose_one():
    lm = Recorder()
    one = MCQ("t1", "Which step comes first?", ["w", "x", "y"], [1], multi=False)
    score_items(lm, [one], method="letter", permutations=1)
    assert all("Choose one answer." in c for c in lm.contexts)


def test_set_scores_only_the_sets_of_the_stated_size():
    lm = Recorder()
    score_items(lm, [TWO], method="set", permutations=1)
    assert len(lm.contexts) == 6  # C(4, 2) answers, not the 15 non-empty sets


def test_yesno_predicts_the_stated_number_of_options():
    """A model that says Yes to three options of a two-answer item is scored on its two likeliest."""

    class ThreeYes(Recorder):
        def loglikelihood(self, requests):
            out = []
            for ctx, cont in requests:
                letter = re.search(r"Is option ([A-J]) correct\?", ctx).group(1)
                yes = {"A": -0.1, "B": -0.9, "C": -0.2}.get(letter, -5.0)
                out.append(yes if cont == "Yes" else -1.0)
            return out

    r = score_items(ThreeYes(), [TWO], method="yesno", permutations=1)[0]
    assert r.predicted == [0, 2] and r.passed


def test_chance_of_a_guesser_of_the_stated_number():
    assert asking.chance(3, 1) == pytest.approx(1 / 3)
    assert asking.chance(4, 2) == pytest.approx(1 / 6)
    assert asking.chance(4, 1) == pytest.approx(1 / 4)
    assert asking.chance(4, 2, stated=False) == pytest.approx(1 / 15)
    three = BenchItem(id="b3", question="q?", options=["x", "y", "z"], correct=[2], chain_id="c")
    two = BenchItem(id="b4", question="q?", options=["w", "x", "y", "z"], correct=[0, 3], chain_id="c")
    assert three.chance == pytest.approx(1 / 3) and two.chance == pytest.approx(1 / 6)
    r = score_items(Recorder(), [TWO], method="set", permutations=1)[0]
    assert r.chance == pytest.approx(1 / 6, abs=1e-6)


def test_a_uniform_guesser_passes_at_the_stated_chance():
    """A model naming two letters at random passes two-of-four items about 1 time in 6 (the reported chance)."""
    rng = random.Random(2103)

    class Guesser(Recorder):
        def generate(self, prompts, max_new_tokens=16):
            return [", ".join(sorted(rng.sample("ABCD", 2))) for _ in prompts]

    items = [MCQ(f"g{i}", f"Question {i}?", ["w", "x", "y", "z"], sorted(rng.sample(range(4), 2)))
             for i in range(6000)]
    res = score_items(Guesser(), items, method="generate", permutations=1)
    s = summarize(res)
    assert s["chance"] == pytest.approx(1 / 6, abs=1e-4)
    assert s["ci"][0] < s["chance"] < s["ci"][1]


def test_lm_eval_export_states_the_count_and_offers_its_sets(tmp_path):
    from proda.datasets import export_bench

    item = BenchItem(id="b4", question=TWO.question, options=TWO.options, correct=[0, 2], chain_id="c")
    every = BenchItem(id="b5", question="Which follow? Select all that apply.", options=["w", "x", "y", "z"],
                      correct=[0, 1, 2, 3], chain_id="c")
    got = export_bench([item, every], "lm-eval", tmp_path)
    # what lm-eval's acc alone hides: the chance level, and the item its count gives away
    assert got["chance"] == pytest.approx((1 / 6 + 1) / 2, abs=1e-4) and got["given_away"] == 1
    row = json.loads(open(got["file"], encoding="utf-8").readline())
    assert "Choose the two correct answers." in row["prompt"] and "Select all that apply" not in row["prompt"]
    assert row["prompt"].endswith("Answer:")
    assert row["choices"] == ["A, B", "A, C", "A, D", "B, C", "B, D", "C, D"]
    assert row["choices"][row["gold"]] == "A, C" and row["chance"] == pytest.approx(1 / 6, abs=1e-6)
    assert "Choose the two" in open(got["task"], encoding="utf-8").read()  # the YAML says how items are asked


def _run(results) -> dict:
    s = summarize(results)
    return {"id": "run_x", "model": "mdl_x", "bench_version": "bench-v1", "method": "set", "summary": s}


def _printed(run: dict) -> str:
    from proda.cli_support import console
    from proda.commands.model import print_summary

    with console.capture() as cap:
        print_summary(run)
    return cap.get()


def test_the_results_table_prints_the_chance_column():
    res = score_items(Recorder(), [TWO, MCQ("t5", "Q?", ["a", "b", "c", "d"], [1], document="Ch 2")],
                      method="set", permutations=1)
    out = _printed(_run(res))
    assert re.search(r"chance\s+20\.8%", out)  # the mean of 1/6 and 1/4
    assert "chance" in out.split("accuracy by chapter / document", 1)[1]  # a column of the per-chapter table
    assert "16.7%" in out and "25.0%" in out


def test_an_old_results_file_without_chance_still_loads():
    old = {"id": "b1", "predicted": [1, 3], "correct": [1, 3], "scores": [0.1, 0.9, 0.2, 0.8], "passed": True,
           "domain": "anatomy", "document": "Ch 1", "chain_length": 3, "outputs": []}
    r = ItemResult.from_dict(json.loads(json.dumps(old)))
    assert r.chance is None and r.passed and r.option_hits == 4
    s = summarize([r])
    assert s["chance"] is None and s["by_document"]["Ch 1"]["chance"] is None
    run = _run([r])
    for g in ("by_domain", "by_document", "by_chain_length"):  # a summary stored before the field existed
        for v in run["summary"][g].values():
            v.pop("chance")
    run["summary"].pop("chance")
    out = _printed(run)
    assert re.search(r"chance\s+-", out)


def test_the_report_shows_accuracy_with_its_interval_beside_chance(store, tmp_path):
    pytest.importorskip("matplotlib")
    from test_explore import build_kb

    from proda.report.html import build_report

    build_kb(store)
    out, d = build_report(store, tmp_path / "old.html")  # a run stored before chance was kept: not guessed
    page = out.read_text()
    assert "chance: not recorded for this run" in page and "accuracy [95 % CI]" in page
    store.write("MATCH (b:BenchItem) SET b.options = ['w', 'x', 'y', 'z'], b.correct = [1]")
    store.write("MATCH (r:Run {id: 'run_1'}) SET r.chance = 0.25")
    out, d = build_report(store, tmp_path / "new.html")
    page = out.read_text()
    assert {(r["options"], r["keys"]) for r in d["results"]} == {(4, 1)}
    assert "chance: a guesser of the stated number of answers" in page and "25.0%" in page
    assert "(n=4)" in page  # the accuracy card names its n
