"""Counted stages listed in one sentence ("... had four stages: A, B, C, and D."), ``chain_counted``: invented
sentences.  Before, a list of stages the chunk did not go on to describe one by one gave no chain."""

from __future__ import annotations

import pytest

from tests.chains_util import chains_of


@pytest.mark.parametrize("text, steps", [
    ("The bridge project went through four stages: planning, design, construction, and inspection. It took a decade.",
     ["planning", "design", "construction", "inspection"]),
    ("Making bread at home takes three basic steps: mixing the dough, rising (in a warm place), and baking.",
     ["mixing the dough", "rising", "baking"]),
    ("Historians divide the reform into 3 stages: local protest, national campaign and legal change.",
     ["local protest", "national campaign", "legal change"]),
])
def test_a_counted_list_of_stages_is_a_sequence_in_the_books_order(nlp, text, steps):
    pytest.importorskip("spacy")
    chains = chains_of(nlp, text, "Stages")
    assert [c.steps for c in chains] == [steps], [(c.kind, c.steps) for c in chains]
    assert chains[0].kind == "sequence" and chains[0].name.lower().startswith("the " + steps[0].split()[0])


@pytest.mark.parametrize("text", [
    # the count does not match the list: which items are the stages is not known
    "The bridge project went through three stages: planning, design, construction, and inspection.",
    # phases may be states, levels ranks: no order
    "Water can exist in three phases: solid, liquid, and gas.",
    "Income divides the town into three levels: upper, middle, and lower.",
    # no number said
    "The bridge project went through several stages: planning, design, construction, and inspection.",
    # a clause inside the list
    "Making bread takes three steps: mixing, rising, and baking, which browns the crust.",
    # alternatives
    "The dispute can end in three steps: talks, a vote, or a court ruling.",
    # not a list of stages
    "The town has three parks: the river park, the hill park, and the old garden.",
    # the lead-in denies or blurs the order
    "The three steps need not come in order: sanding, priming, and painting.",
    "The team worked on three stages at the same time: design, testing, and marketing.",
])
def test_lists_that_are_not_counted_stages_give_no_chain(nlp, text):
    pytest.importorskip("spacy")
    assert not chains_of(nlp, text, "Stages"), text


def test_stages_described_one_by_one_stay_one_chain(nlp):
    """The announced list with a describing sentence per stage is read by ``chain_stages.announced``; the counted
    list adds no second chain of the same stages."""
    pytest.importorskip("spacy")
    text = ("The guild system had three stages: formation, expansion, and decline. In formation, craftsmen of one "
            "trade agreed on common prices. Expansion followed, as the guilds won charters from the towns. Finally, "
            "in decline, the guilds lost their privileges to free trade.")
    chains = chains_of(nlp, text, "Guilds")
    assert len(chains) == 1, [(c.kind, c.steps) for c in chains]
    assert "formation" in chains[0].steps[0].lower()


def test_two_processes_sharing_their_stage_names_are_both_kept():
    """A counted list's steps are bare names ("planning"), which lie inside any later sentence naming them: a later
    process of the same document whose stages bear the same names is no repeat (``repeated_chains``).  A step cut
    differently from the same sentence still is."""
    from proda.ingest.extract.chains import repeated_chains

    first = ["planning", "building", "testing"]
    later = ["During planning, the crew of the second bridge drew the deck on paper",
             "Building followed, as the crew raised the towers over the river",
             "In testing, the crew drove loaded trucks across the finished deck"]
    assert repeated_chains([("d", [first]), ("d", [later])]) == set()
    cut = ["the crew raised the towers over the river", "the crew drove loaded trucks across the finished deck",
           "an inspector signed the report"]
    assert repeated_chains([("d", [later]), ("d", [cut])]) == {(1, 0)}


def test_items_that_end_on_the_same_stage_noun_name_the_stages_by_the_words_before_it(nlp):
    chains = chains_of(nlp, "The trial has three stages: the opening phase, the evidence phase, and the closing phase.")
    assert len(chains) == 1 and chains[0].steps == ["the opening phase", "the evidence phase", "the closing phase"]
    assert chains[0].name.lower().startswith("the opening, evidence and closing phases")
