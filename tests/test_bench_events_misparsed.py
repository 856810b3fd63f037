"""Review R1 (invented steps): two parses of "causing X to V" that ``bench_events.render`` wrote as wrong English.

* The infinitive hung on the object as its modifier (``acl``): "causing the reaction to proceed faster" was written
  "The reaction to proceed faster results", an event that says nothing true.
* A second verb the tagger read as an adjective or a participle: "causing the gas to expand and cool" was written
  "The gas expands and cool" (only the first verb inflected).

Both are now left unwritten, as every shape render cannot read whole (the item builder then keeps the step out of
options mixed with whole sentences); the well-parsed neighbours are still written."""

import pytest

from proda.evaluate.bench_events import render


@pytest.mark.parametrize("step", [
    "causing the reaction to proceed faster",  # "to proceed": acl of "reaction"
    "causing the pressure to fall back",
    "causing the gas to expand and cool",  # "cool": ADJ conj of "expand"
    "causing the muscle to contract and shorten",  # "shorten": VBN conj of "contract"
])
def test_a_misparsed_causative_is_not_written(nlp, step):
    assert render(nlp(step)) is None


@pytest.mark.parametrize("step, event", [
    ("causing the price to rise", "The price rises"),
    ("allowing the cells to grow and divide", "The cells grow and divide"),
    ("causing leakage of fluid into the interstitial space", "Leakage of fluid into the interstitial space results"),
])
def test_kept_causatives_that_parse_whole(nlp, step, event):
    assert render(nlp(step)) == event
