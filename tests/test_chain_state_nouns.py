"""A demonstrative with a noun that sums up the state the sentence before set up ("This arrangement causes ...", "These
conditions will decrease ...") links like "This causes ..." (chain_leads._demonstrative_cause, [cascade] state_nouns);
a noun naming an agent or a thing ("These guards cause ...") does not.  Invented sentences (no book's text)."""

from __future__ import annotations

import pytest

from tests.chains_util import chains_of

pytest.importorskip("spacy")

FIRST = "The stewards block the two side exits and lock the back door. "
REST = " cause the crowd to gather at the main gate, creating long queues at the entrance."


def test_this_arrangement_links_what_the_sentence_before_set_up(nlp):
    """Before: no chain -- 'arrangement' was no event noun, so the second sentence was not linked."""
    chains = chains_of(nlp, FIRST + "This arrangement" + REST.replace(" cause ", " causes ", 1))
    assert len(chains) == 1
    steps = chains[0].steps
    assert len(steps) == 3 and steps[0].startswith("The stewards block") and steps[1].startswith("This arrangement causes")


def test_these_conditions_link_too(nlp):
    chains = chains_of(nlp, FIRST + "These conditions" + REST)
    assert len(chains) == 1 and len(chains[0].steps) == 3


def test_a_demonstrative_on_an_agent_links_nothing(nlp):
    assert chains_of(nlp, FIRST + "These guards" + REST) == []
