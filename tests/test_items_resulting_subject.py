"""A subject named by what the sentence before produced ("The resulting blockage restricts the flow of blood ...":
review R2 of 2f72e39, an open question 'What does the resulting blockage restrict?' whose blockage -- of what, by
what -- the learner never sees).  "resulting from ..." names its cause in the phrase and stays.  Sentences invented."""

from __future__ import annotations

from tests.items_util import kb_of


def test_a_subject_that_results_from_the_sentence_before_is_no_plain_fact():
    kb = kb_of([("resulting flood", "damages", "crops", "The resulting flood damages the crops."),
                ("resultant force", "moves", "cart", "The resultant force moves the cart.")])
    assert not any(kb.supported(s) for s in kb.statements)


def test_a_result_named_with_its_cause_stays():
    kb = kb_of([("flood resulting from heavy rain", "damages", "crops",
                 "A flood resulting from heavy rain damages the crops."),
                ("results of survey", "show", "wide support", "The results of the survey show wide support.")])
    assert all(kb.supported(s) for s in kb.statements)
