"""Chains, session 11 (gold rows soc5, pol8 of docs/audits/dev-2026-11-30/chain-gold.csv): ordinals with no temporal
marker, read as an order only when the lead-in announces a sequence -- ``chain_ordered``.

- "... occurred in three distinct periods. First, ... The second period ... Finally, ...": a number of periods / stages
  / phases announced, then as many sentences opened by an ordinal (or "the second period"): the periods in order;
- "The process is a series of hearings. The judge ... The judge ... Finally, the judge ...": a process described by
  what one actor does, sentence after sentence, closed by "Finally": its steps;
- kept siblings: "three reasons. First, ... Second, ... Finally, ..." (parallel reasons), a count that does not match,
  and a process lead followed by sentences about different actors.
"""

from __future__ import annotations

import pytest

from tests.chains_util import chains_of

pytest.importorskip("spacy")

PERIODS = ("Historians describe the growth of the city as occurring in three distinct periods. First, the city was "
           "built around a harbour, and ships carried its goods. The second period saw factories rise along the "
           "river. Finally, offices replaced the factories after the war.")


def _chains(nlp, text: str):
    return chains_of(nlp, text, "Urban Growth")


def test_announced_periods_opened_by_ordinals_are_a_sequence(nlp):
    chains = _chains(nlp, PERIODS)
    assert len(chains) == 1 and len(chains[0].steps) == 3, [c.steps for c in chains]
    assert chains[0].steps[0].startswith("the city was built"), chains[0].steps
    assert chains[0].steps[1].startswith("The second period saw factories"), chains[0].steps
    assert chains[0].steps[2].startswith("offices replaced"), chains[0].steps
    assert "growth of the city" in chains[0].name.lower(), chains[0].name  # what the periods are periods of


@pytest.mark.parametrize("text", [
    # parallel reasons: the same ordinals, no sequence announced
    PERIODS.replace("as occurring in three distinct periods", "for three reasons").replace("The second period saw",
                                                                                            "Second,"),
    # a count the ordinals do not match: four announced, three given
    PERIODS.replace("three distinct periods", "four distinct periods"),
])
def test_ordinals_without_an_announced_sequence_of_that_many_are_no_chain(nlp, text):
    assert _chains(nlp, text) == [], text


PROCESS = ("The process is a series of meetings and hearings in which the judge hears the parties. The judge drafts "
           "the questions to be decided. Typically, the judge questions the witnesses in person. Finally, the judge "
           "weighs the evidence and announces a decision.")


def test_a_process_lead_then_one_actor_closed_by_finally_is_a_procedure(nlp):
    chains = _chains(nlp, PROCESS)
    assert len(chains) == 1 and len(chains[0].steps) == 3, [c.steps for c in chains]
    assert chains[0].steps[0].startswith("The judge drafts"), chains[0].steps
    assert chains[0].steps[2].startswith("the judge weighs"), chains[0].steps


@pytest.mark.parametrize("text", [
    # no process lead
    PROCESS.replace("The process is a series of meetings and hearings", "Courts hold many meetings and hearings"),
    # different actors: a description of roles, not one actor's steps
    PROCESS.replace("Typically, the judge questions", "Typically, the clerk questions"),
    # no closing "Finally"
    PROCESS.replace("Finally, the judge", "The judge also"),
])
def test_a_process_lead_without_one_actor_closed_by_finally_is_no_chain(nlp, text):
    assert _chains(nlp, text) == [], text


# ---- review R16 finding 4: a lead that announces no series, and steps that are states


@pytest.mark.parametrize("text", [
    # the process is only mentioned; the sentences after it say what the committee is and has
    "The procedure has a long history. The committee has nine members. The committee meets monthly in the capital. "
    "Finally, the committee publishes an annual report.",
    # a series announced, but one "step" is a state (has), not an event
    PROCESS.replace("The judge drafts the questions to be decided.", "The judge has a small staff of clerks."),
])
def test_a_process_lead_that_announces_no_series_or_a_state_step_is_no_chain(nlp, text):
    assert _chains(nlp, text) == [], text


def test_a_procedure_that_consists_of_one_actors_steps_stays_a_procedure(nlp):
    text = PROCESS.replace("The process is a series of meetings and hearings in which the judge hears the parties.",
                           "The procedure consists of several hearings.")
    chains = _chains(nlp, text)
    assert len(chains) == 1 and len(chains[0].steps) == 3, [c.steps for c in chains]
