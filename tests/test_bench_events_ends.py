"""A continuation step the parser cannot read as it was cut is read once more at the other sentence end
(``bench_events.other_end``), and a list of three or more nouns joined by "and" is plural (``bench_pronouns._plural``).
Steps are the dev KBs' own (anatomy 25, chemistry 13, session 18): each was left unwritten, so every question quoting
it was refused as unreadable and no item could mix it with whole sentences."""

import pytest

from proda.evaluate.bench_events import other_end, render


def test_other_end_adds_or_drops_the_full_stop():
    assert other_end("causing the duct to retain Na+") == "causing the duct to retain Na+."
    assert other_end("resulting in more water lost in the urine. ") == "resulting in more water lost in the urine"


@pytest.mark.parametrize("step, event", [
    # cut before its period: "Na+" was hung outside the caused clause, so the step was refused as losing words
    ("causing the collecting duct to retain Na+", "The collecting duct retains Na+"),
    # cut with its period: "water" was parsed as the subject of "lost"; without it the list is what results, and a
    # list of three joined by "and" takes the plural
    ("resulting in greater vasodilation, greater GFR, and more water lost in the urine.",
     "Greater vasodilation, greater GFR, and more water lost in the urine result"),
    ("This causes the dissolution equilibrium to shift left", "The dissolution equilibrium shifts left"),
])
def test_a_step_is_read_again_at_the_other_sentence_end(events, step, event):
    assert events([step]) == {step: event}


@pytest.mark.parametrize("step", [
    # (two coordinated events, "increasing the GFR and enhancing ...", are now written as both: test_bench_events_pairs)
    "it relaxes",
    "which decreases its temperature.",
    "may cause the heart to work harder",
    "allowing them to relax",
    "which blocks the uptake of the drug by the liver",
    "This rarely causes bone loss.",
    "which seldom causes disease in adults",
    "which sometimes triggers the opening of channels",
    "allowing the pharynx to expand and the epiglottis of the larynx to swing downward, closing the opening to the trachea",
])
def test_shapes_refused_on_their_words_stay_refused_at_either_end(events, step):
    assert events([step]) == {}


def test_a_step_written_at_its_own_end_is_written_the_same(events, nlp):
    step = "causing Ca++ to diffuse out of the SR and into the sarcoplasm."
    assert events([step]) == {step: render(nlp(step))} == {step: "Ca++ diffuses out of the SR and into the sarcoplasm"}


@pytest.mark.parametrize("step, event", [
    ("leading to fatigue, weakness, and nausea", "Fatigue, weakness, and nausea result"),
    ("leading to fatigue, weakness, or nausea", "Fatigue, weakness, or nausea results"),
    ("leading to spontaneous fractures or deformities.", "Spontaneous fractures or deformities result"),
])
def test_a_list_joined_by_and_is_plural(nlp, step, event):
    assert render(nlp(step)) == event
