"""A subject that points at another sentence from inside ("The transpose AT of such a matrix has a full n independent
rows": audit round 17, a single-choice and a true-false item whose referent the learner never sees).  Only the
subject: an object's "these" may point within its own clause.  Sentences invented."""

from __future__ import annotations

from tests.items_util import kb_of


def test_a_subject_pointing_at_another_sentence_is_no_plain_fact():
    kb = kb_of([("transpose of such grid", "has", "many independent rows",
                 "The transpose of such a grid has many independent rows."),
                ("walls of these vessels", "contain", "smooth muscle", "The walls of these vessels contain smooth muscle.")])
    assert not any(kb.supported(s) for s in kb.statements)


def test_a_plain_subject_and_an_object_pointing_within_its_clause_stay():
    kb = kb_of([("walls of arteries", "contain", "smooth muscle", "The walls of arteries contain smooth muscle."),
                ("long vein", "drains", "skin of the thigh and leg that covers these areas",
                 "The long vein drains the skin of the thigh and leg that covers these areas."),
                ("organs such as the liver", "store", "glycogen", "Organs such as the liver store glycogen.")])
    assert kb.supported(kb.statements[0]) and kb.supported(kb.statements[1]) and kb.supported(kb.statements[2])
