"""Chains, audit round 17 (chemistry 16's redox procedure kept as its first 5 of 8 items): each construction on
invented general-English text, with a sibling that must stay as it was.

- an instruction for one case opens on a fronted condition ("If necessary, double ...", "If the paint is used
  outdoors, add ..."): the parser reads the condition as the sentence's main clause (its verb the root, the
  instruction's verb a conjunct or an adjective), so the item read as no instruction and the list ended there --
  the procedure was kept cut short, without its last steps -- ``chain_lists.instruction`` now judges the words after
  the condition.
"""

from __future__ import annotations

import pytest

from tests.chains_util import chains_of

pytest.importorskip("spacy")

ITEMS = ["Write down the colors for the base and the tint.",
         "Measure each color for all parts except the white.",
         "Thin each color for texture by adding water.",
         "Stir each color for gloss by adding oil.",
         "Weigh each color for balance by adding chalk.",
         "If necessary, double one or both batches so that the amount of tint used in one is equal to the amount "
         "made in the other.",
         "Pour the two batches together and stir.",
         "If the paint is used outdoors, add sand to the mixture obtained in step 7 to harden the surface (add equal "
         "amounts to both cans)."]
LEAD = "Mixing paint by hand takes some care. This approach involves the following steps:\n\n"


def _procedures(nlp, text: str):
    return [c for c in chains_of(nlp, text, "Mixing Paint") if c.kind == "procedure"]


def test_an_instruction_behind_a_condition_is_a_step(nlp):
    """Before: 5 steps (the list ended at "If necessary, double ..."), a procedure cut short."""
    chains = _procedures(nlp, LEAD + "\n\n".join(ITEMS))
    assert len(chains) == 1 and len(chains[0].steps) == 8, [c.steps for c in chains]
    assert chains[0].steps[5].startswith("If necessary, double"), chains[0].steps
    assert chains[0].steps[7].startswith("If the paint is used outdoors"), chains[0].steps


def test_a_statement_behind_a_condition_still_ends_the_list(nlp):
    """Kept sibling: after the instructions, a remark with a condition before its own subject ("If the paint is
    old, the colors fade quickly.") is no step: the list ends before it, the five instructions stay one procedure."""
    text = LEAD + "\n\n".join(ITEMS[:5] + ["If the paint is old, the colors fade quickly.",
                                           "When the weather is damp, paint dries slowly."])
    chains = _procedures(nlp, text)
    assert len(chains) == 1 and len(chains[0].steps) == 5, [c.steps for c in chains]
