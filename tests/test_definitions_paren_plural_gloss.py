""""X (the Ys ...)": a singular term glossed in parentheses by a definite plural names the particular things the term
stands for in this passage (a development chapter's "bloodstream" glossed by the particular veins the fluid
reaches, a "numerical majority" by one country's inhabitants), not what the term is; in the development chapters
every such parenthesis gloss was wrong (session 20, E1: 3 of 3).  A singular gloss
("the bell (the flared opening ...)") and a plural term's plural gloss ("legumes (the plants whose ...)") stay.
Sentences invented (none from a book)."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from definitions_util import defined  # noqa: E402


@pytest.mark.parametrize("name, sentence", [
    ("watershed", "Rainwater drains from the slopes into the watershed (the hills that surround the lake)."),
    ("root system", "Nutrients pass from the soil into the root system (the fine roots that absorb water near the "
                    "surface)."),
    ("distribution network", "Water flows from the reservoir into the distribution network (the pipes that carry it "
                             "to homes)."),
])
def test_a_singular_term_glossed_by_particular_things_is_not_defined(name, sentence):
    assert name not in defined(sentence), defined(sentence)


@pytest.mark.parametrize("name, sentence", [
    ("bell", "Sound leaves the instrument through the bell (the flared opening at the end of the horn)."),
    ("legumes", "The farmers rotate wheat with legumes (the plants whose roots fix nitrogen in the soil)."),
])
def test_a_singular_gloss_or_a_plural_term_stays(name, sentence):
    assert defined(sentence).get(name) == "appos_def", defined(sentence)


@pytest.mark.parametrize("name, sentence", [
    ("dentition", "The dentition (the teeth of an animal) reveals what it eats."),
    ("cabinet", "The cabinet (the heads of the executive departments) advises the president."),
    ("proletariat", "The proletariat (the workers who sell their labor for wages) would rise in revolution."),
    ("peripheral nervous system", "The peripheral nervous system (the nerves outside the brain and spinal cord) "
                                  "carries signals to the limbs."),
])
def test_a_collective_subject_glossed_by_its_members_stays(name, sentence):
    """Review R1 of 021f5a7: a clause's subject, no "a"/"an", glossed by its members is a collective's definition."""
    assert defined(sentence).get(name) == "appos_def", defined(sentence)


@pytest.mark.parametrize("name, sentence", [
    ("local majority", "A local majority (the farmers of the upper valley) voted against the dam."),
    ("trading bloc", "For example, a trading bloc (the merchants of the coastal towns) controlled the price of salt."),
])
def test_an_indefinite_subject_glossed_by_particular_things_is_not_defined(name, sentence):
    """"A Y (the Zs ...)": an instance, not a collective; refused as at 021f5a7 (defined before it)."""
    assert name not in defined(sentence), defined(sentence)
