"""A naming verb with a phrase after its name ("Slow removal of rock ... is called erosion, familiar examples
including the wearing of cliffs ...") -- the parser hangs the absolute phrase on "called" as a second complement, and
the called rule stored it as a second name ("familiar examples", audit round 17, chemistry 16).  The name is the
first complement (``definition_named.gives_no_name``); kept sibling: the first name is still defined, and a sentence
with one name is unchanged."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.definitions_util import defined  # noqa: E402

ABSOLUTE = ("Slow removal of rock by natural weathering processes is called erosion, familiar examples including the "
            "wearing of cliffs and the rounding of pebbles.")


def test_a_phrase_after_the_name_is_no_second_name(nlp):
    assert "familiar examples" not in defined(ABSOLUTE, nlp), defined(ABSOLUTE, nlp)


def test_the_first_name_is_still_defined(nlp):
    assert defined(ABSOLUTE, nlp).get("erosion") == "called", defined(ABSOLUTE, nlp)
    one = "Slow removal of rock by wind and water is called erosion."
    assert defined(one, nlp).get("erosion") == "called", defined(one, nlp)
