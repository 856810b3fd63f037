"""A step's event is read as a lemma phrase, as the statement's is (code review of session 25, fix 2).

``bench_truth.same_event`` compared a statement's ``predicate_lemma`` ("lead_to", "activate", "be_mediated_by")
with the first word of the step's verb phrase ("leads" -> "lead", "can", "is" -> "be"), so a step with a modal, a
passive or a verb with a particle never matched.  Both sides now read ``lemma_phrase`` as ``bench_paths`` does.
Every sentence here is invented (a village fair).
"""

from __future__ import annotations

import pytest

from proda.evaluate.bench_truth import same_event


def _row(lemma: str, surface: str, obj: str) -> dict:
    return {"subject_name": "townspeople", "predicate_lemma": lemma, "predicate": surface, "object_name": obj}


@pytest.mark.parametrize("step_predicate, lemma, surface", [
    ("can hire", "hire", "hire"),                          # a modal on the step
    ("is organized by", "be_organized_by", "are organized by"),  # a passive step
    ("leads to", "lead_to", "lead to"),                    # a verb with its preposition
    ("sets up", "set_up", "set up"),                       # a phrasal verb
])
def test_a_step_with_a_modal_a_passive_or_a_particle_is_its_own_event(step_predicate, lemma, surface):
    steps = [{"subject": "village council", "predicate": step_predicate, "object": "brass band"}]
    assert same_event(_row(lemma, surface, "brass band"), steps)
    assert not same_event(_row(lemma, surface, "spring market"), steps)  # the same verb on another thing
    assert not same_event(_row("attend", "attend", "brass band"), steps)  # another verb on the same thing


def test_a_statement_without_a_stored_lemma_is_read_the_same_way():
    steps = [{"subject": "village council", "predicate": "can hire", "object": "brass band"}]
    assert same_event({"predicate": "may hire", "object_name": "brass band"}, steps)
    assert not same_event({"predicate": "may fire", "object_name": "brass band"}, steps)
