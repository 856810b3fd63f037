"""Definitions the round-6 audit judges rejected (docs/audits/independent-2026-11-29/round6/*-concepts.csv): a
sentence that only mentions its term must not be stored as the term's definition (termhood.valid_definitions)."""

from __future__ import annotations

import pytest

from proda.ingest.termhood import valid_definitions
from proda.models import ConceptDraft


def _defined(name: str, sentence: str, how: str) -> bool:
    return bool(valid_definitions([ConceptDraft(name=name, definition=sentence, how=how)])[0].definition)


@pytest.mark.parametrize("name,sentence,how", [
    # an anaphoric subject: what "such nations" are is another sentence's
    ("absolute monarchy", "Such nations are called absolute monarchies.", "called"),
    # the past of a word, not what it is
    ("divorce", "Divorce, while fairly common and accepted in modern U.S. society, was once a word that would only be "
                "whispered and was accompanied by gestures of disapproval.", "is_a"),
    # "another Y" ranks X among the things of the paragraph
    ("Gender", "Gender is yet another determinant of voter turnout, with women voting at higher rates than men.",
     "is_a"),
    # the gloss explains "suffrage", not "expansion of suffrage"
    ("expansion of suffrage", "This is due to factors such as the expansion of suffrage, or the right to vote.",
     "gloss"),
    # an instruction
    ("decimal places", "When adding or subtracting numbers, round the result to the same number of decimal places as "
                       "the number with the least number of decimal places (the least certain value in terms of "
                       "addition and subtraction).", "appos_def"),
    # a measured value
    ("freezing point of water", "On the Fahrenheit scale, the freezing point of water is defined as 32 °F and the "
                                "boiling temperature as 212 °F.", "defined_as"),
    # the inserted noun is the thing described
    ("reciprocal process", "The reciprocal process, freezing, is an exothermic process whose enthalpy change is "
                           "−6.0 kJ/mol at 0 °C:", "is_a"),
])
def test_a_sentence_that_only_mentions_its_term_is_no_definition(name, sentence, how):
    assert not _defined(name, sentence, how)


@pytest.mark.parametrize("name,sentence,how", [
    ("absolute monarchy", "A government in which a single ruler holds unlimited power is called an absolute monarchy.",
     "called"),
    ("suffrage", "This is due to factors such as suffrage, or the right to vote.", "gloss"),
    ("segments", "Segments are defined as the regions between two waves.", "defined_as"),  # anatomy ch. 19
    ("melting point", "The melting point of a solid is the temperature at which the solid and liquid phases are in "
                      "equilibrium.", "is_a"),
])
def test_the_same_shapes_still_define_when_they_say_what_the_term_is(name, sentence, how):
    assert _defined(name, sentence, how)
