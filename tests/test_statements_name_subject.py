"""A name ending in a word English also spells as a verb ("Court", "Bank", "Party") is a subject, not a verb the
parser took for a noun: readable.verb_misread read "The Supreme Court upheld ..." as the misparse of "the right
ventricle pumps deoxygenated blood" and dropped the frame (session 20, E6: 29 right frames of the sociology and
political science development chapters).  Invented sentences; the misparses the check exists for stay refused."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


@pytest.mark.parametrize("text,claim", [
    ("The Central Bank raised interest rates to curb inflation.", ("Central Bank", "raised", "interest rates")),
    ("The National Party gained seats in the assembly.", ("National Party", "gained", "seats in assembly")),
    ("The Highland Court upheld the new statute.", ("Highland Court", "upheld", "new statute")),
])
def test_a_name_before_a_past_verb_is_its_subject(claims, text, claim):
    assert claim in claims(text), claims(text)


@pytest.mark.parametrize("text,word", [
    ("The left ventricle pumps oxygenated blood into the aorta.", "pumps"),  # the noun "pumps" is the verb
    ("Athletes experience increased muscle mass.", "experience"),
    ("The district court upheld the new statute.", "court"),  # a common noun: the check is for names only
])
def test_a_common_noun_before_a_participle_is_still_refused(claims, text, word):
    assert not [c for c in claims(text) if c[0].lower().endswith(word)], claims(text)
