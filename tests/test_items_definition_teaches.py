"""A definition item teaches the statements of its sentence (S14-I funnel): "What are baroreceptors?" answered by
"Baroreceptors are specialized stretch receptors located within ..." teaches "baroreceptors | be | specialized
stretch receptors ...", whose quote is that very sentence, yet the item named the concept only, so the statement
counted as never taught (21 is-a statements of the development KBs, all with their sentence as an item's answer).
Invented sentences; kept siblings: a statement of the concept from another sentence, a statement of another
subject in the same sentence, and a glossary entry (no sentence of the book) are not credited."""

from __future__ import annotations

from proda.ids import concept_id
from proda.train.items.generators import definition_items
from tests.items_util import kb_of

OSMOSIS = "Osmosis is the movement of water across a selectively permeable membrane."


def _defs(rows, definition, name="osmosis"):
    kb = kb_of(rows, concepts=[{"id": concept_id(name), "name": name, "definition": definition, "term": True}])
    return kb, {d.concept_ids[0]: d for d in definition_items(kb, 0)}


def test_the_definition_item_names_the_statement_its_sentence_states():
    kb, got = _defs([("osmosis", "be", "movement of water across a selectively permeable membrane", OSMOSIS)], OSMOSIS)
    assert got[concept_id("osmosis")].statement_ids == [kb.statements[0]["id"]]


def test_statements_of_other_sentences_or_other_subjects_or_a_glossary_entry_are_not_credited():
    rows = [("osmosis", "be", "movement of water across a selectively permeable membrane", OSMOSIS),
            ("osmosis", "occur_in", "plant roots", "Osmosis occurs in plant roots during the night."),
            ("water", "cross", "membrane", OSMOSIS)]
    kb, got = _defs(rows, OSMOSIS)
    assert got[concept_id("osmosis")].statement_ids == [kb.statements[0]["id"]]
    kb, got = _defs(rows[:1], "movement of water across a selectively permeable membrane")
    assert got[concept_id("osmosis")].statement_ids == []
