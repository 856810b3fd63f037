"""A base-form verb the parse coordinated with a past or third-person verb, after an infinitive, continues the
infinitive's list and does not take the main verb's subject.

Why (review R6 of 3b452ff): "The city turned to private firms to collect rubbish, repair roads, and run the buses"
gave "city | run | buses" (the firms run them): the parse hung "run" on "turned".  readable.wrong_conj_subject
refuses such a conjunct.  Invented sentences; kept siblings: a past-tense conjunct after the infinitive (the
subject's own second act), a plural present head (where "and pay" may be either's).
"""

from __future__ import annotations

from tests.statements_util import triples


def test_base_form_after_past_head_and_infinitive_is_refused():
    got = triples("The city turned to private firms to collect rubbish, repair roads, and run the buses.")
    assert not any(s == "city" and p == "run" for s, p, _ in got)


def test_base_form_after_third_person_head_is_refused():
    got = triples("The town relies on volunteers to clean the parks, paint the benches, and plant the trees.")
    assert not any(s == "town" and p in ("paint", "plant") for s, p, _ in got)


def test_past_tense_conjunct_after_infinitive_is_kept():
    got = triples("The duke hired soldiers to guard the castle and built a new wall around the town.")
    assert any(s == "duke" and p == "built" for s, p, _ in got)
