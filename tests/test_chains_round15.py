"""Chains, round 15 (recall against a hand-made gold list of processes, docs/audits/dev-2026-11-30/chain-gold.csv):
each construction the extractor missed, on invented general-English text, with a sibling that must stay as it was.

- a comparison that a causal verb brings about ("This creates a lower pressure inside X than outside it"): the event
  of a step, not a comparison of two things that ends the cascade -- ``chain_text.not_event``.
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
