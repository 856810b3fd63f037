"""Statements (audit round 17, chemistry 16: the training item "In the figure, the anode consists of _____, shown on the
left." judged unanswerable): a fronted phrase that places the claim in a part of the book ("In the figure, the pump
consists of a steel drum", "In this figure, ...", "In Table 3, ...") limits it to what that picture or table shows,
which the reader of a statement or an item does not see; it was carried as a scope ("pump in the figure") or, with a
demonstrative, dropped as "the case at hand".  The frame is refused (``scope_limits.fronted_scope``, ``args.book_parts``).
Kept siblings: a fronted place that is no part of the book ("In the pump, the drum consists of ...") is still carried,
and "the table" in its ordinary sense with a complement of its own is no pointer."""

from __future__ import annotations

import pytest

from tests.statements_util import triples

pytest.importorskip("spacy")


@pytest.mark.parametrize("text", [
    "In the figure, the pump consists of a steel drum, shown on the left.",
    "In this figure, the pump consists of a steel drum.",
    "In Table 3, the pump consists of a steel drum.",
    "In the table, the pump consists of a steel drum.",
])
def test_a_claim_placed_in_a_part_of_the_book_is_refused(text):
    assert not [t for t in triples(text) if "consist" in t[1]], triples(text)


def test_a_place_that_is_no_part_of_the_book_is_still_carried():
    assert ("drum in the pump", "consists of", "steel shell") in triples(
        "In the pump, the drum consists of a steel shell."), triples("In the pump, the drum consists of a steel shell.")


@pytest.mark.parametrize("text, kept", [
    # review R21 (finding 1): a book-part noun with a modifier of its own is that noun's ordinary sense, no pointer
    ("In the periodic table, atomic radius decreases across a period.",
     ("atomic radius in the periodic table", "decreases across", "period")),
    ("In the folding table, the hinge consists of a steel pin.",
     ("hinge in the folding table", "consists of", "steel pin")),
    ("During the exercise, the muscles consume more oxygen.",  # a time, not a place in the book
     ("muscles during the exercise", "consume", "more oxygen")),
])
def test_a_book_part_noun_with_a_modifier_of_its_own_is_no_pointer(text, kept):
    assert kept in triples(text), triples(text)


def test_a_part_of_the_book_with_a_position_word_is_still_refused():
    text = "In the upper table, the pump consists of a steel drum."
    assert not [t for t in triples(text) if "consist" in t[1]], triples(text)


@pytest.mark.parametrize("text", [
    # review R22 (finding 3, of bed46a9): an adjective that depicts or orders the picture keeps it a pointer
    "In the simplified figure, the anode consists of a silver electrode.",
    "In the labeled figure, the anode consists of a silver electrode.",
    "In the final exercise, the anode consists of a silver electrode.",
    "In the second figure, the anode consists of a silver electrode.",
    "In the schematic figure, the anode consists of a silver electrode.",
])
def test_a_part_of_the_book_with_a_depicting_or_order_word_is_still_refused(text):
    assert not [t for t in triples(text) if "consist" in t[1]], triples(text)
