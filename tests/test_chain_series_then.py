"""Chains, session 12 (gold miss chemistry 07, gravimetric analysis: "The precipitate is typically isolated ...,
carefully dried, and then weighed. The mass of the precipitate may then be used ... to calculate ..."): a series of
one sentence ("..., and then weighed") goes on into the next sentence of its paragraph when that sentence says it
comes next by "then" on its main verb with a noun subject of its own ("The finished pot is then glazed") --
``chain_series._then_after``.  The steps were cut at the sentence's end before.

Refused siblings: a demonstrative subject names the whole process or a thing of it, no next event ("This cycle will
then continue with each generation"); a condition ("If the pot cracks, the potter then ...") is no event; a sentence
of the next paragraph does not continue it; a sentence opening "Then," is the ordinal rule's, and a series stays
whole as before.
"""

from __future__ import annotations

import pytest

from tests.chains_util import chains_of

pytest.importorskip("spacy")

SERIES = "The clay is typically shaped by hand, carefully dried, and then fired in a kiln."


def _sequences(nlp, text: str):
    return [c for c in chains_of(nlp, text, "Pottery") if c.kind == "sequence"]


def test_a_then_sentence_after_a_series_is_its_next_step(nlp):
    """Before: the series ended at its sentence (3 steps), the glazing left out."""
    chains = _sequences(nlp, SERIES + " The fired clay is then glazed by hand.")  # (shares "clay": review R17)
    assert len(chains) == 1, [c.steps for c in chains]
    steps = chains[0].steps
    assert len(steps) == 4, steps
    assert steps[2].startswith("then fired in a kiln"), steps
    assert steps[3].startswith("The fired clay is then glazed by hand"), steps


def test_two_then_sentences_stay_the_cascade_they_were(nlp):
    """Kept as before: two "then" sentences after the series were linked by the cascade rule already (which runs
    first), the series' sentence one step of it, in order.  Its kind is a sequence since the "then"-only rule
    (tests/test_chain_then_order.py): glazing and selling follow the firing in time, nothing says it brings them
    about."""
    text = SERIES + " The finished pot is then glazed by hand. The glazed pot may then be sold at the market."
    chains = chains_of(nlp, text, "Pottery")
    assert len(chains) == 1 and chains[0].kind == "sequence" and len(chains[0].steps) == 3, [c.steps for c in chains]
    assert chains[0].steps[2].startswith("The glazed pot may then be sold"), chains[0].steps


def test_the_series_alone_is_kept(nlp):
    """Kept sibling: a series with no sentence after it is the three steps it was."""
    chains = _sequences(nlp, SERIES + " Potters have made such pots for thousands of years.")
    assert len(chains) == 1 and len(chains[0].steps) == 3, [c.steps for c in chains]


def test_a_demonstrative_subject_is_no_next_step(nlp):
    """Refused: "This cycle will then continue" names the process itself (sociology 14's family life cycle)."""
    chains = _sequences(nlp, SERIES + " This work will then continue with each new batch of clay.")
    assert len(chains) == 1 and len(chains[0].steps) == 3, [c.steps for c in chains]


def test_a_condition_is_no_next_step(nlp):
    chains = _sequences(nlp, SERIES + " If the pot cracks, the potter then throws it away.")
    assert len(chains) == 1 and len(chains[0].steps) == 3, [c.steps for c in chains]


def test_a_sentence_of_the_next_paragraph_does_not_continue(nlp):
    chains = _sequences(nlp, SERIES + "\n\nThe finished pot is then glazed by hand.")
    assert len(chains) == 1 and len(chains[0].steps) == 3, [c.steps for c in chains]


# review R17 item 4: any next sentence with "then" on its main verb and a noun subject was taken as a step
# ("Students then often forget to record the mass"; "Scientists then studied it for decades").  A next step must
# share a participant with the series, keep its tense, and carry no frequency adverb or hedging modal.

def test_a_then_sentence_of_other_actors_is_no_next_step(nlp):
    chains = _sequences(nlp, SERIES + " Apprentices then often forget to clean the wheel.")
    assert len(chains) == 1 and len(chains[0].steps) == 3, [c.steps for c in chains]


def test_a_then_sentence_in_another_tense_is_no_next_step(nlp):
    chains = _sequences(nlp, SERIES + " Historians then studied the clay for decades.")
    assert len(chains) == 1 and len(chains[0].steps) == 3, [c.steps for c in chains]


def test_a_hedged_then_sentence_is_no_next_step(nlp):
    for hedge in ("The finished pot then sometimes cracks in the cold.", "The finished pot might then crack in the cold."):
        chains = _sequences(nlp, SERIES + " " + hedge)
        assert len(chains) == 1 and len(chains[0].steps) == 3, (hedge, [c.steps for c in chains])


def test_a_participant_inside_the_subject_is_shared(nlp):
    """Kept sibling: "The colour of the clay" takes up the series' subject inside its own."""
    chains = _sequences(nlp, SERIES + " The colour of the clay is then checked by eye.")
    assert len(chains) == 1 and len(chains[0].steps) == 4, [c.steps for c in chains]


def test_a_procedure_step_with_may_is_kept(nlp):
    """Kept: "may then be used" in a procedure says what the next step allows, not a hedge (gold chem2's last step,
    refused for a while by the hedge check of review R17's fix); "might" stays refused (above)."""
    chains = _sequences(nlp, SERIES + " The fired clay may then be painted with a thin glaze.")
    assert len(chains) == 1 and len(chains[0].steps) == 4, [c.steps for c in chains]
    assert chains[0].steps[3].startswith("The fired clay may then be painted"), chains[0].steps
