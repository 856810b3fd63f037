""""X uses Y to V" states what Y is used for (possession.used_for): "use" is otherwise a light verb whose frames
are dropped.  Invented sentences of several disciplines; the purpose must be one predicate, read to its end."""

from __future__ import annotations

import pytest

from statements_util import triples


@pytest.mark.parametrize("text, frame", [
    ("Plants use sunlight to produce glucose.", ("plants", "use", "sunlight to produce glucose")),
    ("Bats use echolocation to locate prey.", ("bats", "use", "echolocation to locate prey")),
    ("The tagger uses a Viterbi decoder to find the most likely sequence of tags.",
     ("tagger", "uses", "Viterbi decoder to find the most likely sequence of tags")),
    ("Central banks use interest rates to control inflation.",
     ("central banks", "use", "interest rates to control inflation")),
])
def test_an_instrument_and_its_purpose(text, frame):
    assert frame in triples(text)


@pytest.mark.parametrize("text", [
    "We can use the phase diagram to identify the state of a sample.",  # a pronoun subject: the reader, no fact
    "Bats use their ears.",  # no purpose: only that something is used
    "The rebels used radio broadcasts to spread their message.",  # the past: one story's event
    "Sprinters use glycolysis to produce short bursts of power but tire quickly.",  # a second predicate
    "Firms use advertising to sell to us.",  # a personal pronoun in the purpose
    "Traders use models to price options because markets move quickly.",  # a clause of reason in the purpose
])
def test_no_frame_on_use_without_one_stated_purpose(text):
    assert not any(p.split()[-1] in ("use", "uses", "used") for _, p, _ in triples(text)), triples(text)
