"""Chains, session 11 (gold row pol7 of docs/audits/dev-2026-11-30/chain-gold.csv): a list of stages flattened into one
paragraph, each item written "Label: text" -- ``chain_labels``.

- "There are several stages to a hearing. Intake: ... Review: ... Ruling: ..." in one block: the labelled items are
  the stages, in order, each step its label and the first sentence after it;
- kept siblings: the same layout announcing types (parallel members), and labels with no announcement before them.
"""

from __future__ import annotations

import pytest

from tests.chains_util import chains_of

pytest.importorskip("spacy")

FLAT = ("Each request goes to a panel. There are several stages to the actual hearing. Intake: In this stage, a clerk "
        "records the request and checks the forms. The clerk then sends the file on. Review: The panel reads the file "
        "and questions the applicant. Ruling: The panel votes on the request. Notice: The clerk mails the ruling to "
        "the applicant.")


def _chains(nlp, text: str):
    return chains_of(nlp, text, "Hearings")


def test_labelled_stages_flattened_into_one_paragraph_are_a_sequence(nlp):
    chains = _chains(nlp, FLAT)
    assert len(chains) == 1 and len(chains[0].steps) == 4, [c.steps for c in chains]
    assert chains[0].steps[0].startswith("Intake: In this stage, a clerk records"), chains[0].steps
    assert chains[0].steps[3].startswith("Notice: The clerk mails"), chains[0].steps


@pytest.mark.parametrize("text", [
    FLAT.replace("There are several stages to the actual hearing.", "There are several types of hearing."),
    FLAT.replace("There are several stages to the actual hearing. ", ""),
])
def test_labelled_items_without_an_announced_sequence_are_no_chain(nlp, text):
    assert _chains(nlp, text) == [], text


def test_a_long_labelled_item_is_cut_before_a_clause_not_mid_phrase(nlp):
    long = ("Intake: In this stage, the people who have asked for a hearing by letter are interviewed at length to see "
            "if they have any urgent needs or special requests that would prevent them from waiting for the regular "
            "hearing on the date set by the court.")
    chains = _chains(nlp, FLAT.replace("Intake: In this stage, a clerk records the request and checks the forms.", long))
    assert len(chains) == 1, [c.steps for c in chains]
    first = chains[0].steps[0]
    assert first.startswith("Intake: In this stage") and first.endswith("special requests"), first
