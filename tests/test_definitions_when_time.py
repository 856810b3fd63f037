"""Review R17 item 2: "X is when S" was read where X is a time ("Winter is when many bears hibernate in dens"): the
sentence says what happens then, not what winter is; and a when-clause whose subject is a vague share ("many",
"most", "some") or whose verb carries a frequency adverb ("often") tells what tends to happen, no defining situation.
"Inflation is when prices rise across an economy" stays a definition, as do a universal subject ("all members") and a
term whose modifier only is a time word ("spring cleaning").
"""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.definitions_util import defined  # noqa: E402


@pytest.mark.parametrize("sentence", [
    "Winter is when many bears hibernate in dens.",
    "Spring is when farmers plant their crops.",
    "Adolescence is when most teenagers first experience peer pressure.",
    "Noon is when the sun stands highest in the sky.",
    "Childhood is when a person learns to speak.",
    "Monday is when the weekly market opens.",
    "The Bronze Age is when people first made tools of bronze.",
])
def test_a_time_defined_by_what_happens_then_defines_nothing(nlp, sentence):
    assert not defined(sentence, nlp)


@pytest.mark.parametrize("sentence", [
    "Migration is when many birds fly south for the winter.",
    "Flooding is when rivers often overflow their banks.",
    "Truancy is when some pupils skip school without leave.",
])
def test_a_when_clause_of_a_vague_share_or_a_frequency_defines_nothing(nlp, sentence):
    assert not defined(sentence, nlp)


@pytest.mark.parametrize("sentence, name", [
    ("Inflation is when prices rise across an economy.", "inflation"),
    ("Deflation is when the general level of prices falls over time.", "deflation"),
    ("Unanimity is when all members of a group agree on a decision.", "unanimity"),
    ("Spring cleaning is when a household cleans every room of the house thoroughly.", "spring cleaning"),
    ("Sharecropping is when a farmer works land owned by another person in exchange for part of the crop.",
     "sharecropping"),
])
def test_x_is_when_a_defining_situation_still_defines(nlp, sentence, name):
    assert name in defined(sentence, nlp)
