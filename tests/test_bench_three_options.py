"""Three-option items (``bench.generate(three_options=True)``, ``[build] three_options``; session 20, issue 12): a
single-key question whose chain gives two fair wrong options and its passage no third is asked with three options
(A-C) instead of refused.  Invented chains: a four-step cascade with no outside sentence at all."""

import json
from math import comb

from proda.datasets import answer_sets, export_bench
from proda.evaluate import bench
from proda.evaluate.bench_chains import OWN
from tests.bench_util import chain, step


def _mill() -> dict:
    """Four steps, each sharing a concept with the next (a cascade, not a list), and nothing else in the KB."""
    return chain("mill", [
        step(1, "The heavy rain swells the mountain streams in early spring", ["rain", "stream"]),
        step(2, "The swollen streams raise the level of the lake behind the dam", ["stream", "lake"]),
        step(3, "The rising lake pushes more water through the turbines of the mill", ["lake", "turbine"]),
        step(4, "The faster turbines grind more grain for the villages of the valley", ["turbine", "grain"])])


def test_a_question_with_two_own_wrong_options_is_asked_with_three():
    """Before: every single-key question of this chain needed an outside option and none exists, so the chain gave
    only its order item (14 candidates "unrealised").  After: next-step and cause questions with three options, all
    the chain's own steps, one key each."""
    before, _ = bench.generate([_mill()], min_per_chapter=10)
    assert [i.kind for i in before] == ["order"]
    items, _ = bench.generate([_mill()], min_per_chapter=10, three_options=True)
    assert {(i.question, tuple(i.options)) for i in before} <= {(i.question, tuple(i.options)) for i in items}
    three = [i for i in items if len(i.options) == 3]
    assert len(three) >= 4 and {"next_step", "cause"} <= {i.kind for i in three}
    steps = {s["text"] for s in _mill()["steps"]}
    for i in three:
        assert len(i.correct) == 1 and set(i.options) <= steps
        assert all(k in OWN for j, k in enumerate(i.distractor_kinds) if j not in i.correct)
        assert i.correct[0] in range(3) and abs(i.chance - 1 / 3) < 1e-9  # one of three, the count stated


def test_four_options_stay_where_they_can_be_had():
    """Kept sibling: an order item (its three wrong orders are drawn from the steps) keeps four options, and the
    setting off (``three_options=False``, the old behaviour) makes no three-option item."""
    items, _ = bench.generate([_mill()], min_per_chapter=10, three_options=True)
    assert all(len(i.options) == 4 for i in items if i.kind == "order")
    off, _ = bench.generate([_mill()], min_per_chapter=10, three_options=False)
    assert all(len(i.options) == 4 for i in off)


def test_three_option_keys_rotate_over_a_to_c_and_over_length_ranks():
    """The key of a three-option item is placed among A-C, where the set so far has fewest keys, and stands at the
    length rank the rotation asks for, exactly (0 shortest, 1, 2, 0, ...): at the nearest rank 5 of the first 7 such
    keys on the development KBs were the shortest option."""
    items, _ = bench.generate([_mill()], min_per_chapter=10, three_options=True)
    three = [i for i in items if len(i.options) == 3]
    assert len({i.correct[0] for i in three}) == 3
    ranks = [sum(len(o) < len(i.options[i.correct[0]]) for o in i.options) for i in three]
    assert max(ranks.count(r) for r in range(3)) - min(ranks.count(r) for r in range(3)) <= 1


def test_lm_eval_export_gives_a_three_option_item_its_three_answer_sets(tmp_path):
    """lm-eval scores the answer sets in ``choices``: the prompt states the count ("Choose one answer."), so a
    single-key item of three options has 3 (no set names a D), one of four 4, and ``chance`` is 1/len(choices)."""
    assert len(answer_sets(3)) == 7 and len(answer_sets()) == 15
    items, _ = bench.generate([_mill()], min_per_chapter=10, three_options=True)
    got = export_bench(items, "lm-eval", tmp_path)
    rows = [json.loads(x) for x in open(got["file"], encoding="utf-8")]
    for r in rows:
        assert len(r["choices"]) == comb(len(r["options"]), len(r["correct"]))
        assert r["choices"][r["gold"]] == ", ".join("ABCD"[k] for k in r["correct"])
        assert abs(r["chance"] - 1 / len(r["choices"])) < 1e-6
        assert "Choose one answer." in r["prompt"] if len(r["correct"]) == 1 else "correct answers." in r["prompt"]
    assert {len(r["choices"]) for r in rows if len(r["options"]) == 3} == {3}
    assert not any("D" in c for r in rows if len(r["options"]) == 3 for c in r["choices"])


