"""A word in brackets before a name ("is called (plate) engraving") is an optional part of the name, not a name of
its own: the parser hangs it on the naming verb as a second complement, and blind round 28 got the concept "plate"
(judged a fragment) beside "engraving" (right).  ``definition_named._bracketed_option``.  Siblings: the name after
the brackets stays, and a bracketed short form after a name is no option of it."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.definitions_util import defined  # noqa: E402


def test_the_bracketed_word_before_a_name_names_nothing_alone():
    got = defined("The art of music typography is called (plate) engraving, a term that derives from the manual "
                  "process of music printing.")
    assert "plate" not in got and got.get("engraving") == "called", got


def test_a_name_without_brackets_or_with_its_short_form_after_it_is_defined():
    assert defined("The study of human populations is called demography.") == {"demography": "called"}
    got = defined("The molecule that stores energy in the cell is called adenosine triphosphate (ATP).")
    assert "adenosine triphosphate" in got, got
