""""N of <Name> is the G—that is, Z" (or ", that is, Z"): the "that is" gloss explains the genus G right before it, so
the sentence defines G's term, not the subject, when the subject is one named instance (round-19 judges: an office
of one named country stored as defined by "the head of state—that is, the leader who ...").  A subject that names a
class keeps its definition.  Invented sentences of other disciplines."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.definitions_util import defined  # noqa: E402


@pytest.mark.parametrize("sentence, name", [
    ("The governor of Oregon is the head of the executive branch—that is, the official who enforces the laws.",
     "governor of oregon"),
    ("The president of Chile is the head of government—that is, the person who directs the ministries.",
     "president of chile"),
    ("The mayor of Lyon is the head of the council, that is, the official who chairs its meetings.", "mayor of lyon"),
])
def test_a_named_instance_is_not_defined_by_its_genus_gloss(nlp, sentence, name):
    assert name not in defined(sentence, nlp)


@pytest.mark.parametrize("sentence, name", [
    ("Inflation is a rise in the general price level—that is, a fall in the purchasing value of money.", "inflation"),
    ("A cantilever is a beam that is supported at only one end.", "cantilever"),
    ("A wetland is an area of land that is saturated with water.", "wetland"),
    ("Aquifers are the underground layers of rock—that is, the layers that hold groundwater.", "aquifers"),
])
def test_a_class_subject_still_defines(nlp, sentence, name):
    assert name in defined(sentence, nlp)
