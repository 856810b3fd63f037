"""Chains, independent audit round 21's two rejects, on invented general-English text (each with a kept sibling):

- a name whose end the steps lower or hold back says so (anatomy 06: "Blood levels of calcium → reabsorption of
  calcium" where calcitonin *decreases* that reabsorption, polarity_inverted): the end takes its step's own verb
  ("→ reduced borrowing", "Dropping water level ... → ..."); an end of a negated verb leaves the chain its
  heading's name -- ``chain_signs``;
- time going by is no step (chemistry 17: "time passes → the instantaneous rate will continue to fall → until it
  reaches zero", a sentence cut into clauses): the run loses its first step and, with two left, gives no chain --
  ``chain_text.elapsed_time``.
"""

from __future__ import annotations

import pytest

from tests.chains_util import chains_of

pytest.importorskip("spacy")


def _name(nlp, text: str, heading: str = "Section") -> str:
    (chain,) = [c for c in chains_of(nlp, text, heading) if c.kind == "cascade"]
    return chain.name


def test_an_end_the_last_step_lowers_says_so(nlp):
    text = ("When prices rise too quickly, the central bank raises interest rates, which reduces borrowing by "
            "households.")
    assert _name(nlp, text, "Money") == "Prices → reduced borrowing (Money)"


def test_an_end_the_last_step_raises_is_unchanged(nlp):
    """Kept sibling: "raises the pressure" names the pressure as it stands."""
    text = ("When the river level gets too high, the operators are told to open the gates, which {} the pressure on "
            "the dam wall.")
    assert _name(nlp, text.format("raises"), "Dams").startswith("River level → pressure")
    assert _name(nlp, text.format("lowers"), "Dams").startswith("River level → lowered pressure")


def test_a_first_end_that_itself_drops_says_so(nlp):
    text = ("When the water level in the tank drops, the float valve opens, allowing fresh water to flow into the "
            "tank.")
    assert _name(nlp, text, "Plumbing") == "Dropping water level in the tank → fresh water (Plumbing)"


def test_an_end_kept_from_an_event_leaves_the_heading(nlp):
    """ "prevents the boat from tipping over": "Wind → boat" read as more boat, and "Wind → prevented boat" says the
    boat is held back, where its tipping over is (review R7 of e444cb4); no earlier step's end names a thing here,
    so the chain is named by its heading."""
    text = "When the wind gets too strong, the sailors lower the main sail, which prevents the boat from tipping over."
    assert _name(nlp, text, "Sailing") == "Sailing"


@pytest.mark.parametrize("text, name", [
    ("When the river level gets too high, the operators open the gates, which prevents the banks from bursting.",
     "River level → gates (Dams)"),
    ("When the river level gets too high, the operators open the gates, which stops the water from flooding the town.",
     "River level → gates (Dams)"),
    ("The arrival of cold air in the valley activates sensors that reduce the flow of fuel. This prevents further fuel "
     "from entering the furnace.", "Arrival of cold air → reduced flow of fuel (Dams)"),
])
def test_an_object_kept_from_its_event_gives_way_to_an_earlier_end(nlp, text, name):
    """Review R7 of e444cb4: "→ prevented banks", "→ prevented further fuel" said the object is held back; the end
    of the step before, signed as it says, names the chain."""
    assert _name(nlp, text, "Dams") == name


def test_an_event_noun_held_back_keeps_its_sign(nlp):
    """Kept sibling: "prevents flooding of the town": the flooding itself is what is prevented."""
    text = "When the river level gets too high, the operators open the gates, which prevents flooding of the town."
    assert _name(nlp, text, "Dams").startswith("River level → prevented flooding")


def test_a_negated_end_leaves_the_heading(nlp):
    """ "no longer releases the steam": the participle of "release" would say the opposite; no end is written."""
    from proda.ingest.extract.chain_events import Event
    from proda.ingest.extract.chain_rules import Step
    from proda.ingest.extract.chain_signs import signed_name
    from proda.models import StepEvent

    doc = nlp("The cook opens the vent, which no longer releases the steam.")
    span = doc[6:]
    ev = Event(StepEvent(subject="the vent", predicate="not releases", object="the steam", polarity=-1), lemma="release",
               negated=True)
    assert signed_name("Cook → steam", [ev], [Step(span.text, span, None)]) is None
    ev.negated, ev.step.polarity = False, 1
    assert signed_name("Cook → steam", [ev], [Step(span.text, span, None)]) == "Cook → steam"


@pytest.mark.parametrize("text", [
    "As time passes, the paint on the fence will continue to fade until it turns grey.",
    "As the weeks pass, the pond will continue to shrink until it dries up completely.",
])
def test_time_going_by_is_no_step(nlp, text):
    assert [c.steps for c in chains_of(nlp, text, "Weather")] == []


def test_time_going_by_as_a_clause(nlp):
    from proda.ingest.extract.chain_text import elapsed_time

    assert elapsed_time(nlp("The years went by.")[:])
    assert not elapsed_time(nlp("Time controls the rate.")[:])  # an object: time is said to act
    assert not elapsed_time(nlp("As time passes, the rate falls.")[:])  # the rate's event


@pytest.mark.parametrize("text", ["The younger generation moved to the cities.",
                                  "A whole generation moved into the suburbs after the war."])
def test_people_going_somewhere_are_no_time_going_by(nlp, text):
    """Review R7 of e444cb4: a noun of a span of time ("generation") that goes somewhere is people moving, an event."""
    from proda.ingest.extract.chain_text import elapsed_time

    assert not elapsed_time(nlp(text)[:])
    assert elapsed_time(nlp("The generations passed.")[:])  # kept: no place, time going by


def test_a_lead_that_is_an_event_stays_a_step(nlp):
    """Kept sibling (tests/test_chain_until.py): rain falling is an event that raises the lake."""
    chains = chains_of(nlp, "As the rain falls on the hills, the level of the lake rises until the water spills over "
                            "the dam.", "Lakes")
    assert [len(c.steps) for c in chains] == [3]


def test_an_end_an_infinitive_lowers_says_so(nlp):
    """ "causes the water level in the pond to fall": the name cuts the end before "to"; the fall is its sign.
    Kept sibling: "to rise" leaves the end as it stands."""
    text = "When the gate opens, more water rushes into the channel, which causes the water level in the pond to {}."
    assert _name(nlp, text.format("fall"), "Ponds").startswith("Gate → falling water level")
    assert _name(nlp, text.format("rise"), "Ponds").startswith("Gate → water level")
