""""X are the 'Y' in Z's terms" explains the quoted term Y by X (an everyday phrase); it does not define X (round-13
judges: "Industrial employers are the 'owners of the means of production' in Marx's terms" was stored as the
definition of "industrial employers").  A quoted genus without someone's words still defines.
"""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.definitions_util import defined  # noqa: E402


@pytest.mark.parametrize("sentence", [
    "Factory owners are the “holders of capital” in Smith's terms.",
])
def test_a_quoted_complement_in_someones_terms_defines_nothing(nlp, sentence):
    assert not defined(sentence, nlp)


def test_a_quoted_genus_of_the_books_own_still_defines(nlp):
    assert "enzymes" in defined("Enzymes are “biological catalysts” that speed up reactions in cells.", nlp)
