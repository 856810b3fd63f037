"""Items from a comparison stated whole ("X are more likely to V than Y", "X earn more money than Y", "X are stronger
than Y"; comparisons.py, session 24): taught as the book's sentence (a true claim, a cloze of the other side) or
denied by "not", never asked "what are X stronger than?" (one right answer of many; single-choice options from other
comparisons' sides may be true as well) and never falsified by putting another side in ("Urban voters earn more money
than young voters" is not known to be false).  Invented KBs."""

from __future__ import annotations

import random

import pytest

from tests.items_util import kb_of

ROWS = [
    ("lawyers", "earn more money than", "archivists", "Lawyers earn more money than archivists.",
     "earn_more_money_than"),
    ("surgeons", "earn more money than", "glaziers", "Surgeons earn more money than glaziers.",
     "earn_more_money_than"),
    ("pilots", "earn more money than", "farriers", "Pilots earn more money than farriers.",
     "earn_more_money_than"),
    ("covalent bonds", "are stronger than", "ionic bonds", "Covalent bonds are stronger than ionic bonds.",
     "be_stronger_than"),
    ("hydrogen bonds", "are stronger than", "dipole forces", "Hydrogen bonds are stronger than dipole forces.",
     "be_stronger_than"),
]


def _kb():
    from proda.train import synth

    kb = kb_of([r[:4] for r in ROWS])
    for s, r in zip(kb.statements, ROWS):
        s["predicate_lemma"] = r[4]
    return synth.KB(kb.statements, [], [], kb.chunks)


def test_no_other_side_is_offered_as_false():
    from proda.train.items.claims import claim

    kb = _kb()
    for s in kb.statements:
        assert claim(kb, s, False, False, random.Random(0)) is None, s["subject"]


@pytest.mark.parametrize("i", range(len(ROWS)))
def test_no_question_asks_for_the_other_side(i):
    from proda.train.items.generators import unaskable

    kb = _kb()
    assert unaskable(kb, kb.statements[i]) == "askable:comparison"
    assert unaskable(kb, kb.statements[i], open_question=False) == "askable:comparison"


def test_the_true_claim_and_the_denial_keep_both_sides():
    from proda.train.items.claims import claim

    kb = _kb()
    s = kb.statements[0]
    assert claim(kb, s, True, False, random.Random(0))[0] == "Lawyers earn more money than archivists"
    assert claim(kb, s, False, True, random.Random(0))[0] == "Lawyers do not earn more money than archivists"


def test_no_generated_item_but_the_sentence_the_cloze_and_the_denial():
    from proda.train import synth

    items, _ = synth.generate(_kb(), per_statement=10, seed=0)
    assert items
    for it in items:
        assert it.subtype in ("cloze", "true", "negation"), (it.type, it.subtype, it.prompt)
