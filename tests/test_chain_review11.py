"""Review 11: a chain must be a sequence or a cascade the text states.  Each rule with the reviewer's counter-example
(which gave a chain before) and a positive sibling that must keep its chain."""

from __future__ import annotations

import pytest

from tests.chains_util import chains_of, find

pytest.importorskip("spacy")

SERIES = "Voters study the candidates, compare their positions, and then vote."


@pytest.mark.parametrize("text", [
    "Students in the control group did not read the chapter, take notes, and then answer the questions.",
    "Most voters do not study the candidates, compare their positions, and then vote.",
    "No cell grows, divides, and then dies in this tissue.",
    "Few voters study the candidates, compare their positions, and then vote.",
    "Voters rarely study the candidates, compare their positions, and then vote.",
    "According to Downs, voters study the candidates, compare their positions, and then vote.",
    "Ideally, a rational voter would study the candidates, compare their positions, and then vote.",
    "Voters should study the candidates, compare their positions, and then vote.",
])
def test_a_series_under_a_negation_hedge_modal_or_view_is_no_chain(nlp, text):
    """Before: a sequence chain whose later steps lost the sign over the first verb ("students in control group |
    answer | questions" from "did not read ..., take notes, and then answer"); chain_series._unstated."""
    chains, statements = find(nlp, text)
    assert chains == [] and statements == []


def test_the_plain_series_keeps_its_chain(nlp):
    """Positive siblings: the same series stated plainly, and a procedure done "typically" (the usual way)."""
    for text in (SERIES, "The cell grows, divides, and then dies.",
                 "The precipitate is typically isolated from the reaction mixture by filtration, carefully dried, and then weighed."):
        chains = chains_of(nlp, text)
        assert len(chains) == 1 and chains[0].kind == "sequence" and len(chains[0].steps) == 3


@pytest.mark.parametrize("text", [
    "Aspirin inhibits the enzymes that produce prostaglandins, which in turn cause inflammation.",
    "The drug blocks the receptors that trigger pain, which leads to relief.",
    "The hormone suppresses the cells that release acid, causing the stomach to heal.",
    "Calcitonin inhibits the osteoclasts that break down bone, which lowers blood calcium.",
])
def test_a_relative_clause_under_a_blocking_verb_is_no_next_step(nlp, text):
    """Before: "Aspirin inhibits the enzymes" -> "that produce prostaglandins" -> "which in turn cause inflammation",
    the blocked event keyed as what follows (chain_cascades._restrictive_result)."""
    for chain in chains_of(nlp, text):
        assert not any(s.startswith("that ") for s in chain.steps), chain.steps


def test_a_relative_clause_under_a_causal_verb_is_still_the_next_step(nlp):
    """Positive sibling: the outcry the arrest triggered is what led to the boycott."""
    chains = chains_of(nlp, "Her arrest triggered a public outcry that led to the famous Montgomery bus boycott, "
                            "turning the movement into a national campaign.")
    assert len(chains) == 1 and chains[0].steps[1].startswith("that led to")
