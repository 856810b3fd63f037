"""A verb of making with "from" / "out of" says what the subject comes from (review R1 of 9f01449): "The statue forms
from wet clay" is no production by the statue, so it takes no production family and no sign (families.toml,
[origin]).  Before, "form_from" fell back to its verb's family ("produce"), and the benchmark's reach read
statue -> clay as a production.  Every example here is invented general English."""

from __future__ import annotations

from proda.lexicon import family_of, polarity_of


def test_a_making_verb_with_from_is_no_production():
    assert family_of("form_from") == "form_from"
    assert family_of("forms from") != "produce"
    assert family_of("make_out_of") == "make_out_of"


def test_kept_siblings():
    assert family_of("form") == "produce"  # "The glands form a thick paste"
    assert family_of("produce_effect") == "cause"  # listed lemmas win
    assert family_of("fall_from") == "decrease" and polarity_of("fall_from") == -1  # "falls from 9 to 5"
    assert family_of("rise_from") == "increase"
    assert family_of("inhibit_release_of") == "inhibit"
    assert family_of("fall_on") == "fall_on"

