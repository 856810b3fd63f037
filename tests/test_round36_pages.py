"""Round 36's concept defects (a speech-synthesis manual written by makeinfo, blind), as general cases on invented
text: a section number is no part of a heading's term, and a heading that labels a passage ("Practical
considerations") names no term; a gloss that points back ("(the same expression as before)") defines nothing; a
definition-list entry opened by "This"/"It" and a verb of doing says what a value does, not what the term is."""

from __future__ import annotations

import pytest

from definitions_util import defined
from proda.ingest.extract.definition_entries import entry_defines
from proda.ingest.extract.nlp import load_nlp
from proda.ingest.extract.terms import heading_term, heading_text


@pytest.mark.parametrize("heading, text", [
    ("15.3.2 Building disambiguators", "Building disambiguators"),
    ("1.12.4.1. Target format", "Target format"),
    ("A.2 Phone sets", "Phone sets"),
    ("2 Duration", "Duration"),
    ("1968 Protests", "1968 Protests"),  # a year is no section number
    ("3D printing", "3D printing"),
    ("2.5", "2.5"),  # nothing after it: left as it is
])
def test_a_section_number_is_read_off_the_heading(heading, text):
    assert heading_text(heading) == text


@pytest.mark.parametrize("heading, name", [
    ("21.6 Diphone selection", "diphone selection"),
    ("4.2 Spectral clustering", "spectral clustering"),
])
def test_a_numbered_heading_names_its_term(heading, name):
    assert heading_term(load_nlp()(heading_text(heading))) == name


@pytest.mark.parametrize("heading", ["Practical considerations", "Implementation details", "Mathematical formulation",
                                     "CPU requirements", "Binary case", "Usage", "Caveats", "Limitations"])
def test_a_heading_that_labels_a_passage_names_no_term(heading):
    assert heading_term(load_nlp()(heading)) == ""


def test_a_gloss_that_points_back_defines_nothing():
    assert defined("The scanner then checks that the token is a currency amount (the same pattern as before) and "
                   "returns it.") == {}
    assert "buffer" in defined("A buffer, a solution that resists changes in pH, contains a weak acid and its "
                               "conjugate base.")


@pytest.mark.parametrize("text", ["This returns an entry with an empty value field.",
                                  "It sets the number of retries before the connection is closed."])
def test_an_entry_on_what_a_value_does_defines_nothing(text):
    assert not entry_defines(text, load_nlp())


@pytest.mark.parametrize("text", ["It is the smallest unit of sound that distinguishes meaning.",
                                  "layer of the skin; it contains blood vessels and nerves"])
def test_an_entry_that_says_what_the_term_is_still_defines(text):
    assert entry_defines(text, load_nlp())


def test_a_compound_term_named_in_the_plural_in_ies_is_counted():
    from proda.ingest.extract.gates import ChunkTerms
    text = ("Lexical entries have a head word. Lexical entries also carry a part of speech. Countries differ. "
            "Countries trade. The country grows.")
    terms = ChunkTerms(text, ["Overview"], lambda key: False)
    assert terms.occurrences("lexical entries") == 2 and terms.known("lexical entries")
    assert terms.occurrences("countries") == 1  # a single everyday word keeps its old count (see gates._plural)
