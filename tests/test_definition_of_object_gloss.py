"""A gloss beside "A of B" is B's when its noun is B's noun, and is not judged by number alone on a proper name
(code review of session 25, fix 5; ``definition_runons._of_object_gloss``, engineer D).

"the Bill of Rights, the first ten amendments ..." glosses the whole name, though "amendments" has the number of
"Rights" and not of "Bill": a proper name "A of B" is one name.  A common noun keeps both cues ("an inflammation of
the tonsils, the small glands ..." describes the tonsils).  Invented sentences.
"""

from __future__ import annotations

import pytest

from proda.ingest.extract.definition_clauses import Found
from proda.ingest.extract.definition_runons import reviewed
from proda.ingest.termhood import full_nlp


def _review(sentence: str, name: str, definition: str):
    sent = next(full_nlp()(sentence).sents)
    f = Found(name, definition, sentence, "appos_gloss")
    return reviewed(sent, f)


@pytest.mark.parametrize("sentence, name, definition", [
    ("The framers then added the Bill of Rights, the first ten amendments to the Constitution.", "Bill of Rights",
     "Bill of Rights, the first ten amendments to the Constitution"),
])
def test_a_gloss_of_a_proper_name_of_b_is_kept(sentence, name, definition):
    assert _review(sentence, name, definition) is not None


@pytest.mark.parametrize("sentence, name, definition", [
    # B's own noun
    ("The surgeon repaired the tendon of the calf muscle, the large muscle at the back of the leg.",
     "tendon of calf muscle", "tendon of the calf muscle, the large muscle at the back of the leg"),
    # B's number where the common noun A has the other
    ("The doctor saw an inflammation of the tonsils, the small glands at the back of the throat.",
     "inflammation of tonsils", "inflammation of the tonsils, the small glands at the back of the throat"),
    # sentence-initial common noun A, which spaCy may tag NNP (code review 2 of session 25, issue 12 fix 2)
    ("Inflammation of the tonsils, the small glands at the back of the throat, causes pain.",
     "inflammation of tonsils", "Inflammation of the tonsils, the small glands at the back of the throat"),
])
def test_a_gloss_of_b_is_refused(sentence, name, definition):
    assert _review(sentence, name, definition) is None
