"""Chain precision, round 11 (anatomy chains judged 5/10 in audit round 9): each defect class on invented
general-English text, with a sibling of the same construction that must keep its chain.

- "then" in a main clause that opens with its own when/after-clause is after that clause, not after the sentence
  before (chemistry 9: "After the sun goes down, the molten salt mixture can then release ..." was spliced onto the
  heat-transfer cascade) -- ``chain_leads._then_next`` / ``own_cause``;
- a chain's first step needs a main clause that says who acts: "Since water follows sodium, this increases ..." has a
  noun subject only in its reason (anatomy 20 began there) -- ``chain_cascades._event_ok``; the same sentence after the
  one "this" points at now links to it (``chain_leads._reason_end``);
- a one-word heading naming a field of study ("Histology", audit round 9) does not name the process
  (``chains._field_heading``);
- a name's end is the quantity, not the infinitive clause after it ("Tissues → blood pH to drop", anatomy 20:
  ``chains._infinitive_cut``).
"""

from __future__ import annotations

import pytest

from tests.chains_util import chains_of

pytest.importorskip("spacy")

MILL = "The mill owner opens the sluice, which lets water into the channel, which in turn turns the wheel."
CLUB = ("The club raised its membership fee. Since members pay the fee every month, this increases the club's income. "
        "This in turn funds new equipment, allowing more members to train.")
RIVERS = ("Mountain streams unite to form the larger northern and southern rivers, which themselves merge and leave the "
          "valley as the main river. This river then joins with the canal from the city, forming the common waterway "
          "through which ships travel to the sea.")


def test_then_after_an_own_after_clause_does_not_continue_the_sentence_before(nlp):
    """Before: "the river runs dry" and "the pond can then release ..." were steps 3 and 4 of the mill's cascade."""
    text = MILL + " After the river runs dry, the pond can then release its stored water to the wheel."
    for chain in chains_of(nlp, text):
        assert not any("river runs dry" in s or "pond" in s for s in chain.steps)


def test_then_without_a_clause_of_its_own_still_continues(nlp):
    """Positive sibling: "The pond then releases ..." (no when/after-clause) is the next step, as before."""
    chains = chains_of(nlp, MILL + " The pond then releases its stored water to the wheel.")
    assert len(chains) == 1 and chains[0].steps[-1].startswith("The pond then releases")


def test_a_chain_does_not_start_on_this_after_a_reason(nlp):
    """Before: "Since members pay ..., this increases the club's income." was step 1 (its noun subject "members" is the
    reason's), so the chain began on a cause it left out."""
    text = CLUB.split(". ", 1)[1]
    for chain in chains_of(nlp, text):
        assert not chain.steps[0].startswith("Since")


def test_this_after_a_reason_points_at_the_sentence_before(nlp):
    """Recall: with the sentence "this" points at, the chain starts there and keeps its order."""
    chains = chains_of(nlp, CLUB)
    assert len(chains) == 1
    steps = chains[0].steps
    assert steps[0] == "The club raised its membership fee." and steps[1].startswith("Since members pay")
    assert len(steps) == 4


def test_this_after_a_when_clause_does_not_link_back(nlp):
    """Negative sibling: after "When X," the demonstrative may be X itself, so no link to the sentence before."""
    text = CLUB.replace("Since members pay", "When members pay")
    for chain in chains_of(nlp, text):
        assert not chain.steps[0].startswith("The club raised")


def test_a_field_of_study_heading_does_not_name_the_chain(nlp):
    """Before: the chain was named "Geology", the one-word heading it sat under (audit round 9: "Histology")."""
    chains = chains_of(nlp, RIVERS, heading="Geology")
    assert len(chains) == 1 and chains[0].name != "Geology" and chains[0].name.startswith("Mountain streams")


def test_a_heading_naming_a_thing_still_names_the_chain(nlp):
    """Positive sibling: "Rivers" names the process's subject matter and stays in the name; since audit round 12 a
    heading alone names no process, so the chain's own first and last events stand beside it."""
    chains = chains_of(nlp, RIVERS, heading="Rivers")
    assert len(chains) == 1 and chains[0].name == "Mountain streams → common waterway (Rivers)"


def test_a_name_ends_on_the_quantity_not_its_infinitive(nlp):
    """Before: "Heater → pressure near the ceiling to drop" (the object of "causing X to drop" read as a clause)."""
    text = ("The heater warms the air in the room. This causes the warm air to rise, causing the pressure near the "
            "ceiling to drop.")
    chains = chains_of(nlp, text)
    assert len(chains) == 1 and chains[0].name == "Heater → pressure near the ceiling (Section)"


def test_a_name_without_an_infinitive_is_unchanged(nlp):
    """Positive sibling: no "to" + verb in the steps, the name is first subject → last object as before."""
    text = ("Rain fills the reservoir. As a result, the water level rises. This in turn increases the supply of water "
            "to the farms.")
    chains = chains_of(nlp, text)
    assert len(chains) == 1 and chains[0].name == "Rain → supply of water (Section)"


def test_a_name_cut_to_one_everyday_word_keeps_the_heading(nlp):
    """Negative sibling: "causing the cells to grow" cut would end the name on "cells", which names nothing; the
    section heading names the process (before: "Gardener → cells to grow")."""
    text = ("The gardener adds nitrogen to the soil. This causes the roots to absorb more water, causing the cells to "
            "grow.")
    chains = chains_of(nlp, text, heading="Plant Growth")
    assert len(chains) == 1 and chains[0].name == "Plant Growth"
