"""A gerund read as the verb and the real verb read as a plural noun ("the number of workers hiring declines"):
the step event is re-read with the real verb and its sign, and no statement frame is made on the gerund."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


def _step(nlp, text: str, start_word: str):
    from proda.ingest.extract.chain_events import event_of

    doc = nlp(text)
    k = next(t.i for t in doc if t.text == start_word)
    sent = doc[:]
    return event_of(doc[k:len(doc)], sent).step


@pytest.mark.parametrize("text,start,subject,predicate,sign", [
    ("When demand falls, the number of workers hiring declines.", "the", "the number of workers hiring", "declines", -1),
    ("When prices rise, the share of households saving falls.", "the", "the share of households saving", "falls", -1),
    ("When wages rise, the number of people working increases.", "the", "the number of people working", "increases", 1),
])
def test_the_noun_read_after_a_gerund_is_the_steps_verb(nlp, text, start, subject, predicate, sign):
    """Before: '| hiring |' (+1), '| saving | falls' (+1), '| working |' (+1): the gerund as the verb, the decrease lost."""
    ev = _step(nlp, text, start)
    assert (ev.subject, ev.predicate, ev.object, ev.polarity) == (subject, predicate, "", sign)


def test_a_step_whose_verb_follows_its_subject_is_read_as_before(nlp):
    """The rule reads only the misparse: a real verb after a noun phrase keeps its own reading."""
    ev = _step(nlp, "When rain is scarce, the rate of seedling growth declines.", "the")
    assert (ev.predicate, ev.polarity) == ("declines", -1) and ev.subject.endswith("rate of seedling growth")


@pytest.mark.parametrize("text", [
    "As a result, sales do not rise and hiring stops for a short time.",
    "Voters do not turn out and campaigning stops for a week.",
])
def test_no_statement_has_the_gerund_as_its_predicate(nlp, text):
    """Before: 'sales | hiring | stops for short time' (+1), 'voters | campaigning | stops for week' (+1)."""
    from proda.ingest.extract.frames import frames

    doc = nlp(text)
    assert not [f for f in frames(doc[:]) if f.predicate.endswith("ing")]


@pytest.mark.parametrize("text", [
    "Amino acids are used as building blocks of new proteins.",
    "There are other reasons, including declines in trust.",
    "Covalent bonding allows for variation in the ratios.",
    "The firm is hiring workers.",
])
def test_nouns_after_a_gerund_that_are_nouns_are_left_alone(nlp, text):
    from proda.ingest.extract.misread_verbs import misread_verb

    doc = nlp(text)
    assert [t.text for t in doc if misread_verb(t) is not None] == []
