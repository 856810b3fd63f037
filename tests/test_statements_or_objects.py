"""An object "A or B" is a claim too (refusal census, session 13: nearly every verb whose object is an "or"
coordination gave no frame -- 773 of 783 in the development chapters -- because one side of a disjunction is no
argument and the whole was never read).

What is right, as a teacher reads it: under a modal of possibility ("Stress can raise blood pressure or heart rate")
each conjunct is possible, one claim each; otherwise ("Powers arise from custom or tradition", "must choose A or B",
"can only be A or B") the disjunction is read whole -- no conjunct alone is what the book says.  "either A or B", a
gloss (", or X"), and "A or B" as a subject stay refused.  Invented sentences, one construction each.
"""

from __future__ import annotations

from tests.statements_util import triples


def test_a_possibility_modal_gives_each_conjunct_its_claim():
    assert triples("Stress can raise blood pressure or heart rate.") == [
        ("stress", "can raise", "blood pressure"), ("stress", "can raise", "heart rate")]
    got = triples("Cultural change can happen through invention or discovery.")
    assert ("cultural change", "can happen through", "invention") in got, got
    assert ("cultural change", "can happen through", "discovery") in got, got


def test_a_plain_tense_reads_the_disjunction_whole():
    assert triples("Stress raises blood pressure or heart rate.") == [
        ("stress", "raises", "blood pressure or heart rate")]
    assert triples("Interest groups lobby legislators or bureaucrats.") == [
        ("interest groups", "lobby", "legislators or bureaucrats")]
    # never one side alone (was a refusal in tests/test_frames.py: "based on the use of force or the threat ...")
    assert triples("Property crimes are based on the taking of goods or the damage of goods.") == [
        ("property crimes", "are based on", "taking of goods or the damage of goods")]


def test_a_limit_or_a_negation_keeps_the_disjunction_whole():
    # "only" limits the choice: "can only receive letters" alone would say more than the book
    assert triples("Prisoners can only receive letters or parcels.") == [
        ("prisoners", "can only receive", "letters or parcels")]
    got = triples("Smoking does not cause deafness or blindness.")
    assert got == [("smoking", "does not cause", "deafness or blindness")], got


def test_either_or_a_gloss_and_a_subject_stay_refused():
    # kept siblings: what was refused before and is still no claim per conjunct
    assert triples("Norms can be classified as either mores or folkways.") == []
    assert triples("Newspapers contain opinions, or editorial statements.") == []
    got = triples("Stress or anxiety raises blood pressure.")
    assert not any(s in ("stress", "anxiety") for s, _, _ in got), got


def test_and_coordinations_are_split_as_before():
    # kept sibling: "and" is unchanged, one claim per conjunct
    assert triples("Farmers grow wheat and barley.") == [("farmers", "grow", "wheat"), ("farmers", "grow", "barley")]


def test_an_or_object_outside_a_plain_main_clause_stays_refused():
    # development sweep: read anew in a conditional, a relative clause or after a participle on the last conjunct,
    # the frame lost what the clause depends on (a condition, an antecedent, "individuals [experiencing stress]")
    assert triples("If taxes rise, voters can punish the governor or the mayor.") == []
    got = triples("Doctors treat patients who can develop fever or rash.")
    assert not any(p == "can develop" for _, p, _ in got), got
    got = triples("Tachycardia may be detected in pregnant women or athletes experiencing stress.")
    assert ("tachycardia", "may be detected in", "athletes") not in got, got
