"""Chains, second pass of audit round 10 (chains 16/18, rejects and borderline accepts): each defect class on invented
general-English text, with a sibling of the same construction that must keep its chain.

- a procedure cut short (chemistry 04 kept 3 of the book's 5 list items: an item whose imperative verb the parse tags
  as a name ("Place all ...") ended the list, and an item over the word limit lost its last instruction): a procedure is
  whole or not at all -- ``chain_rules.lists``;
- a series of bare verb phrases sharing one subject, later ones acting on a pronoun ("People buy products, use them,
  and then throw them away"): one habitual sentence, not a process -- ``chain_series``;
- a step cut inside a relative clause ("producing one haploid ovum that, at the instant of fertilization ..." /
  "becomes the first diploid cell ..."): the clause stays whole in one step -- ``chain_cascades._inner_splits``;
- a stage step cut to a lower-case noun phrase ("the play stage, during which ..." from "This is followed by the play
  stage, during which ..."): the step is the book's sentence -- ``chain_stages._step``.
"""

from __future__ import annotations

import pytest

from tests.chains_util import chains_of

pytest.importorskip("spacy")

INTRO = "For larger loaves, it is helpful to follow the step-by-step procedure outlined here:"
ITEMS = [
    "Weigh the flour and the water. For a softer crumb, add one spoon of oil for each cup of flour.",
    "Knead the dough on a floured board, folding it over itself. Shape the dough into a ball.",
    "Cover the bowl with a damp cloth and leave the dough to rise until it doubles in size.",
    "Punch the risen dough down and shape it into a loaf.",
    "Bake the loaf in a hot oven until the crust turns brown.",
]
AFTER = "Let us bake two loaves as examples of this procedure:"
# the same items with verbs the parse tags as verbs ("Knead", "Cover" come out as names): the list reaches the refused item
TAGGED = [i.replace("Knead", "Fold").replace("Cover the bowl with", "Set the bowl under") for i in ITEMS]


def _procedure(items: list[str]) -> str:
    return "\n\n".join([INTRO, *items, AFTER])


def test_a_whole_procedure_keeps_every_item(nlp):
    """Positive sibling: five imperative items after an announcing lead-in are one procedure of five steps."""
    chains = [c for c in chains_of(nlp, _procedure(ITEMS), "Baking Bread") if c.kind == "procedure"]
    assert len(chains) == 1 and len(chains[0].steps) == 5, [c.steps for c in chains]


def test_a_procedure_whose_middle_item_is_refused_is_refused_whole(nlp):
    """Before: an item the rule refuses (here one over the item limits) ended the list, and the items before it were
    kept as the whole procedure (chemistry 04: 3 of 5 steps, "remaining electrons" with nothing before it)."""
    long_item = " ".join(["Fold the dough on a floured board for several minutes, folding it over itself again."] * 6)
    items = TAGGED[:3] + [long_item] + TAGGED[3:]
    for chain in chains_of(nlp, _procedure(items), "Baking Bread"):
        assert not chain.steps[0].startswith("Weigh the flour"), chain.steps


def test_an_instruction_is_not_dropped_from_a_long_item(nlp):
    """Before: an item longer than a step may be lost its last sentences, instructions included ("Connect each atom
    to the central atom with a single bond" dropped from chemistry 04's step 2): the chain is whole or refused."""
    item = ("Fold the dough on a floured board for several minutes, folding it over itself again and again. "
            "(Usually, the dough should feel smooth and elastic when it is ready for the next step.) "
            "Shape the dough into a round ball with both hands.")
    items = TAGGED[:1] + [item] + TAGGED[2:]
    for chain in chains_of(nlp, _procedure(items), "Baking Bread"):
        if chain.steps[0].startswith("Weigh the flour"):
            assert "Shape the dough into a round ball" in chain.steps[1], chain.steps


def test_a_procedure_ends_at_a_sentence_that_is_no_instruction(nlp):
    """Positive sibling: after the imperative items, a block that states something ends the list; the chain stands."""
    text = "\n\n".join([INTRO, *ITEMS[:4], "The following examples show how the loaves turn out."])
    chains = [c for c in chains_of(nlp, text, "Baking Bread") if c.kind == "procedure"]
    assert len(chains) == 1 and len(chains[0].steps) == 4, [c.steps for c in chains]


def test_a_habitual_series_acting_on_a_pronoun_is_no_process(nlp):
    """Before: "Families in the town buy furniture" / "use it" / "then throw it away" were three steps (sociology 20:
    "People in the United States buy products, use them, and then throw them away")."""
    text = ("Families in the town buy new furniture, use it, and then throw it away. Did you sell your old table? "
            "Chances are that you did not.")
    assert not [c for c in chains_of(nlp, text, "Waste") if c.kind == "sequence"]


def test_a_series_of_steps_naming_their_own_objects_stays(nlp):
    """Positive sibling: each verb acts on something of its own, in the order "and then" marks."""
    text = "The precipitate is isolated from the reaction mixture by filtration, carefully dried, and then weighed."
    chains = [c for c in chains_of(nlp, text, "Gravimetric Analysis") if c.kind == "sequence"]
    assert len(chains) == 1 and len(chains[0].steps) == 3


POND = ("The reserve pump starts only if the main pump fails. The reserve pump then runs, producing one small jet "
        "that, at the moment the outlet valve opens, becomes a strong stream of water.")


def test_a_step_does_not_end_inside_a_relative_clause(nlp):
    """Before: "producing one small jet that, at the moment the outlet valve opens" and "becomes a strong stream ..."
    were two steps (anatomy 27: "producing one haploid ovum that, at the instant of fertilization by a (haploid) sperm" /
    "becomes the first diploid cell ...")."""
    for chain in chains_of(nlp, POND, "Pumps"):
        for step in chain.steps:
            assert not step.startswith("becomes"), chain.steps
            assert not step.rstrip(" ,").endswith("opens"), chain.steps


def test_a_relative_clause_right_after_its_comma_still_opens_a_step(nlp):
    """Positive sibling: ", which releases ..." (the pronoun right after the comma) opens the next step as before."""
    text = POND.replace("producing one small jet that, at the moment the outlet valve opens, becomes a strong stream of "
                        "water", "filling one small tank, which releases a strong jet of water at the moment the outlet "
                        "valve opens")
    chains = chains_of(nlp, text, "Pumps")
    assert len(chains) == 1 and chains[0].steps[-1].startswith("which releases a strong jet")


STAGES = ("Writers of long novels often pass through three phases. During the sketching phase, writers only collect "
          "ideas: they have no plot yet. They copy scenes from their notebooks. This is followed by the drafting "
          "phase, during which writers begin to put the scenes in an order.\n\nDuring the polishing phase, writers "
          "learn to cut what the story does not need.")


def test_a_stage_step_is_the_books_sentence_not_a_noun_phrase(nlp):
    """Before: step 2 was "the drafting phase, during which writers ..." (sociology 05: "the play stage, during
    which ...", a lower-case noun phrase cut from its sentence)."""
    seq = [c for c in chains_of(nlp, STAGES, "Writing") if c.kind == "sequence"]
    assert len(seq) == 1 and len(seq[0].steps) == 3
    assert seq[0].steps[1].startswith("This is followed by the drafting phase, during which writers begin")
    assert all(s in STAGES and s[:1].isupper() for s in seq[0].steps)
