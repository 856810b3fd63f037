"""An apposition that judges the clause before it ("new paints form flexible films—a definite advantage for new
paints", "..., a clear benefit for builders") says what the fact is worth, not what its last noun is (audit round 17,
chemistry 11: "water-soluble products" glossed as "a definite advantage for detergents").  "advantage" and "benefit"
join the nouns of a remark on the clause (``terms.remark_heads``: "a move away from ...", "a danger ..."); not the
general heads (``terms.generic_heads``), which would take "comparative advantage" off the terms.  Kept siblings: a
term whose own head is one of them ("Comparative advantage is the ability ...", "A fringe benefit is a payment ...")
and an apposition with a genus of its own."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.definitions_util import defined  # noqa: E402


@pytest.mark.parametrize("sentence", [
    "Old paints crack in cold weather; new paints form flexible films—a definite advantage for new paints.",
    "Old paints crack in cold weather; new paints form flexible films, a clear benefit for builders.",
])
def test_a_verdict_on_the_clause_defines_nothing(nlp, sentence):
    assert not defined(sentence, nlp), defined(sentence, nlp)


@pytest.mark.parametrize("sentence, name", [
    ("Comparative advantage is the ability of a country to make a good at a lower opportunity cost than another "
     "country.", "comparative advantage"),
    ("A fringe benefit is a payment to a worker that is added to the wage.", "fringe benefit"),
    ("Tariffs, the taxes that a state levies on imported goods, raise the price of bread.", "tariffs"),
])
def test_terms_of_those_heads_and_other_appositions_still_define(nlp, sentence, name):
    assert name in defined(sentence, nlp), defined(sentence, nlp)


def test_a_remark_head_before_the_verb_glosses_its_noun(nlp):
    """Review R22 (finding 5, of 10f1ad7): an apposition between a subject and its verb comes before any clause it
    could judge: "The pension, a benefit paid to retired workers, rose last year" glosses "pension".  The verdict
    after the clause (test above) still defines nothing."""
    got = defined("The pension, a benefit paid to retired workers, rose last year.", nlp)
    assert "pension" in got, got
