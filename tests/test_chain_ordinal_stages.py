"""Stage sentences that name their place ("The first stage is ...", "In the second stage, ...", "The final stage
...": ``chain_rules.stages``), session 15.

Before: the rule ranked its ordinals by their index in ``[stage] ordinals`` as ``rules()`` returns it -- sorted
longest word first, so "second" ranked before "first" and "final" before "third".  "The first stage ... The second
stage ... The third stage ... The final stage" came out as two stages in order (first, third) and no chain; a step
list lost its second step.  Now the places are read from a string in the book's order (``[stage] places``, as
``[ordered] ordinals``), and the marked sentences of one sequence lie close together (``[stage] max_gap``).

Kept: a list of reasons or examples named by ordinals is no process (no stage noun), and stage sentences that
compare stages out of order give no chain; a stage mentioned far away from the others does not join them; a
sequence that skips a place ("first ... third ... final": the second told without its ordinal) is no chain of this
rule (the order would key the third stage as directly after the first).
"""

from __future__ import annotations

import pytest

from tests.chains_util import chains_of

GRIEF = ("Grief is often described in stages. The first stage is denial, when the person refuses to accept the loss. "
         "The second stage is anger, when the loss seems unfair. The third stage is bargaining, when the person tries to "
         "negotiate. The final stage is acceptance, when the person comes to terms with the loss.")

FIELD = ("Farmers have long worked their fields in a fixed order. In the first stage, the farmer plows the field. In the "
         "second stage, the farmer sows the seeds. In the third stage, the farmer waters the young plants. In the final "
         "stage, the farmer harvests the grain.")

REPORT = ("Writing a report takes time. The first step is to choose a topic. The second step is to gather sources. The "
          "third step is to write a draft. The last step is to revise the draft.")


@pytest.mark.parametrize("text, first, n", [(GRIEF, "The first stage is denial", 4),
                                            (FIELD, "In the first stage, the farmer plows", 4),
                                            (REPORT, "The first step is to choose", 4)])
def test_stage_sentences_in_their_order_are_one_chain(nlp, text, first, n):
    pytest.importorskip("spacy")
    chains = chains_of(nlp, text, "Stages")
    assert len(chains) == 1, [(c.kind, c.steps) for c in chains]
    steps = chains[0].steps
    assert len(steps) == n and steps[0].startswith(first), steps
    assert [s.split()[1 if s.startswith("The") else 2] for s in steps][:3] == ["first", "second", "third"], steps


def test_ordinal_reasons_are_no_process(nlp):
    """Kept sibling: ordinals on reasons or examples list parallel members, not stages."""
    text = ("The town lost half its people in twenty years. The first reason is that the mine closed. The second "
            "reason is that the railway stopped running. The third reason is that the schools lost their funding. "
            "The final reason is that young people moved to the cities.")
    assert chains_of(nlp, text, "Decline") == []


def test_stages_compared_out_of_order_are_no_chain(nlp):
    """Kept sibling: sentences comparing stages, not telling them in order, give no chain."""
    text = ("The final stage of a project is often the most expensive. The first stage costs far less. The final stage "
            "also takes the longest. The second stage is usually the shortest.")
    assert chains_of(nlp, text, "Costs") == []


def test_a_stage_far_from_the_others_does_not_join_them(nlp):
    """Kept sibling: "the next step" five sentences after two stage sentences belongs to another topic."""
    text = ("The first stage of the survey asks about income. The second stage asks about housing. The survey was "
            "sent to four thousand homes. Most of the homes were in the north. Many of them answered within a week. "
            "The answers were counted by hand. The city council read the results in May. The next step for the "
            "council was a vote on the budget.")
    assert chains_of(nlp, text, "Survey") == []


def test_a_skipped_place_gives_no_stage_chain(nlp):
    """Kept sibling: the second stage is told without its ordinal; the ordinals alone would skip it."""
    text = ("The first phase began when the workers agreed on common wages. Growth followed, as the unions won "
            "contracts in every town. In the third phase, the leaders closed the union to newcomers. In the final "
            "phase, the unions lost their members to the new factories.")
    assert not [c for c in chains_of(nlp, text, "Unions") if c.kind == "procedure"]
