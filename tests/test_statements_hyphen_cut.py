"""No argument ends on a word glued to a following hyphen, nor starts right after one.

Why (audit round 21, political science 14): "the agreement allowed Iran to re-engage in trade" gave "agreement |
allowed | Iran to re": the parse splits "re-engage" into "re", "-", "engage" and a clausal complement read as a
span stopped at "re".  narrative.text_cut_at_hyphen refuses an argument whose text the sentence holds only cut at
a hyphen.  Each test an invented sentence; kept siblings: the same complement without a hyphenated verb, a
hyphenated word held whole in an argument.
"""

from __future__ import annotations

from spacy.lang.en import English

from proda.ingest.extract.narrative import text_cut_at_hyphen
from tests.statements_util import triples


def test_complement_cut_at_a_prefix_hyphen_is_refused():
    got = triples("The treaty allowed the farmers to re-enter the grain market after the war.")
    assert not any(o.endswith(" re") for _, _, o in got)


def test_complement_cut_at_another_prefix_is_refused():
    got = triples("The council permitted the tenants to co-own the building.")
    assert not any(o.endswith(" co") for _, _, o in got)


def test_same_complement_without_hyphen_is_kept():
    got = triples("The treaty allowed farmers to enter the grain market.")
    assert ("treaty", "allowed", "farmers to enter the grain market") in got


def test_hyphenated_word_held_whole_is_kept():
    got = triples("The river carries fine-grained sediment to the delta.")
    assert any(s == "river" and "fine-grained sediment" in o for s, _, o in got)


def test_text_cut_on_either_side_of_the_hyphen():
    sent = English()("Self-governing towns elect a mayor.")[:]
    assert text_cut_at_hyphen(sent, "governing towns")
    assert text_cut_at_hyphen(sent, "Self")
    assert not text_cut_at_hyphen(sent, "Self-governing towns")
    assert not text_cut_at_hyphen(sent, "mayor")
