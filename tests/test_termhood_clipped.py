"""A stored definition whose sentence describes a longer phrase than the concept's name loses it
(proda/ingest/termhood_clipped.py; session 25, engineer C: "cells: Th1 cells are a type of helper T cell ...",
"treatment: Treatment for the disease consists of drugs ...", "ethnocentrism: Ethnocentrism in the news refers to ...").
Kept: the name itself with its modifiers, "the term X", an "of" argument, a phrase on a word inside the name, a
naming verb's complement, a plain definition.  Invented sentences from several disciplines."""

import pytest

from proda.ingest.concept_drafts import _checked_definitions
from proda.ingest.termhood_clipped import unclipped
from proda.models import ConceptDraft


def _kept(name: str, sentence: str, how: str, definition: str | None = None) -> bool:
    d = ConceptDraft(name=name, definition=definition or sentence, source_quote=sentence, how=how)
    out = unclipped([d])[0]
    assert out.definition in ("", d.definition)
    return bool(out.definition)


@pytest.mark.parametrize("name, sentence, how", [
    # a modifier the name left out: the sentence defines one kind of the name
    ("cells", "Th2 cells are a type of helper T cell that promote antibody responses.", "is_a"),
    ("receptors", "Nicotinic receptors are channels that open when acetylcholine binds.", "is_a"),
    # a restricting phrase after the head: one case of the name
    ("funding", "Funding for the program consists of grants from three agencies.", "made_of"),
    ("inflation", "Inflation in the housing sector refers to the rise of home prices over several years.",
     "refers_to"),
    ("drop", "A drop in one region, such as the coast, means a shortage across the whole basin.", "means"),
])
def test_a_definition_of_a_longer_phrase_than_the_name_is_removed(name, sentence, how):
    assert not _kept(name, sentence, how)


@pytest.mark.parametrize("name, sentence, how", [
    ("Th2 cells", "Th2 cells are a type of helper T cell that promote antibody responses.", "is_a"),
    ("nicotinic receptors", "Nicotinic receptors are channels that open when acetylcholine binds.", "is_a"),
    ("culture", "The term culture refers to the shared practices and beliefs of a group.", "refers_to"),
    ("mole fraction", "The mole fraction of a component is the ratio of its amount to the total amount.", "is_a"),
    ("formal charge of atom",
     "The formal charge of an atom in a molecule is the charge it would carry if bonding electrons were shared "
     "equally.", "is_a"),
    ("photosynthesis", "Photosynthesis is the process by which plants make sugar from light.", "is_a"),
    ("tract", "A bundle of axons is referred to as a tract in the spinal cord.", "known_as"),
    # a phrase past the name's own alias: the name was given whole first
    ("turnover interval", "The turnover interval (or swap window) for a storage tank is defined as the time over "
     "which its whole volume is replaced.", "defined_as"),
])
def test_a_definition_of_the_name_itself_stays(name, sentence, how):
    assert _kept(name, sentence, how)


def test_a_gloss_on_a_clipped_name_is_removed_and_a_plain_gloss_stays():
    s = "Each sample held 40.5 kPa, the pressure of the gas above the liquid."
    assert not _kept("kPa", s, "appos_def", "40.5 kPa, the pressure of the gas above the liquid")
    s = "The wall is built of mortar, a mixture of sand, lime and water."
    assert _kept("mortar", s, "appos_def", "mortar, a mixture of sand, lime and water")
    s = "Signals reach the satiety center (a group of neurons that ends hunger) in the hypothalamus."
    assert _kept("satiety center", s, "appos_def", "satiety center (a group of neurons that ends hunger)")


def test_ingest_keeps_the_concept_as_a_mention_without_the_definition():
    s = "Inflation in the housing sector refers to the rise of home prices over several years."
    placed = [("k1", ConceptDraft(name="inflation", definition=s, source_quote=s, how="refers_to")),
              ("k1", ConceptDraft(name="photosynthesis", how="is_a", source_quote="Photosynthesis is a process.",
                                  definition="Photosynthesis is the process by which plants make sugar from light."))]
    out = _checked_definitions(placed)
    assert [(c, d.name, d.how, bool(d.definition)) for c, d in out] == \
        [("k1", "inflation", "mention", False), ("k1", "photosynthesis", "is_a", True)]


@pytest.mark.parametrize("name, sentence", [
    # the defining "as" the parser may hang on the name: the definition itself, no longer phrase (review s25, fix 4)
    ("species", "Biologists define a species as a group of organisms that can interbreed."),
])
def test_a_defining_as_on_the_name_keeps_the_definition(name, sentence):
    assert _kept(name, sentence, "defined_as")
    # sibling: a restricting phrase before the defining "as" still removes it
    assert not _kept("treatment", "Doctors define treatment for the disease as a course of drugs that kill the "
                                  "parasite.", "defined_as")
