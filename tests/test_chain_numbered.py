"""Stages the book numbers ("Stage 1 ... Stage 2 ... Stage 3"), proda/ingest/extract/chain_stages.numbered."""

from __future__ import annotations

import pytest

from proda.models import Chunk

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
    from proda.ingest.extract.chains import find_chains

    chunk = Chunk(ord=0, text=text, start=0, end=len(text), heading_path=["Book chapter", "Demographic Transition Theory"])
    return find_chains(nlp(text), chunk)[0]


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
