"""A participle after the object that says what state the verb keeps the object in is part of the claim.

Audit finding (round 9, judged wrong, still produced in session 13): "In the absence of food, parasympathetic
stimulation keeps saliva flowing at just the right level ..." gave "parasympathetic stimulation in the absence of
food | keeps | saliva": the book says it keeps saliva flowing; "keeps saliva" says something else.  The participle
is the object's predicate (xcomp right after the object); a frame that leaves it out is refused like a cut
adjective complement ("stay [subordinate]").  Each test an invented sentence; kept siblings: a participle set off
by a comma (the subject's side act), a participle inside the object, a frame that carries the predicate.
"""

from __future__ import annotations

from tests.statements_util import triples


def test_object_predicate_participle_cut_gives_no_frame():
    got = triples("The pump keeps water flowing through the pipes.")
    assert ("pump", "keeps", "water") not in got


def test_object_predicate_participle_after_a_scope_gives_no_frame():
    got = triples("In the absence of rain, the irrigation system keeps water flowing at just the right level for "
                  "growth.")
    assert not any(p == "keeps" and o == "water" for _, p, o in got)


def test_participle_after_a_comma_is_kept():
    got = triples("The kidney filters the blood, producing urine.")
    assert ("kidney", "filters", "blood") in got


def test_adjective_object_predicate_carried_is_kept():
    got = triples("Sympathetic stimulation keeps the pupils dilated during stress.")
    assert any(p == "keeps" and o.startswith("pupils dilated") for _, p, o in got)
