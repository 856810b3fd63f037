"""Round 14 fresh judges (S13-B5 item 1): a conjunct whose possessive pronoun points at the other conjunct.

"The other alkali metals and their salts also impart color to a flame" was stored as "salts | impart | color to a
flame": splitting the coordination lifts "their salts" out as a bare head, and whose salts they are is lost.  A
later conjunct with a possessive pronoun (its/their/his/her) that the first conjunct does not share points back at
the first; its own frame is refused, the first conjunct's frame is kept.
"""

from __future__ import annotations

import pytest

from tests.statements_util import triples

pytest.importorskip("spacy")


def test_a_subject_conjunct_owned_by_the_other_is_refused():
    got = triples("Lead and its salts damage the kidneys.")
    got += triples("Iron and its alloys conduct heat well.")
    assert not any(s in ("salts", "alloys") for s, _, _ in got), got


def test_the_owner_conjunct_is_kept():
    """Kept sibling: the first conjunct's own frame says what the book says of it."""
    got = triples("Lead and its salts damage the kidneys.")
    assert ("lead", "damage", "kidneys") in got, got


def test_two_plain_conjuncts_are_still_split():
    """Kept sibling: no possessive, each conjunct is the verb's subject."""
    got = triples("The liver and the kidneys filter the blood.")
    assert ("liver", "filter", "blood") in got and ("kidneys", "filter", "blood") in got, got


def test_a_pronoun_both_conjuncts_share_is_still_split():
    """Kept sibling: "its ... and its ...": the owner is the subject, for both conjuncts alike."""
    got = triples("The cell divides its nucleus and its cytoplasm.")
    assert ("cell", "divides", "nucleus") in got and ("cell", "divides", "cytoplasm") in got, got
