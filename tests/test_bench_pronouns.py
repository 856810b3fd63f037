"""A chain step whose subject is "it" or "they", written with its antecedent (proda/evaluate/bench_pronouns.py).

Why: such a step names nothing when a question quotes it and reads as a continuation beside whole sentences, so
every question on it was refused; the rewrite is made only where grammar leaves one referent (invented sentences)."""

import pytest

from proda.evaluate.bench_events import resolve_relatives
from proda.evaluate.bench_pronouns import pronoun_step


@pytest.mark.parametrize("previous, step, written", [
    ("individual committee members specialize", "they develop expertise in one policy area.",
     "Individual committee members develop expertise in one policy area"),
    ("Many small shops are not profitable", "they close within five years",
     "Many small shops close within five years"),
    ("the new treaty was signed by both governments", "it entered into force two years later",
     "The new treaty entered into force two years later"),
    # a demonstrative names the thing only beside the sentence before: the definite article stands alone
    ("These higher prices squeeze the household budget", "they push families toward cheaper goods",
     "The higher prices push families toward cheaper goods"),
    ("A few species survive the winter", "they hibernate in burrows", "A few species hibernate in burrows"),
])
def test_pronoun_subject_written_with_its_one_antecedent(nlp, previous, step, written):
    assert pronoun_step(nlp(step), nlp(previous)) == written


@pytest.mark.parametrize("previous, step", [
    ("Volunteers staff the shelters at night", "they keep a record of each visitor"),  # two plural phrases agree
    ("When smoke enters the chamber, the flow of current is reduced", "it sets off an alarm"),  # three singular
    ("The market is volatile", "it is important to diversify savings"),  # an expletive "it"
    ("It grinds the grain", "it also stores the flour"),  # the pronoun continues one the step before never names
    ("The kidneys filter the blood", "they then return it to the heart"),  # a pronoun is left in the step
    ("Voters who moved recently register late", "they often miss the deadline"),  # the phrase holds a clause
    # the one agreeing phrase is an object: a pronoun subject continues the subject before it more often
    ("Mara had two sons from her first marriage", "they moved to the city together"),
    ("Copper and zinc are the metals used most", "they resist corrosion"),  # the things and their class agree
    ("The \u201cpilot towns\u201d attract new residents", "they grow quickly"),  # a quotation in the phrase
    # a phrase that counts its things: copied onto the next clause it asserts a new count (review R1)
    ("Not all bacteria cause disease", "they live in the gut"),
    ("Few voters trust the party", "they stay home on election day"),
    ("Only a few species survive the winter", "they hibernate in burrows"),
])
def test_pronoun_subject_without_a_certain_antecedent_stays(nlp, previous, step):
    assert pronoun_step(nlp(step), nlp(previous)) is None


def test_chain_step_with_pronoun_subject_is_resolved_in_the_chain(nlp):
    """The chain's steps as the benchmark reads them: the "they" step gets its subject; the others stay."""
    steps = [{"position": 1, "text": "individual committee members specialize", "subject": "individual committee members"},
             {"position": 2, "text": "they develop expertise in one policy area.", "subject": "they"},
             {"position": 3, "text": "This expertise helps them judge proposed solutions.", "subject": "This expertise"}]
    out = resolve_relatives(steps, nlp)
    assert out[1]["text"] == "Individual committee members develop expertise in one policy area"
    assert out[0] == steps[0] and out[2] == steps[2]
    assert steps[1]["text"].startswith("they")  # the caller's rows stay as they were
