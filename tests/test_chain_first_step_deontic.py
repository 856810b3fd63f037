"""No cascade step, the first one included, may carry "should" / "ought" (code review of session 25, fix 7;
``chain_leads._event_ok``: the check ran only on later steps).  A first step "The council should raise the fuel tax"
says what ought to happen, not what happens.  Invented sentences; the later-step case is
tests/test_chain_first_step_subject.py's."""

from __future__ import annotations

import pytest

from proda.ingest.extract.chain_leads import _event_ok
from proda.ingest.extract.nlp import load_nlp


@pytest.mark.parametrize("sentence, plain", [
    ("The council should raise the tax on fuel.", "The council raises the tax on fuel."),
    ("The kidneys ought to retain more sodium in a drought.", "The kidneys retain more sodium in a drought."),
])
def test_a_first_step_of_what_ought_to_happen_is_no_event(sentence, plain):
    nlp = load_nlp()
    assert _event_ok(nlp(plain)[:], True)  # the sibling without the modal is a first step
    assert not _event_ok(nlp(sentence)[:], True)
    assert not _event_ok(nlp(sentence)[:], False)
