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


# ---- lists whose lead-in or item the reader garbled (gold row chem1): chain_lists

APPROACH = ("One simple approach is to use the method of layers, which involves the following steps:\n\n"
            "1. Weigh the flour and the water.\n\n2. Mix them in a large bowl.\n\n"
            "3. Finally, check that both the colour and the textureThe texture is judged by touch. A firm loaf is "
            "done. are right.")


def test_one_approach_whose_method_involves_the_following_steps_is_a_procedure(nlp):
    """ "One ... approach" names one of several approaches, but the items are the steps the lead-in names last."""
    chains = [c for c in chains_of(nlp, APPROACH, "Baking Bread") if c.kind == "procedure"]
    assert len(chains) == 1 and len(chains[0].steps) == 3, [c.steps for c in chains]


def test_an_inlined_footnote_inside_an_item_is_left_out_of_its_step(nlp):
    chains = [c for c in chains_of(nlp, APPROACH, "Baking Bread") if c.kind == "procedure"]
    assert chains and chains[0].steps[-1] == "Finally, check that both the colour and the texture are right.", chains


def test_several_approaches_announced_stay_a_list(nlp):
    text = APPROACH.replace("One simple approach is to use the method of layers, which involves the following steps:",
                            "There are several approaches to the following steps:")
    assert [c for c in chains_of(nlp, text, "Baking Bread") if c.kind == "procedure"] == []


# ---- review R16 finding 5: a worked example's apparatus labels (Solution / Answer / Note) and proper names are no stages


@pytest.mark.parametrize("text", [
    "Use the following steps to find the boiling point of the mixture. Solution: The mixture is heated slowly in a "
    "flask. Answer: The boiling point is 78 degrees. Check Your Learning: Find the boiling point of a second mixture.",
    "There are several stages to the actual hearing. Example: A clerk records the request. Note: The clerk keeps a "
    "copy. Answer: The panel votes on the request.",
    "There are several stages to the actual tour. Paris: The group visits the museums. Rome: The group sees the "
    "ruins. Berlin: The group flies home.",
])
def test_apparatus_or_place_name_labels_are_no_stages(nlp, text):
    assert _chains(nlp, text) == [], text


def test_an_inlined_note_needs_a_function_word_opening_and_the_words_around_it():
    """The note rule must not cut words with a capital inside them (pKa, McDonald, eBay) or an abbreviation's stop."""
    from proda.ingest.extract.chain_lists import unnoted

    for text in ("Compare the pKa of the acid with that of water (approx. the same value) and record it.",
                 "Record the pKa. then compare it with the value in the table.",
                 "Visit the McDonald farm. then walk to the river.",
                 "Sell the old books on eBay. then buy new ones."):
        assert unnoted(text) == text, text
    kept = "check that the colour and the textureThe texture is judged by touch. A firm loaf is done. are right."
    assert unnoted(kept).split() == "check that the colour and the texture are right.".split(), unnoted(kept)
