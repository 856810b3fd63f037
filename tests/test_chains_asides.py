"""Chains, audit round 17 (a mathematics book): a cascade read from the writer's aside to the reader ("the notation
grows a little thick. This cannot be helped, so ... be prepared for a hard slog") and from an anecdote told in the
first person ("No one ever said anything to me ..., so ... I did read a number of them") -- neither is a process of
the subject.  Invented text; the sibling cascade (a process, "you" used generically) stays."""

from __future__ import annotations

import pytest

from tests.chains_util import chains_of

pytest.importorskip("spacy")


def test_an_aside_ending_in_advice_to_the_reader_is_no_cascade(nlp):
    text = ("From this section on, the notation necessarily grows a little dense. This cannot be helped, so if you "
            "are reading straight through, be prepared for a bit of hard work.")
    assert chains_of(nlp, text) == []


def test_an_anecdote_in_the_first_person_is_no_cascade(nlp):
    text = ("No one ever said anything to me about my shoes. The sergeant thereafter permitted me to read the books "
            "at night, so in the last months of my service I did read a number of them.")
    assert chains_of(nlp, text) == []


def test_a_process_told_to_a_generic_you_stays(nlp):
    text = ("When you exercise, the muscles consume more oxygen. As a result, the heart beats faster, so more blood "
            "reaches the muscles.")
    chains = chains_of(nlp, text)
    assert [c.kind for c in chains] == ["cascade"] and len(chains[0].steps) >= 3, [c.steps for c in chains]


def test_a_name_with_a_numeral_i_and_a_recall_that_stay(nlp):
    """Kept siblings from the sweep over the HTML books: "angiotensin I" is no first person; "Recall that X leads to
    Y" puts the reader in mind of a process, whose steps are the chain."""
    from proda.ingest.extract.chain_voice import told_by_writer
    doc = nlp("Factor I circulates in the blood. Recall that high levels lead to a decrease in the hormone.")
    assert not told_by_writer(list(doc.sents))
    doc = nlp("No one said anything to me. So if you are reading on, be prepared for hard work.")
    assert all(told_by_writer([s]) for s in doc.sents)


def test_a_plural_identity_matrix_i_is_no_first_person(nlp):
    """"The six I are summed": the capital I of a mathematics book, not the writer (no verb agrees with a first
    person: "are").  chain_voice had a cruder copy of the first-person check than remarks and read it as "I"; both now
    ask remarks.first_person."""
    from proda.ingest.extract.chain_voice import told_by_writer
    doc = nlp("The six I are summed, so the total doubles.")
    assert not told_by_writer(list(doc.sents))
    doc = nlp("All I did was wait, and the crystals grew.")  # the writer does speak: a cascade of his anecdote
    assert told_by_writer(list(doc.sents))
