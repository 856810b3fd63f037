""""X, a Y that they call 'Z'": an apposition whose clause gives its own noun a name describes the named thing, not
X beside it (round-13 judges: "... breast cancer, a phenomenon they call 'pinkwashing' ..." was stored as the
definition of "breast cancer").  An apposition with any other clause still glosses X.
"""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.definitions_util import defined  # noqa: E402


def test_an_apposition_that_names_itself_does_not_gloss_its_neighbour(nlp):
    s = "Many brands market pink goods tied to lung disease, a practice that activists call “smokewashing”."
    assert "lung disease" not in defined(s, nlp)


@pytest.mark.parametrize("sentence, name", [
    ("Workers fill the lamps with sodium, a soft metal that reacts violently with water.", "sodium"),
])
def test_an_apposition_with_another_clause_still_glosses(nlp, sentence, name):
    assert name in defined(sentence, nlp)
