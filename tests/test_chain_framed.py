"""Chains, session 11 (gold rows chem3, soc1 of docs/audits/dev-2026-11-30/chain-gold.csv): coordinated verb phrases
with a bare "and" under one subject, read as a series only when a sequence frames them -- ``chain_framed``.

- "X involves A-ing, B-ing, and then C-ing": a gerund series under a verb of content whose last item carries an order
  word; with a bare "and" only when X is a sequence noun ("The procedure involves ...");
- "Most farmers will clear ..., plant ..., and harvest ..." right after a sentence naming a cycle / sequence / steps:
  the series is that sequence;
- kept siblings: "She reads, writes, and sings" (no frame), "The job involves reading, writing, and teaching" (no
  sequence noun, no order word), a frame noun two paragraphs away, and a negated or hedged series.
"""

from __future__ import annotations

import pytest

from tests.chains_util import chains_of

pytest.importorskip("spacy")


def _chains(nlp, text: str):
    return chains_of(nlp, text, "Soil Testing")


def test_a_gerund_series_with_and_then_under_involves_is_a_procedure(nlp):
    text = ("Soil testing involves drying the sample in an oven, grinding it into a fine powder, and then measuring "
            "its acidity with a probe.")
    chains = _chains(nlp, text)
    assert len(chains) == 1 and len(chains[0].steps) == 3, [c.steps for c in chains]
    assert chains[0].steps[0].startswith("drying the sample"), chains[0].steps
    assert chains[0].steps[2].startswith("then measuring its acidity") or chains[0].steps[2].startswith("measuring"), chains[0].steps


def test_a_gerund_series_with_a_bare_and_under_a_sequence_noun_is_a_procedure(nlp):
    text = "The procedure involves washing the glass with soap, rinsing it with clean water, and drying it on a rack."
    chains = _chains(nlp, text)
    assert len(chains) == 1 and len(chains[0].steps) == 3, [c.steps for c in chains]


@pytest.mark.parametrize("text", [
    "The job involves reading long reports, writing short letters, and teaching small classes.",
    "She reads novels, writes poems, and sings songs.",
    "Gardening includes planting seeds, watering flowers, and pulling weeds.",
])
def test_a_bare_series_without_a_sequence_frame_is_no_chain(nlp, text):
    assert _chains(nlp, text) == []


FRAMED = ("The set of predictable steps that a village goes through each year is called the farming cycle. One of the "
          "first accounts of the farming cycle was written by a local teacher. In her account, most farmers will clear "
          "the fields, plough the soil, sow and water their crops, gather the harvest, and rest through the winter.")


def test_a_bare_series_right_after_a_sentence_naming_a_cycle_is_that_cycle(nlp):
    chains = _chains(nlp, FRAMED)
    assert len(chains) == 1, [c.steps for c in chains]
    steps = chains[0].steps
    assert len(steps) == 5 and steps[0].startswith("most farmers will clear the fields"), steps
    assert steps[2].startswith("sow and water their crops"), steps  # two verbs joined without a comma: one step
    assert "farming cycle" in chains[0].name.lower(), chains[0].name


def test_a_scare_quote_inside_a_noun_phrase_is_a_term_not_a_view(nlp):
    text = FRAMED.replace("rest through the winter", "enter a “quiet season” period")
    chains = _chains(nlp, text)
    assert len(chains) == 1 and chains[0].steps[-1].startswith("enter a"), [c.steps for c in chains]


@pytest.mark.parametrize("text", [
    # the frame noun is the actor: parallel effects of a process, not its steps
    "The reform process wastes money, delays decisions, and angers citizens.",
    # the frame is in another paragraph
    "Every village follows a farming cycle.\n\nMost farmers own the fields, like the soil, and enjoy the winter.",
    # a whole counted in the plural: rounds of a cycle, no cycle described
    "In about 1 percent of farming cycles, two fields are flooded. Most farmers drain the fields, dry the soil, and "
    "plough it again.",
    # negated / hedged: no events stated
    "The farming cycle has several steps. Most farmers rarely clear the fields, plough the soil, and sow their crops.",
])
def test_a_series_without_a_framing_lead_or_stated_events_is_no_chain(nlp, text):
    assert _chains(nlp, text) == [], text


# ---- review R16 finding 7: parallel parts read as an order


@pytest.mark.parametrize("text", [
    # a process noun with a bare "and": the parts of a process, in no stated order
    "The process of schooling involves learning rules, adopting habits, and forming friendships.",
    # include / comprise / require list parts, never an order
    "The planning process includes setting the goals, drafting the budget, and evaluating programs.",
    # a frame noun that names no series: the steps are not these
    "Each step of the cycle is short. The workers clean the floors, paint the walls, and repair the windows.",
])
def test_parallel_parts_under_a_process_or_an_unnamed_frame_are_no_chain(nlp, text):
    assert _chains(nlp, text) == [], text


def test_a_series_after_a_sentence_saying_the_cycle_has_stages_stays_a_sequence(nlp):
    text = ("The farming cycle has four stages. Most farmers clear the fields, plough the soil, sow their crops, and "
            "gather the harvest.")
    chains = _chains(nlp, text)
    assert len(chains) == 1 and len(chains[0].steps) == 4, [c.steps for c in chains]


def test_a_named_frame_keeps_its_whole_compound_name(nlp):
    """ "the household life cycle": "household" hangs on "life", not on "cycle"; the name keeps it."""
    text = FRAMED.replace("is called the farming cycle", "is referred to as the household life cycle")
    chains = _chains(nlp, text)
    assert len(chains) == 1 and "household life cycle" in chains[0].name.lower(), [c.name for c in chains]
