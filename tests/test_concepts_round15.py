"""Concept precision after audit round 10 (chemistry 29/40 concepts; README "Not met"): each class of reject
reproduced on invented sentences or names, beside a sibling that still defines or stays a term.

- "A, the Y to ... (as in P), or the Y to ... are all examples of Z": the noun after A's comma is the next item of a
  list (one more "or"/"and" item follows it, past a bracket), not A's gloss (political science round 10: "veto
  power, the power to nominate ... (as in ...), or the power to convene ...").
"""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.definitions_util import defined  # noqa: E402


# --------------------------------------------------------------------------- an appositive that is a list's item

@pytest.mark.parametrize("sentence, name", [
    ("Tariffs, the right to seize foreign ships (as in Spain), or the right to close ports are all examples of "
     "trade weapons.", "tariffs"),
    ("Recall votes, the right to remove elected judges (as in the Swiss cantons), or the right to call the National "
     "Congress and fix issues the congress needs to settle (as in Peru) are all examples of popular checks.",
     "recall votes"),
    ("Tariffs, the right to seize foreign ships, or the right to close ports are all examples of trade weapons.",
     "tariffs"),
    ("Curfews, the power to close markets at night (as in Chile), and the power to ban public meetings are common "
     "emergency measures.", "curfews"),
])
def test_an_apposition_followed_by_more_list_items_glosses_nothing(nlp, sentence, name):
    assert name not in defined(sentence, nlp)


@pytest.mark.parametrize("sentence, name", [
    ("A tariff, a tax on imported goods, raises the price of foreign products.", "tariff"),
    ("A curfew, a rule that keeps people at home at night (as in Chile), is one of the emergency powers.", "curfew"),
    ("The two small veins run along the wrist and join in the palm to form the cubital vein, a deep vein that "
     "drains into the upper arm.", "cubital vein"),  # a verb conjunct above X is no list of nouns
    ("Reformers credit the rules with the reasons for low turnout, including bicameralism (a legislature with two "
     "chambers) and weekday elections.", "bicameralism"),
])
def test_an_apposition_the_sentence_closes_still_glosses_its_noun(nlp, sentence, name):
    assert name in defined(sentence, nlp)

