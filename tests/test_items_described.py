"""A description is no definition item (audit round 14, chemistry training items, and round 10's "pure sulfuric
acid"): "Zinc is a silvery metal that quickly tarnishes to a blue-gray appearance" served as "Define zinc." says
how zinc looks and behaves, a property many metals share, not what makes zinc zinc.  The concept judges of the same
rounds accepted such sentences as a correct description of the concept, so the sentence stays the concept's stored
description (and a statement); only the "What is X?" / "Define X." item is not built from it.

Invented sentences; each refusal has a kept sibling: the same look adjective with a clause that classifies (origin,
function), a colour inside a compound class name ("white blood cell"), and definitions with no look adjective at all.
"""

from __future__ import annotations

from tests.items_util import answers

from proda.ids import concept_id


def _asked(name: str, definition: str) -> bool:
    return concept_id(name) in answers({"name": name, "definition": definition})


def test_a_look_adjective_and_a_tarnish_clause_is_no_definition_item():
    assert not _asked("cobalt", "Cobalt is a bluish metal that slowly tarnishes to a dull gray finish.")


def test_a_look_adjective_and_a_property_clause_is_no_definition_item():
    assert not _asked("calcium", "Calcium is a silvery-white metal that is soft and reactive at room temperature.")
    assert not _asked("lanolin", "Lanolin is a yellowish, waxy substance that is insoluble in water.")


def test_a_look_adjective_and_a_measured_constant_is_no_definition_item():
    assert not _asked("glycerol", "Glycerol is a colorless, sticky liquid that boils at 290 °C.")


def test_a_look_adjective_and_a_with_phrase_is_no_definition_item():
    assert not _asked("chlorine dioxide", "Chlorine dioxide is a yellow gas with a sharp odor.")


def test_an_appositive_description_is_no_definition_item():
    got = answers({"name": "lanolin", "definition": "lanolin, a yellowish, waxy substance that is insoluble in water"})
    assert concept_id("lanolin") not in got


def test_the_same_look_adjective_with_a_classifying_clause_keeps_its_item():
    assert _asked("bile", "Bile is a yellowish fluid that is produced by the liver and stored in the gallbladder.")
    assert _asked("melanin", "Melanin is a brown pigment that protects the skin from ultraviolet light.")
    assert _asked("surfactant", "Surfactant is a clear fluid that is present in the alveoli.")  # where it occurs
    assert _asked("hemocyanin", "Hemocyanin is a blue protein that is responsible for oxygen transport in snails.")
    got = answers({"name": "cerebrospinal fluid",
                   "definition": "cerebrospinal fluid, a clear fluid produced by the brain"})
    assert concept_id("cerebrospinal fluid") in got


def test_a_colour_inside_a_compound_class_name_keeps_its_item():
    assert _asked("eosinophil", "An eosinophil is a white blood cell that is abundant in the lining of the gut.")


def test_definitions_without_a_look_adjective_keep_their_items():
    assert _asked("osmosis", "Osmosis is the diffusion of water across a membrane.")
    assert _asked("catalyst", "A catalyst is a substance that speeds up a reaction without being consumed.")
    assert _asked("granite", "Granite is an igneous rock that forms from slowly cooled magma.")
    assert _asked("synarthrosis", "A synarthrosis is a joint that is essentially immobile.")


def test_a_glossary_entry_keeps_its_item():
    """A glossary entry is written to define its term: "element that is shiny, malleable, ..." stays."""
    assert _asked("metalloid", "element that is dull gray, brittle, and a poor conductor of electricity")


def test_the_description_is_still_found_as_the_concepts_definition():
    """Option (b): the extractor still stores the sentence (the concept judges accept it as a correct description)."""
    from proda.ingest.extract.definitions import definitions
    from proda.ingest.extract.nlp import load_nlp

    doc = load_nlp("en_core_web_sm")("Cobalt is a bluish metal that slowly tarnishes to a dull gray finish.")
    assert [f.name.lower() for f in definitions(next(doc.sents))] == ["cobalt"]
