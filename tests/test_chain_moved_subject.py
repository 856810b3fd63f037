"""A cascade link carried by the quantity a clause moved as its own subject (chain_shared.continues): "the X level
falls. The falling X level reduces Y" -- the next sentence's subject takes up the quantity with a change word that
moves it the way the clause before moved it.  Invented sentences (no book's text)."""

from __future__ import annotations

import pytest

from tests.chains_util import chains_of

pytest.importorskip("spacy")

TAIL = " reduces the pressure on the turbines, which in turn lowers the output of the power station."
FELL = "During a long drought, the reservoir level falls."


def test_a_change_word_taking_up_the_quantity_that_fell_links(nlp):
    """Before: no chain -- only the object of a causal verb was what a clause brought about."""
    chains = chains_of(nlp, FELL + " The falling reservoir level" + TAIL)
    assert len(chains) == 1
    steps = chains[0].steps
    assert len(steps) == 3 and steps[0].startswith("During a long drought, the reservoir level falls")
    assert steps[1].startswith("The falling reservoir level reduces") and "lowers the output" in steps[2]


def test_the_rising_quantity_after_a_fall_is_another_situation(nlp):
    assert chains_of(nlp, FELL + " A rising reservoir level" + TAIL) == []


def test_the_quantity_named_again_without_a_change_word_links_nothing(nlp):
    assert chains_of(nlp, FELL + " The reservoir level" + TAIL) == []


def test_a_quantity_that_did_not_fall_links_nothing(nlp):
    assert chains_of(nlp, "During a long drought, the reservoir level does not fall. The falling reservoir level" + TAIL) == []


def test_a_quantity_moved_by_a_named_cause_still_links_through_its_object(nlp):
    """Kept: the object of a causal verb links as before ("X lowers the reservoir level. The lower reservoir level ...")."""
    chains = chains_of(nlp, "The long drought lowers the reservoir level. The lower reservoir level" + TAIL)
    assert len(chains) == 1 and len(chains[0].steps) == 3


def test_the_transition_statement_names_the_quantity_not_its_fall(nlp):
    """The statement from the fall to what it reduces is about the reservoir level: its concept is no "falling ..."."""
    from tests.chains_util import find

    _, stmts = find(nlp, FELL + " The falling reservoir level" + TAIL)
    first = next(s for s in stmts if s.step_index == 0)
    assert first.subject.lower().startswith("falling reservoir level") and first.subject_term == "reservoir level"
