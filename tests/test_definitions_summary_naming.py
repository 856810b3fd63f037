""""..., a process called X.": a bare event noun that sums up the clause before it names what the clause tells.

Why (issue 11, prose-only glossary recall): the books often name a process or condition after telling it
("Smooth muscle can also divide to produce more cells, a process called hyperplasia", "... blood glucose levels are
higher than normal, a condition called hyperglycemia"); the named-in rule wanted the noun itself described ("a thin
layer of straw known as mulch") and refused the bare "a process".  A summary noun (``terms.summary_heads``) set off
by a comma at the end of the sentence, with only its article and the naming participle, takes the clause as its
description (``definition_named.sums_up``).  Sentences are invented.
"""

from __future__ import annotations

import pytest

from tests.definitions_util import defined


@pytest.mark.parametrize("name,sentence", [
    ("digestion", "Enzymes in the stomach break large proteins down into smaller peptides, a process called digestion."),
    ("windburn", "The skin can dry out and crack in very cold winds, a condition called windburn."),
])
def test_a_summary_noun_names_the_clause_before(name, sentence):
    assert name in defined(sentence)


@pytest.mark.parametrize("name,sentence", [
    # the noun is the subject of its own clause: no summary of a clause before
    ("erosion", "A process called erosion slowly wears away the cliff."),
    # the name is not last: the sentence goes on about something else
    ("erosion", "Wind wears away the rock, a process called erosion, and the sand is carried to the sea."),
    # a noun that is no event or state: what kind of thing, not what the clause tells
    ("bayonet", "The soldiers fixed their rifles, a weapon called a bayonet."),
    # a clause told in the past is one event, an instance of X, not what X is (review R2 of 0537ebc)
    ("hyperinflation", "Prices in Germany rose a billionfold in 1923, a condition called hyperinflation."),
    ("realignment", "Voters in the South shifted to the Republican Party after 1964, a process called realignment."),
    ("conditioning", "The dog salivated at the sound of the bell, a response called conditioning."),
])
def test_no_summary_naming(name, sentence):
    assert name not in defined(sentence)
