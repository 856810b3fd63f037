"""A size on the genus ("a very small artery that ...") classifies; it does not judge.

Why (definition ceiling of 2026-11-30, docs/audits/dev-2026-11-30/definition-ceiling.md): the gates that keep "X is
an excellent venue" or "X is a highly functional way to ..." out read every gradable adjective on the genus as a
judgment, so "An arteriole is a very small artery that leads to a capillary" and "A mass is a relatively large number
of people with a common interest" were refused.  A size word (``terms.dimension_adjectives``) on a genus that has a
restriction of its own still defines; without one ("A pebble is a small stone.") it only classifies, and a judging
adjective still judges.  Sentences are invented.
"""

from __future__ import annotations

import pytest

from tests.definitions_util import defined


@pytest.mark.parametrize("name,sentence", [
    ("dwarf star", "A dwarf star is a small star that has exhausted most of its fuel."),
    ("capillary loop", "A capillary loop is a very thin vessel that joins two neighbouring arterioles."),
    ("swarm", "A swarm is a relatively large number of insects with a common queen."),
    ("delta", "A delta is a broad plain of sediment that forms where a river meets the sea."),
])
def test_a_size_on_a_restricted_genus_still_defines(name, sentence):
    assert name in defined(sentence)


@pytest.mark.parametrize("name,sentence", [
    # a size and no differentia: a class, not a definition
    ("pebble", "A pebble is a small stone."),
    # a judging adjective still judges
    ("town meeting", "A town meeting is an excellent venue for citizens who want to voice their concerns."),
    ("civic duty", "Civic duty is a highly important obligation that every citizen shares."),
    # a size on a general noun ("step", "way") rates X: "a large step in" is a judgment of its weight
    ("composting", "Composting is a large step in protecting the soil for future generations."),
    # a sentence that merely mentions the term
    ("dwarf star", "Dwarf stars are common in the small galaxies that surround our own."),
])
def test_no_definition_from_a_size_alone_or_a_judgment(name, sentence):
    assert name not in defined(sentence)
