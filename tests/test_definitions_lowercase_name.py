"""A defining sentence that opens with a name written in lower case (a command, a program, a symbol) defines that
name: the stored-definition check (:func:`proda.ingest.termhood_definitions.valid_definitions`) took every definition
opening in lower case for a fragment the parse split off, and so dropped all the definitions of commands in a
software handbook (session 26, engineer K).  A fragment that opens with another word still goes, and so does a code
identifier (underscores).  Sentences invented, in several disciplines; none is from a book."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from definitions_util import defined  # noqa: E402


@pytest.mark.parametrize("name, sentence", [
    ("grep", "grep is a tool that prints the lines of a file that match a pattern."),
    ("pH", "pH is a measure of the acidity of a solution on a logarithmic scale."),
    ("tcpdump", "tcpdump is a program that captures the packets passing through a network interface."),
])
def test_lower_case_name_is_defined(name, sentence):
    assert name.lower() in defined(sentence)


@pytest.mark.parametrize("name, sentence", [
    ("max_retry_count", "max_retry_count is a setting that limits how often the client tries again."),
    ("glacier", "starting with the glacier, which is a mass of ice that moves slowly down a valley."),
])
def test_identifier_or_fragment_is_not(name, sentence):
    assert name.lower() not in defined(sentence)
