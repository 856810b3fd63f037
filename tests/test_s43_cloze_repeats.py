"""A cloze whose stem opens another sentence of the book that goes on differently is unanswerable (blind round 41:
"The sequence is now aligned to _____." while two more sentences of the chapter open the same way)."""

from __future__ import annotations

from items_util import kb_of

from proda.train.items.cloze import cloze_items


def _answers(before: str) -> list[str]:
    kb = kb_of([("enzyme", "is bound to", "the membrane by a lipid anchor",
                 "The enzyme is then bound to the membrane by a lipid anchor.")], before=before)
    return [d.explanation.split(". The full")[0] for d in cloze_items(kb, 0)]


def test_a_stem_another_sentence_fills_otherwise_is_refused():
    assert _answers("The enzyme is then bound to the receptor by a disulfide bridge.") == []
    assert _answers("First it is folded. The enzyme is then bound to a chaperone protein.") == []


def test_a_stem_no_other_sentence_opens_with_stands():
    assert _answers("The enzyme is folded in the endoplasmic reticulum.") == ["the membrane by a lipid anchor"]
    # the same sentence twice (a repeated quote) fills the blank the same way
    assert _answers("The enzyme is then bound to the membrane by a lipid anchor.") == \
        ["the membrane by a lipid anchor"]
