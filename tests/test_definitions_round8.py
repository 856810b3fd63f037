"""Concepts audit round 8 (docs/audits/independent-2026-11-29/round8/*-concepts.csv): definitions taken from
sentences that name or mention a term without saying what it is — a naming whose subject points back ("Devices of
this sort are ... referred to as X"), a hedged "some ... can be referred to as X" with the name cut at its hyphen, a
past claim bounded by a period or a past composition — each beside a sentence that still defines."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.definitions_util import defined  # noqa: E402


@pytest.mark.parametrize("sentence, name", [
    # chemistry 16: "this sort" is the previous sentence's device
    ("Devices of this sort are generally referred to as electrochemical cells, and those in which a spontaneous "
     "redox reaction takes place are called galvanic cells.", "electrochemical cells"),
    # sociology 06: some efforts may be called so; the name is cut at its hyphen
    ("Some more contemporary efforts can be referred to as “de-McDonaldization”: farmers markets, microbreweries, "
     "and various do-it-yourself trends.", "de"),
    ("Some more contemporary efforts can be referred to as “de-McDonaldization”: farmers markets, microbreweries, "
     "and various do-it-yourself trends.", "mcdonaldization"),
    # sociology 01 / 06: what X was then, not what it is
    ("Structural-functionalism was a dominant force after World War II and until the 1960s and 1970s.",
     "structural-functionalism"),
    ("The “typical” family in past decades consisted of married parents living in a home with their unmarried "
     "children.", "family"),
])
def test_a_naming_or_a_past_claim_is_no_definition(nlp, sentence, name):
    assert name not in defined(sentence, nlp)


@pytest.mark.parametrize("sentence, name", [
    ("A group of similar cells that perform a common function is called a tissue.", "tissue"),
    # round 7 accepted it: the demonstrative points at the context of the place, not at the thing named
    ("An individual’s place within this stratification is called socioeconomic status (SES).", "socioeconomic status"),
    ("A peer group is made up of people who are similar in age and social status.", "peer group"),
    ("A molecule consists of atoms that are held together by chemical bonds.", "molecule"),
])
def test_a_present_naming_or_composition_still_defines(nlp, sentence, name):
    assert name in defined(sentence, nlp)
