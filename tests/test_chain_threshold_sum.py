"""Chains, session 17 (task E, gold misses of docs/audits/dev-2026-11-30/chain-gold.csv), each on invented text with
siblings that must give no chain:

- a change carried to a threshold whose relative clause is the event reaching it brings about -- "raises X to a level
  that kills Y", "rises to the point where the valve opens" -- is the next step (``chain_cascades._threshold_clauses``,
  the same shape as "rises until the water spills over", test_chain_until.py; gold chemistry 07, pickling); a state, a
  judgment, a negated clause or "to the extent that" is none;
- a sentence summing up the events before it ("Combined, these activities cause blood pressure to fall") is the run's
  last step, past one sentence of a parallel effect ("... will also decrease") that it takes in
  (``chain_leads.summing_end``, ``chain_cascades._summed_asides``; gold anatomy 20, the baroreceptor reflex);
- an enumeration "First, ... Second, ... Finally, ..." of unrelated points is no chain."""

from __future__ import annotations

import pytest

from tests.chains_util import chains_of, find

pytest.importorskip("spacy")

WINE = ("The yeast in the barrel feeds on the sugar in the juice and produces alcohol. The alcohol eventually raises the "
        "strength of the wine to a level that kills the remaining yeast.")
BOILER = "When the heater runs, the steam pressure in the boiler rises to the point where the safety valve opens."


def _cascades(nlp, text: str):
    return [c for c in chains_of(nlp, text, "Making wine") if c.kind == "cascade"]


def test_a_level_that_brings_about_an_event_is_the_next_step(nlp):
    chains = _cascades(nlp, WINE)
    assert len(chains) == 1 and len(chains[0].steps) == 3, [c.steps for c in chains]
    assert chains[0].steps[1].endswith("to a level") and chains[0].steps[2].startswith("that kills the remaining yeast"), \
        chains[0].steps


def test_the_point_where_an_event_happens_is_the_next_step_and_keeps_its_sign(nlp):
    chains = _cascades(nlp, BOILER)
    assert len(chains) == 1 and [s.split()[0] for s in chains[0].steps] == ["the", "the", "where"], [c.steps for c in chains]
    assert chains[0].events[1].polarity == 1  # "rises": an increase, the sign the step carries
    lowered = _cascades(nlp, BOILER.replace("runs", "stops").replace("rises to the point where the safety valve opens",
                                                                        "falls to the point where the pump starts"))
    assert len(lowered) == 1 and lowered[0].events[1].polarity == -1, [(c.steps, c.events) for c in lowered]


def test_no_statement_is_taken_from_the_step_that_ends_on_the_threshold(nlp):
    """ "the steam pressure | rises to | the point" would teach nothing: the point is named only by the clause after."""
    _, stmts = find(nlp, BOILER, "Boilers")
    assert not any(s.object.lower().endswith("point") for s in stmts), [(s.subject, s.predicate, s.object) for s in stmts]


@pytest.mark.parametrize("end", [
    "rises to a level that is safe for the pipes",  # a state of the level, not an event it brings about
    "rises to the point where the valve cannot hold it",  # what did not happen is no step
    "rises to the extent that the valve opens",  # "extent": a degree, no threshold
])
def test_a_state_a_negation_or_a_degree_is_no_step(nlp, end):
    assert _cascades(nlp, BOILER.replace("rises to the point where the safety valve opens", end)) == []


def test_a_judgment_of_the_level_is_no_step(nlp):
    """ "to a level that most residents consider fair": the clause says what the level is to someone ("that" is not its
    subject), nothing the raise brought about."""
    text = "When the city grew, the council raised the fee to a level that most residents consider fair."
    assert _cascades(nlp, text) == []


def test_an_enumeration_of_unrelated_points_is_no_chain(nlp):
    """ "First, ... Second, ... Finally, ..." listing separate facts, with a shared word ("hours") and no link between
    them, orders nothing."""
    text = ("First, the museum opened a new wing for modern art. Second, the library extended its opening hours. "
            "Finally, the park added a playground for small children.")
    assert chains_of(nlp, text, "Town news") == []


# ---------------------------------------------------------------- a sentence summing up the events before it

RESERVOIR = ("When the reservoir fills too high, the sensors send more signals and trigger the opening of the spillway "
             "gates. As a result, the flow into the canal rises. The pumps at the intake will also slow down, reducing "
             "the inflow. Combined, these changes cause the water level to fall.")


def test_a_summing_sentence_is_the_last_step_past_a_parallel_effect(nlp):
    """Gold rows anatomy 20 (the baroreceptor reflex): "Combined, these activities cause blood pressure to fall" is the
    outcome of the run before it; the "also" sentence between is a parallel effect it takes in, no step."""
    chains = _cascades(nlp, RESERVOIR)
    assert len(chains) == 1 and len(chains[0].steps) == 4, [c.steps for c in chains]
    assert chains[0].steps[-1].startswith("Combined, these changes cause the water level to fall"), chains[0].steps
    assert not any("pumps" in s for s in chains[0].steps), chains[0].steps


def test_a_summing_sentence_needs_an_event_noun_and_a_parallel_aside(nlp):
    """Refused siblings: "these gates" names things, not the events before; a sentence between with no "also" / "in
    addition" is another matter ("The pumps slow down at night"), and the run ends before it."""
    for text in (RESERVOIR.replace("these changes", "these gates"),
                 RESERVOIR.replace("will also slow down, reducing the inflow", "slow down at night")):
        chains = _cascades(nlp, text)
        assert all(not s.startswith("Combined") for c in chains for s in c.steps), [c.steps for c in chains]


def test_a_summing_sentence_does_not_skip_back_to_a_lone_sentence(nlp):
    """ "X can lead to blindness. Y also reduces circulation. Together, these changes ..." (dev anatomy 17's shape): the
    sum is of what the aside says, so it never joins the lone sentence before the aside."""
    text = ("When the storm hits, the old dam can crack. Heavy rain also floods the lower fields, reducing the harvest. "
            "Combined, these changes cause food prices to rise.")
    for c in _cascades(nlp, text):
        assert not (any("crack" in s for s in c.steps) and any(s.startswith("Combined") for s in c.steps)), c.steps


def test_a_steps_event_is_its_own_verb_not_an_aside_under_it(nlp):
    """ "that kills any harmful microbes, which require a sweet environment": the step's only statement frame was the
    aside's ("microbes require a sweet environment", stored as the step's event: the pickling chain of chemistry 07);
    the step's event is its own verb's, "kills" (``chain_events.event_of``)."""
    text = ("The yeast in the barrel feeds on the sugar in the juice and produces alcohol. The alcohol eventually raises "
            "the strength of the wine to a level that kills any harmful microbes, which require a sweet environment.")
    chains = _cascades(nlp, text)
    assert len(chains) == 1 and len(chains[0].events) == 3, [c.steps for c in chains]
    assert chains[0].events[2].predicate == "kills", chains[0].events[2]
