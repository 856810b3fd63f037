"""Chain steps, independent audit round 12: a step's text reads as an event sentence (``chain_readable.readable``),
on invented general-English text:

- a step cut at ", so" keeps its clause, not the connective ("so less dust reaches the engine" -> "less dust reaches
  the engine"), where the clause has its own subject;
- a "which" step on a verb of meaning keeps its complement clause ("which in turn meant there were fewer rural jobs"
  -> "there were fewer rural jobs");
- kept siblings: a "which" step whose own verb is the event ("which in turn lowers the demand") and the other steps
  of the chain keep their words.
"""

from __future__ import annotations

import pytest

from tests.chains_util import chains_of

pytest.importorskip("spacy")

PUMP = ("The pump lowers the pressure in the tank. This in turn pulls air through the filter, so less dust reaches the "
        "engine.")
FARM = ("Cheaper machines reduced the need for farm labor, which in turn meant there were fewer rural jobs. As a result, "
        "many workers moved to the cities.")


def _steps(nlp, text: str) -> list[str]:
    (chain,) = chains_of(nlp, text, "Machines")
    return chain.steps


def test_a_result_connective_is_dropped_before_a_clause_with_its_subject(nlp):
    steps = _steps(nlp, PUMP)
    assert steps[-1] == "less dust reaches the engine."
    assert steps[0] == "The pump lowers the pressure in the tank."


def test_a_which_on_a_verb_of_meaning_keeps_its_clause(nlp):
    steps = _steps(nlp, FARM)
    assert steps[1] == "there were fewer rural jobs."
    assert steps[0] == "Cheaper machines reduced the need for farm labor"


def test_a_which_whose_verb_is_the_event_keeps_its_words(nlp):
    from proda.ingest.extract.chain_readable import readable

    doc = nlp("The tax raised the price of fuel, which in turn lowered the demand for cars.")
    step = doc[[t.i for t in doc if t.lower_ == "which"][0]: len(doc)]
    assert readable(step.text, step) == step.text


def test_so_that_keeps_its_words(nlp):
    from proda.ingest.extract.chain_readable import readable

    doc = nlp("The farmers dug deep ditches, so that the water drains away.")
    k = [t.i for t in doc if t.lower_ == "so"][0]
    step = doc[k: len(doc)]
    assert readable(step.text, step) == step.text
