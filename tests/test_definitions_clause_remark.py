"""A gloss that remarks on a clause, or a complement that only rates its subject, is no definition (round 21).

Why: the round-21 judges rejected "bone formation: bone formation, a common occurrence as the body ages" (from "...
when the rate of resorption exceeds the rate of bone formation, a common occurrence as the body ages": the
occurrence is the rate exceeding, not the noun before the comma, which sits as the object of an "of" deep in the
clause) and "The Haber process was a boon to agriculture, as it allowed ..." stored as what the Haber process is (a
boon rates it; it names no class it belongs to).  "occurrence" is now as general a head as "event" (``terms.generic_heads``)
and "boon", "blessing", "milestone" ... rate, never classify (``terms.non_genus``); a class noun still defines.
Sentences are invented.
"""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.definitions_util import defined  # noqa: E402


@pytest.mark.parametrize("sentence", [
    "Anemia develops when the rate of cell destruction exceeds the rate of red cell formation, a common occurrence as "
    "the body ages.",
    "Anemia develops when the rate of cell destruction exceeds the rate of red cell formation, a common occurrence in "
    "older patients.",
])
def test_an_occurrence_after_an_of_object_remarks_on_the_clause(nlp, sentence):
    assert "red cell formation" not in defined(sentence, nlp)


@pytest.mark.parametrize("name,sentence", [
    ("sodium", "Workers fill the lamps with sodium, a soft metal that reacts violently with water."),
    ("anemia", "Doctors look for anemia, a condition in which the blood carries too little oxygen."),
])
def test_a_gloss_by_a_class_noun_still_defines(nlp, name, sentence):
    assert name in defined(sentence, nlp)


@pytest.mark.parametrize("name,sentence", [
    ("printing press", "The printing press was a boon to literacy, as it allowed books to be made cheaply."),
    ("refrigeration", "Refrigeration was a blessing to coastal fishermen, since it let them sell their catch far "
                      "inland."),
    ("steam engine", "The steam engine was a milestone in the history of transport, as it freed travel from the "
                     "wind."),
])
def test_a_complement_that_rates_its_subject_defines_nothing(nlp, name, sentence):
    assert name not in defined(sentence, nlp)


def test_a_class_complement_still_defines(nlp):
    s = "A printing press is a machine that presses inked type onto sheets of paper."
    assert "printing press" in defined(s, nlp)
