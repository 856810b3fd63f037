"""Chains, round 15 (recall against a hand-made gold list of processes, docs/audits/dev-2026-11-30/chain-gold.csv):
each construction the extractor missed, on invented general-English text, with a sibling that must stay as it was.

- a numbered list whose number the parser cuts off as a sentence of its own ("2." / "Mix them ..."): the item is
  the instruction after its number, not a verbless block that ends the list -- ``chain_lists.lists``;
- a numbered item that opens a sub-list ("4. For a sweet loaf, carry out these additional steps:"): one step of the
  numbered list, which goes on at "5."; the unnumbered sub-items are a procedure of their own and end at "5." (before,
  the numbered list ended there and the sub-list ran on into "5.") -- ``chain_lists.lists``;
- an instruction whose verb the parse read as a noun or a name ("Knead the dough again.", "Balance ... atoms by
  adding ..."): in a list of instructions, one more instruction -- ``chain_lists._verb_read_as_noun``;
- a comparison that a causal verb brings about ("This creates a lower pressure inside X than outside it"): the event
  of a step, not a comparison of two things that ends the cascade -- ``chain_text.not_event``;
- a copula with a comparative after a causal connective ("In turn, the oxygen levels of the pond are lower."): the
  change the step before brought about -- ``chain_cascades._level_after_link``;
- a result clause after ", so" ("X raises Y, so the water spills over"): the next step of the cascade -- its own
  subject and verb required, "so that" (a purpose) and "so far" open none -- ``chain_cascades._result_clauses``.
"""

from __future__ import annotations

import pytest

from tests.chains_util import chains_of

pytest.importorskip("spacy")

NUMBERED = ("Bread is easy to make at home, which involves the following steps:\n\n"
            "1. Weigh the flour and the water.\n\n2. Mix them in a large bowl.\n\n"
            "3. Knead the dough until it is smooth.\n\n4. Bake the loaf in a hot oven.")


def _procedures(nlp, text: str):
    return [c for c in chains_of(nlp, text, "Baking Bread") if c.kind == "procedure"]


def test_a_numbered_list_is_one_procedure_of_every_item(nlp):
    """Before: "2." parsed as a sentence with no verb ended the list after one item: no chain."""
    chains = _procedures(nlp, NUMBERED)
    assert len(chains) == 1 and len(chains[0].steps) == 4, [c.steps for c in chains]
    assert chains[0].steps[1].startswith("Mix them"), chains[0].steps  # the number is no part of the step
    assert chains[0].steps[0].startswith("Weigh the flour"), chains[0].steps


def test_an_unnumbered_list_is_kept_as_before(nlp):
    """Kept sibling: the same items without numbers were one procedure already."""
    import re
    chains = _procedures(nlp, re.sub(r"\d\. ", "", NUMBERED))
    assert len(chains) == 1 and len(chains[0].steps) == 4, [c.steps for c in chains]


def test_a_numbered_list_of_reasons_stays_no_procedure(nlp):
    """Refused sibling: numbers do not make a process of parallel members ("three reasons:")."""
    text = ("People bake bread at home for three reasons:\n\n1. It tastes better than bought bread.\n\n"
            "2. It costs less than bought bread.\n\n3. Baking is a calm hobby.")
    assert not _procedures(nlp, text)


PUMP = ("During the intake stroke, the piston of the pump moves downward, causing the cylinder to expand. This creates "
        "a lower pressure inside the cylinder than that of the air outside, causing water to be drawn into the cylinder.")


def test_a_comparison_brought_about_is_a_step(nlp):
    """Before: "This creates a lower pressure ... than ..." read as a comparison ended the cascade at two steps."""
    chains = [c for c in chains_of(nlp, PUMP, "Pumps") if c.kind == "cascade"]
    assert len(chains) == 1 and len(chains[0].steps) == 4, [c.steps for c in chains]
    assert chains[0].steps[2].startswith("This creates a lower pressure"), chains[0].steps


def test_a_stated_comparison_still_ends_the_cascade(nlp):
    """Refused sibling: a clause that compares two things ("X is lower than Y", "X needs more time than Y") is no step."""
    text = ("During the intake stroke, the piston of the pump moves downward, causing the cylinder to expand. The "
            "pressure inside the cylinder is lower than that of the air outside, causing water to be drawn in.")
    for c in chains_of(nlp, text, "Pumps"):
        assert not any(s.startswith("The pressure inside the cylinder is lower") for s in c.steps), c.steps
    text = ("During the intake stroke, the piston of the pump moves downward, causing the cylinder to expand. The "
            "small pump needs more time than the large pump, causing water to be drawn in slowly.")
    for c in chains_of(nlp, text, "Pumps"):
        assert not any(s.startswith("The small pump needs more time") for s in c.steps), c.steps


