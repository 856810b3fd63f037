"""Chains, round 16, second part (gold misses of docs/audits/dev-2026-11-30/chain-gold.csv): on invented text, each
with a sibling that must not become a chain or must not change.

- a demonstrative noun phrase whose verb is no causal one but carries an order adverb ("... more water rushes into
  the pond. This water eventually flows over the dam."): the next step, as for a causal verb; without the adverb
  ("This water flows over the dam") the sentence may describe the water, so nothing links --
  ``chain_shared.refers_back``;
- an "until" clause after its verb ("the level rises until the water spills over the dam"): the end the process
  runs to, the next step; not after a negated verb ("did not rise until ...": the order is the other way round) --
  ``chain_cascades._until_clause``;
- a relative clause of culmination (", which culminated in ..."): the outcome of its antecedent, the next step; a
  relative clause of another verb stays inside its step -- ``cascade.outcome_relatives``.
"""

from __future__ import annotations

import pytest

from tests.chains_util import chains_of

pytest.importorskip("spacy")


def _cascades(nlp, text: str):
    return [c for c in chains_of(nlp, text, "Dams") if c.kind == "cascade"]


POND = "When the gate opens, more water rushes into the pond. This water eventually flows over the dam."


def test_a_demonstrative_noun_with_an_order_adverb_links(nlp):
    chains = _cascades(nlp, POND)
    assert len(chains) == 1 and len(chains[0].steps) == 3, [c.steps for c in chains]
    assert chains[0].steps[2].startswith("This water eventually flows"), chains[0].steps


def test_a_demonstrative_noun_without_a_causal_verb_or_an_order_adverb_links_nothing(nlp):
    """Refused sibling: "This water flows over the dam" may say where that water goes or what it is like."""
    assert _cascades(nlp, POND.replace(" eventually", "")) == []


LAKE = "As the rain falls on the hills, the level of the lake rises until the water spills over the dam."


def test_an_until_clause_is_the_next_step(nlp):
    chains = _cascades(nlp, LAKE)
    assert len(chains) == 1 and len(chains[0].steps) == 3, [c.steps for c in chains]
    assert "the water spills over the dam" in chains[0].steps[2], chains[0].steps


def test_an_until_clause_after_a_negated_verb_is_no_step(nlp):
    """Refused sibling: "did not rise until the gate was closed": the closing came first."""
    assert _cascades(nlp, LAKE.replace("rises until the water spills over the dam",
                                       "did not rise until the keeper closed the gate")) == []


def test_an_until_clause_on_a_participle_is_no_step(nlp):
    """Refused sibling (dev anatomy 20: "... parallel their namesake bones, giving off smaller branches until they
    reach the wrist"): the participle goes along with the clause before; its "until" says how far a course runs."""
    assert _cascades(nlp, "The main road follows the old river, giving off small lanes until it reaches the coast.") == []


STRIKE = ("The arrest inspired further protests and eventually led to a mass uprising, which, as the old regime was "
          "weakening, culminated in the fall of the government.")


def test_a_relative_clause_of_culmination_is_the_next_step(nlp):
    chains = _cascades(nlp, STRIKE)
    assert len(chains) == 1 and len(chains[0].steps) == 3, [c.steps for c in chains]
    assert "culminated in the fall of the government" in chains[0].steps[2], chains[0].steps


def test_a_relative_clause_of_another_verb_stays_in_its_step(nlp):
    """Kept sibling: ", which gathered in the square" describes the uprising: two steps, no chain."""
    assert _cascades(nlp, STRIKE.replace("culminated in the fall of the government", "gathered in the main square")) == []


SLUICE = ("The warm water of the upper basin flows into the lower basin, raising its temperature. This process "
          "continues until the two basins reach the same temperature.")


def test_a_process_that_continues_until_links_to_the_clause_before(nlp):
    """Before: "This process continues" has no causal verb, so it was not linked: two steps at most.  The pointer and its
    end are one step (review R16: no empty "This process continues" step)."""
    chains = _cascades(nlp, SLUICE)
    assert len(chains) == 1 and len(chains[0].steps) == 3, [c.steps for c in chains]
    assert chains[0].steps[2].startswith("This process continues until the two basins reach"), chains[0].steps


def test_a_process_that_continues_without_until_links_nothing(nlp):
    """Refused sibling: "This process continues for many hours" names no end it runs to, no next event."""
    assert _cascades(nlp, SLUICE.replace("until the two basins reach the same temperature", "for many hours")) == []
