"""A step of two coordinated verbs is written as its two events (``bench_events_pairs``, session 23 B); shapes whose
halves would lose or change what the step says stay unwritten.  Invented sentences, in the shapes of the development
KBs' refused steps (anatomy 17 "Kidneys", anatomy 25 "Renal Corpuscle")."""

import pytest

from proda.evaluate.bench_events_pairs import pair


@pytest.mark.parametrize("step, event", [
    ("raising the heart rate and enhancing the force of contraction",
     "The heart rate is raised and the force of contraction is enhanced"),
    ("activating the pump, and stimulating the uptake of glucose and amino acids.",
     "The pump is activated, and the uptake of glucose and amino acids is stimulated"),
    ("This raises the body temperature and prompts the release of sweat.",
     "The body temperature is raised and the release of sweat is prompted"),
    # a half the parser misreads without its full stop ("decreasing the heat produced" read with "produced" as the
    # verb) is read again at its other end, as whole steps are (``bench_events.other_end``)
    ("thereby slowing the rate of the reaction and decreasing the heat produced.",
     "The rate of the reaction is slowed and the heat produced is decreased"),
    # the sign stays each verb's own: a prevented event is not turned into a caused one
    ("blocking the channel and preventing the entry of sodium",
     "The channel is blocked and the entry of sodium is prevented"),
])
def test_two_coordinated_verbs_are_written_as_two_events(events, step, event):
    assert events([step]) == {step: event}


@pytest.mark.parametrize("step", [
    "raising the heart rate or enhancing the force of contraction",  # one of two: neither is said to happen
    "causing it to close and producing a sound",  # "it" names nothing alone
    "This may raise the body temperature and prompt the release of sweat.",  # the modal governs both
    "This does not raise the body temperature and prompt the release of sweat.",
    "the pressure rises and the valve opens",  # two clauses, each with its subject: not this shape
    "rarely raising the heart rate and enhancing the force of contraction",  # a hedge on the first half
    "raising its rate and enhancing the force of contraction",  # "its rate" means nothing alone
])
def test_pairs_not_read_safely_stay_unwritten(events, step):
    assert events([step]) == {}


def test_one_event_is_not_a_pair(nlp):
    assert pair(nlp("raising the heart rate"), nlp) is None
