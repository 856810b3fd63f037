""""in turn" between a noun subject and its main verb links the sentence to the one before (``cascade.next_phrases``,
``chain_leads._in_turn_next``), session 25 engineer L.

"Ischemia in turn leads to hypoxia." says what the event before brought about, as "In turn, ..." at the start of the
sentence does; the parser reads the phrase as a preposition (on the verb or on the subject), so ``_then_next`` (adverbs only) never saw it
and a run such as narrowing -> ischemia -> hypoxia -> cell death ended at its first step.  Same limits as the order
adverbs: a noun subject named before the phrase, an event verb (no copula), no condition (kept siblings below).
Sentences are invented, from several fields.
"""

from __future__ import annotations

import pytest

from tests.chains_util import chains_of

CASES = [
    # (lead sentence, "in turn" sentence, the subject that opens the third step)
    ("When the river floods the valley, the water covers the lower fields.",
     "The standing water in turn drowns the young rice plants.", "The standing water"),
    ("When the central bank raises its rates, commercial banks charge more for their loans.",
     "The dearer credit in turn reduces business investment across the economy.", "The dearer credit"),
    ("When the enzyme binds the substrate, the enzyme releases a reactive fragment.",
     "The fragment in turn attacks the neighbouring chain.", "The fragment"),
]


@pytest.mark.parametrize("lead,turn,subject", CASES)
def test_in_turn_after_a_noun_subject_continues_the_run(nlp, lead, turn, subject):
    pytest.importorskip("spacy")
    chains = chains_of(nlp, f"{lead} {turn}", "Section")
    assert len(chains) == 1 and len(chains[0].steps) == 3, [c.steps for c in chains]
    assert chains[0].steps[2].startswith(subject), chains[0].steps
    assert chains[0].kind == "cascade"


@pytest.mark.parametrize("tail", [
    "The flood is in turn the main worry of the farmers.",          # a copula: a state, no event
    "It in turn drowns the young rice plants.",                      # a bare pronoun: who acts is not named
    "If the dams fail, the standing water in turn drowns the rice.",  # a condition
    "The standing water drowns the young rice plants in turn.",       # "in turn" after the verb: one after another
])
def test_no_link_without_a_named_actor_an_event_or_with_a_condition(nlp, tail):
    """Kept siblings: each of these continues nothing (no chain of three steps)."""
    pytest.importorskip("spacy")
    chains = chains_of(nlp, f"{CASES[0][0]} {tail}", "Section")
    assert not [c for c in chains if len(c.steps) >= 3], [c.steps for c in chains]