POND = ("Warm weather raises the temperature of the pond water. In turn, the oxygen levels of the pond are lower. As a "
        "result, the fish are forced to swim near the surface, which exposes them to birds.")


def test_a_comparative_state_after_a_causal_connective_is_a_step(nlp):
    """Before: "In turn, the oxygen levels of the pond are lower." (a copula) ended the cascade after one step."""
    chains = [c for c in chains_of(nlp, POND, "Ponds") if c.kind == "cascade"]
    assert len(chains) == 1 and len(chains[0].steps) >= 3, [c.steps for c in chains]
    assert chains[0].steps[1].startswith("the oxygen levels of the pond are lower"), chains[0].steps


def test_a_plain_state_after_a_connective_is_still_no_step(nlp):
    """Refused sibling: a copula naming a quality ("is green"), not a change of level, is still no event."""
    text = POND.replace("the oxygen levels of the pond are lower", "the pond is green")
    for c in chains_of(nlp, text, "Ponds"):
        assert not any("pond is green" in s for s in c.steps), c.steps


NESTED = ("Bread is easy to make at home, which involves the following steps:\n\n1. Weigh the flour and the water.\n\n"
          "2. Mix them in a large bowl.\n\n3. Knead the dough until it is smooth.\n\n"
          "4. For a sweet loaf, carry out these additional steps:\n\nAdd sugar to the dough.\n\n"
          "Fold raisins into the dough.\n\nKnead the dough again.\n\n5. Finally, bake the loaf in a hot oven.")


def test_a_numbered_list_goes_on_past_its_sub_list(nlp):
    """Before: the numbered list ended at item 4, and the sub-list ran on into item 5 ("Finally, bake ...")."""
    chains = _procedures(nlp, NESTED)
    outer = next(c for c in chains if c.steps[0].startswith("Weigh"))
    assert len(outer.steps) == 5 and outer.steps[-1].startswith("Finally, bake"), outer.steps
    inner = [c for c in chains if c.steps[0].startswith("Add sugar")]
    assert len(inner) == 1 and inner[0].steps[-1] == "Knead the dough again.", [c.steps for c in chains]


def test_an_item_that_states_no_instruction_still_ends_the_list(nlp):
    """Refused sibling: after imperative items, a sentence with its own finite verb ("Baking takes an hour.") or a
    noun first ("Formation of a crust ...") is no instruction: the list ends before it (as before)."""
    text = ("Bread is easy to make at home, which involves the following steps:\n\nWeigh the flour and the water.\n\n"
            "Mix them in a large bowl.\n\nBaking takes about an hour in a hot oven.\n\nFormation of a crust "
            "follows.\n\nServe the bread warm.")
    for c in _procedures(nlp, text):
        assert not any(s.startswith(("Baking takes", "Formation")) for s in c.steps), c.steps


RIVER = ("Heavy rain raises the level of the river, so the water spills over its banks. As a result, the fields near "
         "the river are flooded.")


def test_a_result_clause_after_so_is_a_step(nlp):
    """Before: ", so the water spills over" stayed inside its sentence's one step: two steps, no chain."""
    chains = [c for c in chains_of(nlp, RIVER, "Floods") if c.kind == "cascade"]
    assert len(chains) == 1 and len(chains[0].steps) == 3, [c.steps for c in chains]
    # since audit round 12 the step's text is its clause, without the connective "so": chain_readable
    assert chains[0].steps[1].startswith("the water spills"), chains[0].steps


@pytest.mark.parametrize("text", [
    RIVER.replace(", so the water spills over its banks", ", so that the water spills over its banks"),
    RIVER.replace(", so the water spills over its banks", ", so far as the records show"),
])
def test_a_purpose_or_degree_after_so_is_no_step(nlp, text):
    """Refused siblings: "so that" states a purpose and "so far as" a degree, neither a result: no split there."""
    for c in chains_of(nlp, text, "Floods"):
        assert not any(s.startswith("so ") for s in c.steps), c.steps
