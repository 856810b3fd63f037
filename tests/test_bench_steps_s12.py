"""Steps still cut from their sentence, written whole where the parse shows what they continue (session 12, issue
12 item 2: on the development KBs about a quarter of the candidate questions died as "unreadable_step"), and a
caused clause the event writer used to leave half an infinitive.  Invented sentences; the kept siblings are the
shapes where the rewrite would change what the book says."""

import pytest

from proda.evaluate.bench_events import render, resolve_relatives


def _steps(*rows):
    return [{"position": p, "text": t, "subject": s} for p, (t, s) in enumerate(rows, 1)]


@pytest.mark.parametrize("previous, step, subject", [
    # a "that" clause restricts its noun: "Enzymes break down fats" would say it of every enzyme (dev KB session 12:
    # "Receptors inhibit gastric secretion"); its passive event claims no more than the book
    ("The cells produce enzymes", "that break down fats in the gut.", "enzymes"),
    ("forming a hard crust", "that protects the soil from the rain.", "a hard crust"),
    ("Surveys show", "that the soil dries out quickly", "the soil"),  # a content clause
])
def test_a_that_step_is_not_written_with_its_noun(nlp, previous, step, subject):
    assert resolve_relatives(_steps((previous, ""), (step, subject)), nlp)[1]["text"] == step


def test_a_predicate_sharing_the_subject_of_the_step_before_is_written_with_it(nlp):
    """ "the water leaves the pond | enters the river | then moves into the lake": the chain cut one sentence between
    its coordinated verbs; the subject they share is written back (the passive event writer read "enters the river"
    as "The river is entered")."""
    out = resolve_relatives(_steps(("As a result, the water leaves the pond through a narrow channel", "the water"),
                                   ("enters the river", "the water"),
                                   ("then moves into the lake, carrying silt", "the water")), nlp)
    assert [s["text"] for s in out[1:]] == ["The water enters the river",
                                            "The water then moves into the lake, carrying silt"]


@pytest.mark.parametrize("previous, step, subject", [
    ("The dam holds back the water", "increases soil moisture", "This"),  # a placeholder subject: nothing to write
    ("the water leaves the pond", "enters the river", "the river"),  # the stored subject is not the one before
    ("The farmers plant the seeds", "grows quickly", "the farmers"),  # the verbs disagree: no shared subject
    ("the water leaves the pond", "the river floods", "the river"),  # a clause of its own: left as it is
])
def test_a_predicate_without_the_same_subject_before_stays(nlp, previous, step, subject):
    assert resolve_relatives(_steps((previous, subject), (step, subject)), nlp)[1]["text"] == step


def test_a_caused_clause_with_a_second_infinitive_is_left_alone(nlp):
    """ "allowing oxygen to be picked up ... and CO2 to be released ..." was written "Oxygen is picked up ... and CO2
    to be released ...": half a sentence with its second infinitive left.  Refused; a single caused passive is still
    written (kept sibling)."""
    assert render(nlp("allowing water to be taken up by the roots and salt to be left in the soil.")) is None
    assert render(nlp("This causes more salt to be left in the soil")) == "More salt is left in the soil"
