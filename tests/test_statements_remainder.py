""""The remainder" or "the rest" with nothing saying of what is the rest of something the sentence before named:
"Bronchial veins carry approximately 13 percent of the blood ...; the remainder intermingles with the pulmonary
circulation" gave "remainder | intermingles with | pulmonary circulation" (session 31's fresh sample of the
compound-subject repair, judged wrong).  [remarks] shell_nouns holds them (``remarks.unnamed_referent``: "the"
and no phrase saying which).  "The rest of the body" names its whole and stays."""

from __future__ import annotations

from tests.statements_util import triples


def test_the_remainder_alone_points_back():
    assert triples("The remainder intermingles with the pulmonary circulation.") == []
    assert triples("The rest returns to the heart through the veins.") == []


def test_the_rest_of_a_named_whole_stays():
    assert ("rest of body", "relies on", "heart") in triples("The rest of the body relies on the heart.")
