"""A name is a person only when a PERSON entity holds its head word and is not a common phrase the sentence
capitalised (session 15: 'spinal cord', 'Krebs cycle', 'Boyle's law', 'Schwann cell', 'Pulmonary edema' carried the
person label, which refuses a term even from the glossary).

spaCy's small NER tags a person inside an eponym ("Boyle" of "Boyle's law") and often reads a sentence-initial
capital as a person ("Pulmonary edema fills ...").  Invented sentences; kept siblings: names of people, with a title
or an affiliation before them."""

import pytest

from proda.ingest.termhood import people
from proda.models import ConceptDraft


def _person(name: str, sentence: str) -> bool:
    return bool(people([("k", ConceptDraft(name=name, how="mention", source_quote=sentence))], {}))


@pytest.mark.parametrize("name,sentence", [
    ("Boyle’s law", "Boyle’s law relates the pressure of a gas to its volume."),
    ("Henry’s law", "Henry’s law explains why divers must rise slowly."),
    ("Schwann cell", "Each Schwann cell wraps a single axon."),
])
def test_an_eponym_is_no_person(name, sentence):
    assert not _person(name, sentence)


@pytest.mark.parametrize("name,sentence", [
    ("Pulmonary edema", "Pulmonary edema fills the air sacs with fluid."),
    ("Caste systems", "Caste systems fix a person’s rank at birth."),
])
def test_a_common_phrase_opening_its_sentence_is_no_person(name, sentence):
    assert not _person(name, sentence)


@pytest.mark.parametrize("name,sentence", [
    ("University of Leeds professor Anna Berg", "University of Leeds professor Anna Berg studies voting in small towns."),
    ("Psychologist Erik Erikson", "Psychologist Erik Erikson created a theory of personality development."),
    ("sociologist Max Weber", "The German sociologist Max Weber wrote about bureaucracy."),
])
def test_a_person_named_with_a_title_or_an_affiliation_is_a_person(name, sentence):
    assert _person(name, sentence)


def test_a_glossary_eponym_is_a_term_again():
    from proda.ingest.extract.l1_terms import l1_term

    assert l1_term("Boyle’s law", {"glossary": True, "person": False})
    assert not l1_term("Boyle’s law", {"glossary": True, "person": True})  # the label refused it before
