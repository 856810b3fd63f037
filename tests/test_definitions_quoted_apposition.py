"""An apposition that puts a quoted phrase in someone's words ("Colonial merchants, the “holders of the means of
exchange” in Smith's terms, became ...") explains the quoted term by the noun before it (an everyday phrase); it
does not define that noun (audit round 17, sociology: "industrial employers" stored with the gloss "the 'owners of
the means of production' in Marx's terms", and the training item "Define industrial employers.").  Round 13 refused
the copula form ("X are the 'Y' in Z's terms", ``definition_gates.someones_term`` in the is_a rule); the apposition
(``appos_def``) and the gloss rule (``appos_gloss``) now ask the same.  Kept siblings: an unquoted apposition with its
own restriction still defines ("Tariffs, the taxes that a state levies on imported goods, raise ...")."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.definitions_util import defined  # noqa: E402


@pytest.mark.parametrize("sentence", [
    "Colonial merchants, the \"holders of the means of exchange\" in Smith's terms, became more hostile toward the "
    "sailors.",
    "Tariffs, the “taxes on imported goods” in Smith's words, raise the price of bread.",
])
def test_a_quoted_apposition_in_someones_terms_defines_nothing(nlp, sentence):
    assert not defined(sentence, nlp), defined(sentence, nlp)


@pytest.mark.parametrize("sentence, name", [
    ("Tariffs, the taxes that a state levies on imported goods, raise the price of bread.", "tariffs"),
    ("Colonial merchants, the holders of the means of exchange, became more hostile toward the sailors.",
     "colonial merchants"),
])
def test_an_unquoted_apposition_still_defines(nlp, sentence, name):
    assert name in defined(sentence, nlp), defined(sentence, nlp)
