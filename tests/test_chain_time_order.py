"""Chains, review R16 finding 3: events that only follow each other in time are no causal steps.  Each reviewer
sentence (invented) with a kept sibling of the same shape that is a real cascade.

- "As X, Y" with a verb that is no change: "as" is "while" unless the verb is one of coming about
  (``cascade.as_event_verbs``); a noun both clauses share is not enough -- ``chain_leads._as_event``;
- "..., and the governor then traveled": a conjunct with its own subject opens a step after "then" only with a causal
  verb -- ``chain_cascades._order_adverb``;
- "until" only after a verb of change or of going on, and on a relative clause only when its own thing reaches the end
  ("until it forms ..."; not "swelling that persists / continues to grow until the patient sees a doctor") --
  ``chain_cascades._until_clauses``;
- "This goes on until X": "go" is no verb of going on (``cascade.continue_verbs``), and "This process continues until
  X" is one step, not an empty "This process continues" step.
"""

from __future__ import annotations

import pytest

from tests.chains_util import chains_of

pytest.importorskip("spacy")


def _cascades(nlp, text: str):
    return [c for c in chains_of(nlp, text, "Events") if c.kind == "cascade"]


ROOM = ("As the students walked into the room, the teacher raised the temperature, which increased the sweating of "
        "the children.")


def test_an_as_clause_that_only_overlaps_in_time_is_no_step(nlp):
    for c in _cascades(nlp, ROOM):
        assert not c.steps[0].startswith("the students walked"), c.steps


def test_an_as_clause_that_only_overlaps_in_time_is_no_step_with_a_shared_noun_either(nlp):
    """A noun both clauses name ("the room") does not make walking in the cause of raising the temperature; nor does
    a verb of motion ("As the wind blows across the lake": no verb of coming about, refused rather than guessed)."""
    text = ROOM.replace("the teacher raised the temperature", "the teacher of the class raised the temperature of the room")
    for c in _cascades(nlp, text):
        assert not c.steps[0].startswith("the students walked"), c.steps
    wind = "As the wind blows across the lake, the surface water moves toward the eastern shore, causing cold water to rise."
    for c in _cascades(nlp, wind):
        assert not c.steps[0].startswith("the wind blows"), c.steps


def test_an_as_clause_of_coming_about_is_kept(nlp):
    """Kept sibling: "As the reaction occurs in the flask" is the event the rise follows."""
    text = "As the reaction occurs in the flask, the temperature of the solution rises, causing the gas to expand."
    chains = _cascades(nlp, text)
    assert len(chains) == 1 and len(chains[0].steps) == 3, [c.steps for c in chains]
    assert chains[0].steps[0].startswith("the reaction occurs"), chains[0].steps


LAW = "The new law increased taxes on imports, which caused prices to rise, and the governor then traveled to Europe."


def test_a_conjunct_with_its_own_subject_after_then_is_no_step(nlp):
    for c in _cascades(nlp, LAW):
        assert not any("governor" in s for s in c.steps), c.steps


def test_a_causal_conjunct_with_its_own_subject_after_then_is_kept(nlp):
    """Kept sibling: "and the higher prices then reduced the sales of cars" is what the rise brought about."""
    chains = _cascades(nlp, LAW.replace("the governor then traveled to Europe", "the higher prices then reduced the sales of cars"))
    assert len(chains) == 1 and len(chains[0].steps) == 3, [c.steps for c in chains]
    assert "then reduced the sales of cars" in chains[0].steps[2], chains[0].steps


def test_an_until_clause_on_a_relative_clause_of_a_state_is_no_step(nlp):
    text = "The injury triggers inflammation, which causes swelling that persists until the patient sees a doctor."
    for c in _cascades(nlp, text):
        assert not any(s.startswith("until") for s in c.steps), c.steps
    text = "The injury triggers inflammation, which causes swelling that continues to grow until the patient sees a doctor."
    for c in _cascades(nlp, text):
        assert not any(s.startswith("until") for s in c.steps), c.steps
    text = "Heavy rain raises the level of the lake, which causes flooding. The water remains high until the keeper opens the gate."
    for c in _cascades(nlp, text):
        assert not any(s.startswith("until") for s in c.steps), c.steps


def test_an_until_clause_on_a_verb_of_change_is_kept(nlp):
    """Kept sibling: "continues to rise until the water spills over" (a change going on) is the end the rise runs to."""
    text = "As the rain falls on the hills, the level of the lake continues to rise until the water spills over the dam."
    chains = _cascades(nlp, text)
    assert len(chains) == 1 and len(chains[0].steps) == 3, [c.steps for c in chains]
    assert chains[0].steps[2].startswith("until the water spills over"), chains[0].steps


def test_an_until_clause_on_a_relative_clause_the_thing_itself_reaches_is_kept(nlp):
    """Kept sibling: "a small fold, which continues to elongate until it forms the outer lip": the fold itself runs to
    that end."""
    text = ("At about this time, a ridge of soft tissue extends forward from the wall, producing a small fold, which "
            "continues to elongate until it forms the outer lip.")
    chains = _cascades(nlp, text)
    assert len(chains) == 1 and chains[0].steps[-1].startswith("until it forms the outer lip"), [c.steps for c in chains]


SPEECH = ("The senator delivers a long speech, which increases public attention. This goes on until the majority "
          "leader schedules a recess.")


def test_goes_on_until_links_nothing(nlp):
    for c in _cascades(nlp, SPEECH):
        assert not any(s.startswith(("This goes on", "until")) for s in c.steps), c.steps


def test_continues_until_is_one_step_with_its_pointer(nlp):
    """Kept sibling: "This process continues until X" is linked, as one step (no empty pointer step)."""
    text = ("The warm water of the upper basin flows into the lower basin, raising its temperature. This process "
            "continues until the two basins reach the same temperature.")
    chains = _cascades(nlp, text)
    assert len(chains) == 1 and len(chains[0].steps) == 3, [c.steps for c in chains]
    assert chains[0].steps[2].startswith("This process continues until the two basins"), chains[0].steps
