"""Review R13, findings 6 and 7, on invented general-English text, each with a sibling that must keep its result.

- 6: ``l1_terms.named_body`` refused a capitalised body's name even where the text defines it ("Electoral College",
  "National Security Council" with ``defined``): a body the book defines is one of its terms; one it only names (as an
  example or a source) is not;
- 7: ``chain_lists._item`` cut an item whose first sentence alone runs past the word limit with ``_short``, so a step
  of a procedure lost its end: a procedure is whole or refused.
"""

from __future__ import annotations

import pytest

from tests.chains_util import chains_of

# --------------------------------------------------------------------------- 6: a defined body is a term


@pytest.mark.parametrize("name", ["Regional Water Council", "Harbour Safety Committee", "Town Planning Office"])
def test_a_body_the_text_defines_is_a_term(name):
    """Before: ``named_body`` refused the name before the definition was looked at."""
    from proda.ingest.extract.l1_terms import l1_term

    assert l1_term(name, {"defined": True, "docs": 1, "sections": 1}) is True


@pytest.mark.parametrize("name", ["Regional Water Council", "Harbour Safety Committee", "Town Planning Office"])
def test_a_body_the_text_only_names_is_no_term(name):
    """Kept sibling: the same names, only named (an abbreviation given, recurring), stay refused."""
    from proda.ingest.extract.l1_terms import l1_term

    assert l1_term(name, {"abbreviation": True, "docs": 3, "sections": 3}) is False


def test_a_body_in_the_glossary_is_a_term():
    """Kept sibling: the glossary decides before any name rule."""
    from proda.ingest.extract.l1_terms import l1_term

    assert l1_term("Regional Water Council", {"glossary": True}) is True


# --------------------------------------------------------------------------- 7: a long first sentence refuses the chain

pytest.importorskip("spacy")

INTRO = "For larger loaves, it is helpful to follow the step-by-step procedure outlined here:"
ITEMS = [
    "Weigh the flour and the water.",
    "Fold the dough on a floured board, folding it over itself. Shape the dough into a ball.",
    "Set the bowl under a damp cloth and leave the dough to rise until it doubles in size.",
    "Punch the risen dough down and shape it into a loaf.",
    "Bake the loaf in a hot oven until the crust turns brown.",
]
# one instruction of 51 words (50 outside its parentheses): over the 40-word step limit on its own
LONG = ("Fold the dough on a floured board for several minutes (or longer), turning it a quarter turn each time, "
        "pressing it away with the heel of the hand, pulling it back with the fingers, and dusting the board with a "
        "little more flour whenever the dough starts to stick to it.")
SHORT = "Fold the dough on a floured board (or a clean table) for several minutes, turning it each time."


def _procedure(items: list[str]) -> str:
    return "\n\n".join([INTRO, *items])


def test_an_instruction_over_the_word_limit_refuses_the_procedure(nlp):
    """Before: the long instruction was cut to its first 40 words or fewer and the procedure kept as whole."""
    items = ITEMS[:1] + [LONG] + ITEMS[2:]
    for chain in chains_of(nlp, _procedure(items), "Baking Bread"):
        assert not chain.steps[0].startswith("Weigh the flour"), chain.steps


def test_an_instruction_within_the_word_limit_keeps_the_procedure(nlp):
    """Kept sibling: the same procedure with that step within the limit (its parentheses not counted) stands whole."""
    items = ITEMS[:1] + [SHORT] + ITEMS[2:]
    chains = [c for c in chains_of(nlp, _procedure(items), "Baking Bread") if c.kind == "procedure"]
    assert len(chains) == 1 and len(chains[0].steps) == 5, [c.steps for c in chains]
    assert chains[0].steps[1] == SHORT, chains[0].steps
