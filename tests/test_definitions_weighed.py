"""A genus that weighs X as a plus or minus of something else is no definition (round 22 blind audit: "Political
polarization is a disadvantage of presidential regimes that presents a cause for concern" stored as what political
polarization is).  "disadvantage", "drawback", "weakness" ... join ``terms.non_genus``; a class noun
still defines.  Sentences are invented.
"""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.definitions_util import defined  # noqa: E402


@pytest.mark.parametrize("name,sentence", [
    ("voter apathy", "Voter apathy is a disadvantage of compulsory registration that presents a cause for concern."),
    ("party discipline", "Party discipline is a weakness of coalition governments."),
    ("gridlock", "Gridlock is a drawback of divided government."),
])
def test_a_plus_or_minus_of_something_else_defines_nothing(nlp, name, sentence):
    assert name not in defined(sentence, nlp)


def test_a_class_noun_still_defines(nlp):
    assert "coalition government" in defined("A coalition government is a government formed by two or more parties "
                                             "that agree to share power.", nlp)
