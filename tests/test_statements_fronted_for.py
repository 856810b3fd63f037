"""A sentence opening "For" + people's names + comma states their view (audit round 14, fresh judges).

"For Durkheim, Weber, and Marx, who were reacting to ..., religion was an integral part of society" was stored as
the book's claim "religion | was_an_integral_part_of | society".  attribution._fronted_people keeps the holder as
"According to X, ..." does.  A group, a people or a common noun after "For" ("For Americans", "For young children",
"For many patients") is a scope, not a holder: left as it was.  Invented sentences only.
"""

from __future__ import annotations

import pytest

from proda.ingest.extract.claims import sentence_frames
from proda.ingest.extract.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def held(nlp, text: str) -> list[tuple[str, str, str, str]]:
    """(subject, predicate, object, holder) of every kept frame of ``text``."""
    return [(f.subject, f.predicate, f.object, h) for s in nlp(text).sents for f, h in sentence_frames(s)]


def test_fronted_for_a_person_gives_the_holder(nlp):
    got = held(nlp, "For Smith, markets reward patient investors.")
    assert got == [("markets", "reward", "patient investors", "Smith")], got



def test_fronted_for_several_people_gives_them_all(nlp):
    got = held(nlp, "For Durkheim, Weber, and Marx, who were reacting to rapid industrial change, "
                    "religion was an integral part of society.")
    assert got and all(h == "Durkheim, Weber, and Marx" for *_, h in got), got



def test_fronted_for_a_people_stays_a_scope(nlp):
    got = held(nlp, "For Americans, the car is a symbol of freedom.")
    assert got == [("car for Americans", "is", "symbol of freedom", "")], got



def test_fronted_for_a_common_noun_is_no_holder(nlp):
    assert all(h == "" for *_, h in held(nlp, "For young children, play is a form of learning."))
    assert all(h == "" for *_, h in held(nlp, "For many patients, the treatment is painless."))



def test_fronted_for_a_name_the_document_gives_views_to(nlp):
    got = held(nlp, "Hartley argued that trade builds peace. For Hartley, open markets reduced the risk of war.")
    assert ("open markets", "reduced", "risk of war", "Hartley") in got, got



def test_clause_on_the_named_person_is_not_their_view(nlp):
    got = held(nlp, "For Smith, who was born in Kirkcaldy in 1723, markets reward patient investors.")
    assert all(h == "" for s, p, o, h in got if p.startswith("was born")), got
