"""Stages the book numbers ("Stage 1 ... Stage 2 ... Stage 3"), proda/ingest/extract/chain_stages.numbered."""

from __future__ import annotations

import pytest

from tests.chains_util import find

pytest.importorskip("spacy")

# Introduction to Sociology 3e, 20.1 Demography and Population (Demographic Transition Theory)
TRANSITION = ("Demographic transition theory (Caldwell and Caldwell 2006) suggests that future population growth will "
              "develop along a predictable four-stage model.\n\nIn Stage 1, birth, death, and infant mortality rates are "
              "all high, while life expectancy is short. An example of this stage is the 1800s in the United States. As "
              "countries begin to industrialize, they enter Stage 2, where birth rates are higher while infant mortality "
              "and the death rates drop. Life expectancy also increases. Afghanistan is currently in this stage. Stage 3 "
              "occurs once a society is thoroughly industrialized; birth rates decline, while life expectancy continues to "
              "increase. Death rates continue to decrease. Mexico’s population is at this stage. In the final phase, Stage "
              "4, we see the postindustrial era of a society. Birth and death rates are low, people are healthier and live "
              "longer, and society enters a phase of population stability. Overall population may even decline. For "
              "example, Sweden is considered to be in Stage 4.")


def chains_of(nlp, text: str):
    return find(nlp, text, "Demographic Transition Theory")[0]


def test_numbered_stages_in_their_order(nlp):
    """Before: no chain (the stages have numbers, not names or ordinals)."""
    chains = chains_of(nlp, TRANSITION)
    assert len(chains) == 1
    ch = chains[0]
    assert ch.kind == "sequence" and len(ch.steps) == 4
    assert [next(w for w in ("1", "2", "3", "4") if f"Stage {w}" in s) for s in ch.steps] == ["1", "2", "3", "4"]
    assert not any("Sweden" in s for s in ch.steps)  # a later mention of a stage already named adds no step
    assert ch.name.startswith("Stages 1 to 4")


def test_stages_compared_in_one_sentence_make_no_sequence(nlp):
    text = ("In Stage 1, birth rates are high. Stage 1 and Stage 2 differ in their death rates. Stage 2 follows "
            "industrialization. Stage 3 occurs once a society is thoroughly industrialized.")
    assert not [c for c in chains_of(nlp, text) if c.kind == "sequence"]


def test_numbered_classes_make_no_sequence(nlp):
    """Review 9; before: "Stages 1 to 3" from three severity classes ("Stage 1 hypertension is ...")."""
    text = ("Stage 1 hypertension is a systolic pressure of 130 to 139. Stage 2 hypertension is a systolic pressure of 140 "
            "or higher. Stage 3 hypertension is a hypertensive crisis requiring care.")
    assert not [c for c in chains_of(nlp, text) if c.kind == "sequence"]


def test_a_step_opening_with_its_stage_teaches_no_statement(nlp):
    """Review 9; before: "tumor | has grown into | nearby tissue", the "In Stage 2" limit lost."""
    text = ("In Stage 1, the tumor is confined to the organ. In Stage 2, the tumor has grown into nearby tissue. In "
            "Stage 3, cancer cells are found in the lymph nodes.")
    chains, stmts = find(nlp, text, "Cancer staging")
    assert [c.kind for c in chains] == ["sequence"] and len(chains[0].steps) == 3
    assert stmts == []


def test_a_mere_first_mention_of_a_stage_is_no_step(nlp):
    """Review 9; before: step 4 was "Today, Sweden is in Stage 4." (a country placed in a stage describes nothing)."""
    text = ("In Stage 1, birth and death rates are high. In Stage 2, death rates drop. In Stage 3, birth rates fall. "
            "Today, Sweden is in Stage 4.")
    ch = [c for c in chains_of(nlp, text) if c.kind == "sequence"]
    assert len(ch) == 1 and len(ch[0].steps) == 3 and not any("Sweden" in s for s in ch[0].steps)
