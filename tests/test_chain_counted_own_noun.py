"""``chain_counted`` (review R2 of d2adda3): the counted noun must be the one the colon's list names.

Before, the first "N stages/steps" anywhere before the colon was taken as the list's noun, so a count of stages in
an opening phrase turned another clause's list into a sequence of "stages" ("After three rounds of talks ... named
three envoys: A, B, and C" -> the A, B and C steps).  Now a clause of its own between the counted noun and the colon
(a finite verb with a subject other than that noun) says the list belongs to that clause: no chain.  A verb whose
subject is the counted noun itself ("The three stages, in order, were: ...") keeps the list.  A lead-in saying the
stages run side by side or at once (``[counted] unordered``) gives no order either.  Invented sentences."""

from __future__ import annotations

import pytest

from tests.chains_util import chains_of


@pytest.mark.parametrize("text", [
    "After three stages of voting, the assembly elected three consuls: Brutus, Cassius, and Casca.",
    "In three steps, the orchestra tuned its strings: the violins, the violas, and the cellos.",
    "Over four stages of the race, the riders wore their colours: red, blue, green, and white.",
    "Three steps of the land reform ran side by side: surveying, titling, and taxing.",
    "The court heard the case in three stages all at once: pleading, evidence, and argument.",
])
def test_a_list_that_another_clause_or_no_order_governs_gives_no_chain(nlp, text):
    pytest.importorskip("spacy")
    assert not chains_of(nlp, text, "Stages"), [(c.kind, c.steps) for c in chains_of(nlp, text, "Stages")]


@pytest.mark.parametrize("text, steps", [
    ("The three stages of the canal project, in order, were: digging, lining, and flooding.",
     ["digging", "lining", "flooding"]),
    ("The four stages of a sonata movement are as follows: exposition, development, recapitulation, and coda.",
     ["exposition", "development", "recapitulation", "coda"]),
    ("A star of the sun's mass passes through three stages that last billions of years: main sequence, red giant, "
     "and white dwarf.", ["main sequence", "red giant", "white dwarf"]),
])
def test_a_list_of_the_counted_nouns_own_clause_is_still_a_sequence(nlp, text, steps):
    pytest.importorskip("spacy")
    chains = chains_of(nlp, text, "Stages")
    assert [c.steps for c in chains] == [steps], [(c.kind, c.steps) for c in chains]


@pytest.mark.parametrize("text", [
    # listed against the order: the chain would teach the order backwards
    "Listed backwards, the four stages of the trade cycle are: recession, peak, expansion, and trough.",
    "The four steps of an appeal, from last to first, are: ruling, hearing, briefing, and filing.",
    "In reverse, the three stages of the glacier's retreat were: bare rock, moraine, and ice sheet.",
])
def test_a_list_given_in_reverse_gives_no_chain(nlp, text):
    pytest.importorskip("spacy")
    assert not chains_of(nlp, text, "Stages"), [(c.kind, c.steps) for c in chains_of(nlp, text, "Stages")]


def test_an_order_adverb_opening_an_item_is_no_part_of_the_step():
    """"three steps: soaking, then rinsing, then drying": the steps are rinsing and drying; "then" left in the later
    items only made the name ("the then rinsing step") and told the first step by its form.  "first aid" (an
    adjective) is left whole."""
    import spacy  # noqa: F401  (the parse below)
    from proda.ingest.extract.nlp import load_nlp

    nlp = load_nlp()
    chains = chains_of(nlp, "Washing wool takes three steps: soaking, then rinsing, and finally drying.", "Wool")
    assert [c.steps for c in chains] == [["soaking", "rinsing", "drying"]], [(c.name, c.steps) for c in chains]
    assert chains[0].name.lower().startswith("the soaking, rinsing and drying steps")
    chains = chains_of(nlp, "The rescue had three steps: first aid, transport, and surgery.", "Rescue")
    assert [c.steps for c in chains] == [["first aid", "transport", "surgery"]], [(c.name, c.steps) for c in chains]


@pytest.mark.parametrize("text", [
    # "steps" as measures someone takes or proposes: a list of actions, no order said
    "The central bank took three steps: lowering rates, buying bonds, and easing reserve rules.",
    "Farmers can take three steps to save water: drip lines, mulch, and night watering.",
    "The council has taken four steps: a curfew, a new tax, more patrols, and a hotline.",
    "The report recommends three steps: more teachers, smaller classes, and longer terms.",
    "Three steps were taken by the new government: a land survey, a census, and a tax law.",
])
def test_steps_taken_or_proposed_as_measures_give_no_chain(nlp, text):
    pytest.importorskip("spacy")
    assert not chains_of(nlp, text, "Steps"), [(c.kind, c.steps) for c in chains_of(nlp, text, "Steps")]


@pytest.mark.parametrize("text, steps", [
    # "takes" of what a process requires stays a sequence
    ("Tanning a hide takes three steps: soaking, scraping, and smoking.", ["soaking", "scraping", "smoking"]),
    ("These reactions take three steps: binding, transfer, and release.", ["binding", "transfer", "release"]),
    # an imperative "consider" asks the reader to look at the steps; no one proposes them
    ("Consider the four steps of a lawsuit: filing, discovery, trial, and appeal.",
     ["filing", "discovery", "trial", "appeal"]),
])
def test_steps_a_process_takes_stay_a_sequence(nlp, text, steps):
    pytest.importorskip("spacy")
    assert [c.steps for c in chains_of(nlp, text, "Steps")] == [steps]


def test_a_proper_noun_keeps_its_capital_in_the_stages_name(nlp):
    """The name lowered every word: "the constitutional monarchy, radical republic and directory stages", so the
    benchmark would ask "the directory stage".  Proper nouns keep their case; an aside stays out of the name."""
    pytest.importorskip("spacy")
    text = ("The revolution unfolded in three stages: constitutional monarchy, radical republic (1792), and the "
            "Directory.")
    chains = chains_of(nlp, text, "Revolution")
    assert [c.steps for c in chains] == [["constitutional monarchy", "radical republic", "the Directory"]]
    assert chains[0].name.startswith("The constitutional monarchy, radical republic and Directory stages"), \
        chains[0].name
