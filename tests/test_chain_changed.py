"""One reading of "the clause before says this noun changes, stops or does not happen" (``chain_events.changed``),
shared by chain statements (``chains._clause_antecedent``) and benchmark steps (``bench_events.relative_step``).
Each case is one where the two earlier readings differed; the shared one answers as the safer of them did."""

from __future__ import annotations

import pytest

from tests.chains_util import find

pytest.importorskip("spacy")


def _noun(nlp, sentence: str, word: str):
    return next(t for t in nlp(sentence) if t.text == word)


@pytest.mark.parametrize("sentence, noun", [
    # the small tagger takes "stops" for a noun: only a reading of noun-tagged ancestors saw the stopping
    ("When thyroid hormone levels rise, the pituitary stops releasing TSH, which lowers thyroid hormone levels.", "TSH"),
    # a quantity word on the noun itself: only the chain reading saw it
    ("The kidneys then excrete less water, which raises blood volume.", "water"),
    ("Consumers bought fewer cars, which reduced the demand for steel.", "cars"),
    # the change is above a relative clause: only the benchmark reading looked past it
    ("Calcitonin inhibits the osteoclasts that break down bone, which lowers blood calcium.", "bone"),
    # both readings agreed
    ("Consumers then reduced their purchases of gasoline, which lowered demand.", "gasoline"),
    ("After menopause, the ovaries no longer produce estrogen, which leads to bone loss.", "estrogen"),
    ("In the new system, workers could no longer own land, which weakened the peasantry.", "land"),
])
def test_a_changed_noun_is_seen_whichever_reading_saw_it(nlp, sentence, noun):
    from proda.ingest.extract.chain_events import changed

    assert changed(_noun(nlp, sentence, noun))


@pytest.mark.parametrize("sentence, noun", [
    ("The pancreas then releases insulin, which increases glucose uptake by cells.", "insulin"),
    ("The legislature passes the budget, which funds the agencies.", "budget"),
])
def test_a_plain_antecedent_is_not_changed(nlp, sentence, noun):
    from proda.ingest.extract.chain_events import changed

    assert not changed(_noun(nlp, sentence, noun))


def _statements(nlp, text: str):
    chains, stmts = find(nlp, text)
    return chains, {(s.subject, s.predicate, s.object) for s in stmts}


def test_chain_statements_read_the_shared_answer(nlp):
    """Before: "TSH | lowers | thyroid hormone levels" ("stops" tagged a noun) and "bone | lowers | blood calcium" (the
    inhibition above the relative clause) were taught; the other statements of both chains stay."""
    chains, got = _statements(nlp, "When thyroid hormone levels rise, the pituitary stops releasing TSH, which lowers "
                                   "thyroid hormone levels. As a result, the thyroid gland releases less hormone.")
    assert chains and ("TSH", "lowers", "thyroid hormone levels") not in got
    assert ("thyroid gland", "releases", "less hormone") in got
    chains, got = _statements(nlp, "Calcitonin inhibits the osteoclasts that break down bone, which lowers blood "
                                   "calcium. As a result, less calcium reaches the blood.")
    assert chains and not [s for s in got if s[0] == "bone"]
    assert ("less calcium", "reaches", "blood") in got


@pytest.mark.parametrize("previous, step, subject", [
    # before: "Water raises blood pressure", "Cars reduced the demand for steel" (the quantity word was on the noun)
    ("the kidneys excrete less water", "which raises blood pressure", "water"),
    ("consumers bought fewer cars", "which reduced the demand for steel", "cars"),
])
def test_benchmark_steps_read_the_shared_answer(nlp, previous, step, subject):
    from proda.evaluate.bench_events import relative_step

    assert relative_step(step, subject, nlp(previous)) is None


def test_a_plain_antecedent_still_takes_the_which_in_both(nlp):
    from proda.evaluate.bench_events import relative_step

    assert relative_step("which funds the agencies", "the budget", nlp("the legislature passes the budget")) \
        == "The budget funds the agencies"
    _, got = _statements(nlp, "Blood glucose rises after a meal. This stimulates the pancreas. The pancreas then "
                              "releases insulin, which increases glucose uptake by cells.")
    assert ("insulin", "increases", "glucose uptake by cells") in got  # (its "by" phrase kept, E2)
