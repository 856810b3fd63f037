"""Benchmark fix from the review of round 14: a follows-word inside an option ("X then stimulates ...", "X in turn
activates ...") is a form cue -- chain steps (keys and the chain's own distractors) carry it far more often than
outside sentences.  Every option of an item loses it where its sentence keeps subject, verb and object without it,
else that option is refused; a key is never reworded into another claim.  Every sentence here is invented."""

from __future__ import annotations

import pytest

from proda.evaluate.bench_clauses import uniform, unfollow
from proda.evaluate.bench_options import Candidate, Option


@pytest.fixture(scope="module")
def nlp():
    from proda.ingest.extract.nlp import NLPUnavailable, load_nlp

    try:
        return load_nlp("en_core_web_sm")
    except NLPUnavailable:  # pragma: no cover
        pytest.skip("no spaCy pipeline")


@pytest.mark.parametrize("text, want", [
    # the word is an adverb of the main verb: left out, the claim is the same
    ("The miller then opens the sluice of the mill", "The miller opens the sluice of the mill"),
    ("The swollen river in turn covers the low fields", "The swollen river covers the low fields"),
    ("The farmers, in turn, raise the dikes along the river", "The farmers raise the dikes along the river"),
    ("The baker subsequently sells the bread at the market", "The baker sells the bread at the market"),
    ("The farmers raise the dikes and then plant the fields", "The farmers raise the dikes and plant the fields"),
    # without it, the sentence is not the same claim or no sentence at all: refused
    ("The river rises, then the farmers raise the dikes", None),
    ("The farmers have lived by the river since then", None),
    ("The then mayor opened the new bridge", None),
    # kept siblings: no follows-word, or one opening the text (detach and fragment judge that)
    ("The farmers raise the dikes along the river", "The farmers raise the dikes along the river"),
    ("Then the farmers raise the dikes", "Then the farmers raise the dikes"),
    ("The authentic turnip soup warms the guests", "The authentic turnip soup warms the guests"),
])
def test_a_follows_word_inside_an_option_is_left_out_or_refused(nlp, text, want):
    assert unfollow(text, nlp) == want


def test_no_parser_leaves_the_text_as_it_is():
    assert unfollow("The miller then opens the sluice", None) == "The miller then opens the sluice"


def test_every_option_of_an_item_is_uniform(nlp):
    """Before (review R14): "Calcitriol then stimulates ..." and "The activated G protein in turn activates ..."
    stood beside outside sentences without such a word.  Now no option of the item carries one; a distractor
    whose sentence would change is dropped, and a key that cannot lose it without changing drops the question."""
    key = Option(["The swollen river in turn covers the low fields"], True)
    own = Option(["The miller then opens the sluice of the mill"], False, "own_step")
    bad = Option(["The river rises, then the farmers raise the dikes"], False, "outside")
    plain = Option(["The strong sun dries the clay roads"], False, "outside")
    got = uniform(Candidate("consequence", "q", [key], [own, bad, plain], [1]), nlp)
    texts = [p for o in got.correct + got.distractors for p in o.phrasings]
    assert texts == ["The swollen river covers the low fields", "The miller opens the sluice of the mill",
                     "The strong sun dries the clay roads"]  # sibling kept as it was
    assert got.correct[0].correct and got.distractors[0].kind == "own_step"
    # a key whose meaning would change: the question is not asked
    assert uniform(Candidate("cause", "q", [bad], [plain], [1]), nlp) is None
    # an order item's sequences all hold the same steps: left as they are
    seq = Option(["A → B then C"], True, form="sequence")
    assert uniform(Candidate("order", "q", [seq], [], [1]), nlp).correct[0].phrasings == ["A → B then C"]
