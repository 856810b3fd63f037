""""X, or the belief that ...": after "or" a remark noun glosses X; it does not judge the clause.

Why (issue 11, prose-only glossary recall): "a move away from ...", "a belief that ..." set after the verb usually
remark on the whole clause ("The council raised fares, a move that angered commuters"), so the gloss rules refused
them (``terms.remark_heads``); but "or" (and "that is") announce X's own gloss, and a remark on the clause is never
introduced by it: "critical race theory places emphasis on intersectionality, or the belief that individuals may
have characteristics that make them members of more than one oppressed group" defines intersectionality.
Sentences are invented.
"""

from __future__ import annotations

import pytest

from tests.definitions_util import defined


@pytest.mark.parametrize("name,sentence", [
    ("stoicism", "Some philosophers place emphasis on stoicism, or the belief that virtue alone is enough for a "
                 "happy life."),
    ("fatalism", "The novel's hero drifts toward fatalism, or the belief that every event is fixed in advance."),
])
def test_a_remark_noun_after_or_glosses_the_term(name, sentence):
    assert name in defined(sentence)


@pytest.mark.parametrize("name,sentence", [
    # a remark on the clause, set off by a comma alone
    ("fare", "The council raised the bus fare, a move that angered commuters across the city."),
    ("tax", "The government cut the fuel tax, a decision that surprised many economists."),
])
def test_a_remark_on_the_clause_still_glosses_nothing(name, sentence):
    assert name not in defined(sentence)


@pytest.mark.parametrize("name,sentence", [
    # "or a ..." offers another reading of the clause's noun, not the name's gloss (review R2 of 59fafce)
    ("gift", "Many voters see the tax cut as a gift, or a risk that will swell the national debt."),
    ("protest", "Historians explain the revolt as a protest, or a claim that the old rights of the towns had been "
                "broken."),
])
def test_an_indefinite_remark_noun_after_or_glosses_nothing(name, sentence):
    assert name not in defined(sentence)
