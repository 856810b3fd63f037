"""Training items, audit round 21 (chemistry rows 17 and 30): a cloze of a sentence and a relation question of the
same statement ask one question in two wordings ("What are tides raised by?" / "Tides are raised by _____.", both
keyed "the pull of the Moon"); ``draft.select`` keeps one, the cloze (the book's sentence, never reworded).  A mechanism item of the same statement asks another
question (the direction) and stays; so do two clozes of different statements."""

from __future__ import annotations

from proda.train.items.draft import Draft, SynthReport, select


def _pick(*drafts):
    rep = SynthReport()
    got = select({"open_qa": list(drafts)}, {"open_qa": 1.0}, 10, 3, 0, 0.8, rep)
    return sorted(d.subtype for d in got), rep


def _cloze(sid="s1"):
    return Draft("open_qa", "cloze", 'Complete this sentence from the text: "Tides are raised by _____."',
                 'the pull of the Moon. The full sentence: "Tides are raised by the pull of the Moon."',
                 statement_ids=[sid])


def test_a_cloze_and_a_relation_question_of_one_statement_give_one_item():
    rel = Draft("open_qa", "relation", "According to the text, what are tides raised by?",
                'Tides are raised by the pull of the Moon. The text says: "Tides are raised by the pull of the Moon."',
                statement_ids=["s1"])
    for order in ((_cloze(), rel), (rel, _cloze())):
        got, rep = _pick(*order)
        assert got == ["cloze"] and rep.near_duplicates == 1


def test_a_mechanism_question_of_the_same_statement_stays():
    mech = Draft("open_qa", "mechanism", "How does the pull of the Moon affect tides?",
                 "The pull of the Moon raises tides.", statement_ids=["s1"])
    got, _ = _pick(_cloze(), mech)
    assert got == ["cloze", "mechanism"]


def test_clozes_of_different_statements_stay():
    rel = Draft("open_qa", "relation", "According to the text, what do glaciers carve?",
                'Glaciers carve deep valleys. The text says: "Glaciers carve deep valleys."', statement_ids=["s2"])
    got, _ = _pick(_cloze("s1"), rel)
    assert got == ["cloze", "relation"]
