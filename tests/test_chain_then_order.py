"""Chains, session 12 (bench reading, anatomy 05: "dermatologists earn a medical degree and then complete several
years of residency training. In addition, dermatologists may then participate in a fellowship ..." was a cascade,
and the benchmark asked the fellowship as a consequence of the degree): a run of clauses that only "then" links --
"and then" on a coordinated verb of no causal family (``chain_cascades._order_adverb``), "then" on a sentence's main
verb of no causal family (``chain_leads._then_next``) -- says the events follow one another in time, not that one
brings the next about.  Such a run is kept as a ``sequence`` (asked by its order only, as named stages are), no
``cascade``.

Kept siblings: "then" with a causal verb ("The adrenal gland then produces cortisol") is still a cascade's link, and
a run with one causal link among temporal ones stays a cascade.
"""

from __future__ import annotations

import pytest

from tests.chains_util import chains_of

pytest.importorskip("spacy")

CAREER = ("Like all pilots, captains earn a flying license and then log several years of flight hours. In addition, "
          "captains may then join an airline training program or complete additional training at a flight school.")


def test_a_run_linked_by_then_alone_is_a_sequence(nlp):
    """Before: a cascade of three steps (the license 'leads to' the training program)."""
    chains = chains_of(nlp, CAREER, "Careers")
    assert len(chains) == 1, [c.steps for c in chains]
    assert chains[0].kind == "sequence", chains[0].kind
    assert chains[0].steps[0].startswith("Like all pilots, captains earn a flying license"), chains[0].steps
    assert len(chains[0].steps) == 3, chains[0].steps


def test_a_then_sentence_with_causal_verbs_stays_a_cascade(nlp):
    """Kept sibling: "then" before a verb that brings something about links a cascade."""
    text = ("The pituitary gland releases a hormone that travels to the adrenal gland. The adrenal gland then "
            "produces cortisol. The cortisol then increases the level of glucose in the blood.")
    chains = chains_of(nlp, text, "Stress")
    assert len(chains) == 1 and chains[0].kind == "cascade" and len(chains[0].steps) == 3, \
        [(c.kind, c.steps) for c in chains]


def test_one_causal_link_keeps_the_run_a_cascade(nlp):
    """Kept sibling: the second link reduces rainfall (a causal verb); the run stays a cascade."""
    text = ("Strong winds push the warm surface water west, which lets cold water rise along the coast. The cold "
            "water then cools the air above it. The cool air then reduces rainfall on the coast.")
    chains = chains_of(nlp, text, "Currents")
    assert len(chains) == 1 and chains[0].kind == "cascade", [(c.kind, c.steps) for c in chains]
