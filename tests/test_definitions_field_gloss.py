""""X, or the study of Y" / "X, the study of Y": the gloss names the field X by what it studies.

Why (issue 11, prose-only glossary recall): "study" is a generic head ("a study of 300 voters" is one piece of
research), so the gloss rules refused "we turn to demography, or the study of populations" although the copula rule
takes "Demography is the study of populations".  With the definite article and a noun object of "of" the gloss
names the field (``definition_gates.names_field``); an indefinite "a study of" or "the study of which" does not.
Sentences are invented.
"""

from __future__ import annotations

import pytest

from tests.definitions_util import defined


@pytest.mark.parametrize("name,sentence", [
    ("limnology", "Students in the program take courses in limnology, or the study of lakes."),
    ("paleontology", "The museum's new wing is devoted to paleontology, the study of fossils."),
])
def test_the_study_of_glosses_a_field(name, sentence):
    assert name in defined(sentence)


@pytest.mark.parametrize("name,sentence", [
    # one piece of research, not a field
    ("report", "The agency released a report, a study of voting in rural towns."),
    # "of which": no object that the field studies
    ("survey", "The committee reviewed the survey, the study of which took three years."),
    # a noun with its own article is one inquiry, not a field (review R2 of c016c8a)
    ("investigation", "He was hired to lead the investigation, the study of the causes of the crash."),
])
def test_a_study_that_is_one_piece_of_research_defines_nothing(name, sentence):
    assert name not in defined(sentence)