def _one_question(outside_kind: str):
    """A next-step question with one wrong step of its own chain and one outside sentence of ``outside_kind``."""
    from proda.evaluate.bench_options import Candidate, Option

    row = _mill()
    return row, Candidate(
        "next_step", 'In the process "Town mill", what does "The heavy rain swells the mountain streams" directly '
                     "lead to?",
        [Option(["The swollen streams raise the level of the lake behind the dam"], True)],
        [Option(["The faster turbines grind more grain for the villages of the valley"], False, "wrong_order"),
         Option(["The old ferry carries the traders across the river each market day"], False, outside_kind)],
        [1, 2], row)


def test_a_three_option_item_takes_no_option_from_another_section(monkeypatch):
    """Session 20 reading: "A defibrillator effectively stops the heart ..." (another section of the chapter) as
    what leads to "blood flows toward the atria" is ruled out by its topic, which leaves a three-option item a choice
    of two.  An outside sentence of another section (``same_chapter``) or another chain (``other_chain``) fills no
    three-option item; one of the chain's own passage (``same_section``) does (kept sibling)."""
    for kind, made in (("same_chapter", False), ("other_chain", False), ("same_section", True)):
        row, cand = _one_question(kind)

        def one(chain, chains, rng, drops, c=cand):
            c.chain = chain  # the chain as ``generate`` reads it (its chapter set)
            return [c]
        monkeypatch.setattr(bench, "candidates", one)
        items, _ = bench.generate([row], three_options=True, min_per_chapter=10)
        assert bool(items) is made, kind
        if made:
            assert len(items[0].options) == 3


def test_four_option_keys_stay_balanced_over_a_to_d_beside_three_option_items():
    """``place`` with one count of keys per letter: six three-option items fill A-C twice each and four four-option
    items after them take D first, twice of four (a position cue among four-option items; ``generate`` places its
    three-option items last, but ``place`` must not depend on it).  Each size is balanced apart: the four-option
    keys fall once on each of A-D."""
    from proda.evaluate.bench_options import Candidate
    from proda.evaluate.bench_place import place

    row = dict(_mill(), domain="", chapter="ch1")
    chosen = []
    for k in range(10):
        n = 3 if k < 6 else 4
        c = Candidate("next_step", f"Question {k}?", [], [], [1, 2], row)
        chosen.append((c, [f"option {k} {j}" for j in range(n)], [True] + [False] * (n - 1), [""] + ["wrong_order"] *
                       (n - 1), ["step"] * n))
    items = place(chosen, 0)
    four = sorted(i.correct[0] for i in items if len(i.options) == 4)
    assert four == [0, 1, 2, 3]
    assert sorted(i.correct[0] for i in items if len(i.options) == 3) == [0, 0, 1, 1, 2, 2]


def _rates(here: str) -> tuple[list[dict], list[dict]]:
    """A three-step chain of one section (``bench_util.PATH``) and two statements: one that leads into a step's
    concept (so the KB reaches that concept from it), and one acting from the chain's first concept on it, told at
    ``here`` (this section, or another section of the chapter).  The second is offered as an ``upstream`` wrong
    answer to what follows from the middle step."""
    from tests.bench_util import PATH
    from tests.test_bench import _stmt

    row = dict(chain("rates", [step(1, "The central bank raises the interest rate", ["bank", "rate"]),
                               step(2, "Higher rates reduce borrowing by firms", ["rate", "borrowing"]),
                               step(3, "Lower borrowing slows new investment", ["borrowing", "investment"])]),
               headings=["Monetary policy"])
    links = [dict(_stmt("e2", "inflation", "causes", "rate", PATH, "Rising inflation pushes the interest rate upward"),
                  heading="Monetary policy"),
             dict(_stmt("e1", "bank", "causes", "inflation", here, "The central bank watches inflation closely every "
                        "month"), heading="Monetary policy" if here == PATH else "Inflation")]
    return [row], links


def test_a_three_option_item_takes_no_upstream_statement_of_another_section():
    """Review R3 of b89919d: ``nearby`` refused the kinds ``same_chapter`` and ``other_chain``, but a statement of
    another section of the chapter that acts from a concept of the chain is offered as ``upstream`` (or
    ``downstream``), and a three-option item took it ("The central bank watches inflation closely every month", told
    under another heading, beside one own step); the tier's rule is none from another section.  Kept sibling: the
    same statement told in the chain's own section fills the item."""
    quote = "The central bank watches inflation closely every month"
    for here, made in (("w/ch1/b.html", False), ("w/ch1/a.html", True)):
        rows, links = _rates(here)
        items, _ = bench.generate(rows, links=links, min_per_chapter=10, three_options=True)
        three = [i for i in items if len(i.options) == 3]
        assert any(quote in i.options for i in three) is made, (here, [i.options for i in three])
