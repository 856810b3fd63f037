"""Chains, round 15 (recall against a hand-made gold list of processes, docs/audits/dev-2026-11-30/chain-gold.csv):
each construction the extractor missed, on invented general-English text, with a sibling that must stay as it was.

- a comparison that a causal verb brings about ("This creates a lower pressure inside X than outside it"): the event
  of a step, not a comparison of two things that ends the cascade -- ``chain_text.not_event``;
- a copula with a comparative after a causal connective ("In turn, the oxygen levels of the pond are lower."): the
  change the step before brought about -- ``chain_cascades._level_after_link``.
"""

from __future__ import annotations

import pytest

from tests.chains_util import chains_of

pytest.importorskip("spacy")

PUMP = ("During the intake stroke, the piston of the pump moves downward, causing the cylinder to expand. This creates "
        "a lower pressure inside the cylinder than that of the air outside, causing water to be drawn into the cylinder.")


def test_a_comparison_brought_about_is_a_step(nlp):
    """Before: "This creates a lower pressure ... than ..." read as a comparison ended the cascade at two steps."""
    chains = [c for c in chains_of(nlp, PUMP, "Pumps") if c.kind == "cascade"]
    assert len(chains) == 1 and len(chains[0].steps) == 4, [c.steps for c in chains]
    assert chains[0].steps[2].startswith("This creates a lower pressure"), chains[0].steps


def test_a_stated_comparison_still_ends_the_cascade(nlp):
    """Refused sibling: a clause that compares two things ("X is lower than Y", "X needs more time than Y") is no step."""
    text = ("During the intake stroke, the piston of the pump moves downward, causing the cylinder to expand. The "
            "pressure inside the cylinder is lower than that of the air outside, causing water to be drawn in.")
    for c in chains_of(nlp, text, "Pumps"):
        assert not any(s.startswith("The pressure inside the cylinder is lower") for s in c.steps), c.steps
    text = ("During the intake stroke, the piston of the pump moves downward, causing the cylinder to expand. The "
            "small pump needs more time than the large pump, causing water to be drawn in slowly.")
    for c in chains_of(nlp, text, "Pumps"):
        assert not any(s.startswith("The small pump needs more time") for s in c.steps), c.steps


POND = ("Warm weather raises the temperature of the pond water. In turn, the oxygen levels of the pond are lower. As a "
        "result, the fish are forced to swim near the surface, which exposes them to birds.")


def test_a_comparative_state_after_a_causal_connective_is_a_step(nlp):
    """Before: "In turn, the oxygen levels of the pond are lower." (a copula) ended the cascade after one step."""
    chains = [c for c in chains_of(nlp, POND, "Ponds") if c.kind == "cascade"]
    assert len(chains) == 1 and len(chains[0].steps) >= 3, [c.steps for c in chains]
    assert chains[0].steps[1].startswith("the oxygen levels of the pond are lower"), chains[0].steps


def test_a_plain_state_after_a_connective_is_still_no_step(nlp):
    """Refused sibling: a copula naming a quality ("is green"), not a change of level, is still no event."""
    text = POND.replace("the oxygen levels of the pond are lower", "the pond is green")
    for c in chains_of(nlp, text, "Ponds"):
        assert not any("pond is green" in s for s in c.steps), c.steps
