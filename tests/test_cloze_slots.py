"""Clozes whose blank is not the noun phrase of the statement's object (proda/train/items/cloze_slots.py), where
that object fills no object slot and no cloze was made (S14-I, development chapters).  A passive sentence: the
statement "agent | verb | patient" the extractor turned active has its object in the sentence's subject; the
agent's noun phrase after 'by' is the blank, the patient stays in the prompt.  An object of two constituents
("blood to the kidney"): the noun phrase of the verb's own path preposition is the blank.  Sentences invented."""

from __future__ import annotations

from tests.items_util import one


def test_the_agent_of_a_passive_is_blanked_when_the_object_is_its_subject():
    row = ("thick bands of cartilage", "form", "frame of windpipe",
           "The frame of the windpipe is formed by thick bands of cartilage.")
    assert one(row) == ("The frame of the windpipe is formed by _____.", "thick bands of cartilage")
    row = ("upper pharynx", "border", "soft palate",
           "The soft palate is bordered superiorly by the upper pharynx and inferiorly by the tongue.")
    assert one(row) == ("The soft palate is bordered superiorly by _____ and inferiorly by the tongue.",
                        "the upper pharynx")
    row = ("diameter of ducts", "regulate", "secretion rate",
           "The secretion rate is regulated by the diameter of the ducts.")
    assert one(row) == ("The secretion rate is regulated by _____.", "the diameter of the ducts")


def test_the_active_sentence_still_blanks_its_object_not_its_subject():
    """Kept sibling: an active sentence blanks the object, as before; its subject is never the blank."""
    row = ("thick bands of cartilage", "form", "frame of windpipe",
           "Thick bands of cartilage form the frame of the windpipe.")
    assert one(row) == ("Thick bands of cartilage form _____.", "the frame of the windpipe")


def test_an_agent_that_points_back_or_a_pronoun_subject_gives_no_cloze():
    """Kept refusals: the agent is a pronoun or points at the sentence before ("this pressure"), the sentence's
    subject is a pronoun (what it is about lies elsewhere), or the object is not the passive's subject."""
    assert one(("pressure", "close", "valve", "The valve is closed by this pressure.")) is None
    assert one(("them", "close", "valve", "The valve is closed by them in most adults.")) is None
    assert one(("thick bands of cartilage", "form", "it", "It is formed by thick bands of cartilage.")) is None
    # the object is no subject of the passive verb: no blank of the subject either
    assert one(("thick bands of cartilage", "form", "frame",
                "The frame formed by thick bands of cartilage supports the soft trachea of the adult.")) is None


def test_a_passive_whose_agent_is_the_statements_object_is_unchanged():
    """Kept sibling: 'patient | is formed by | agent' already blanked its object, the agent."""
    row = ("frame of windpipe", "be_formed_by", "thick bands of cartilage",
           "The frame of the windpipe is formed by thick bands of cartilage.")
    assert one(row) == ("The frame of the windpipe is formed by _____.", "thick bands of cartilage")


def test_an_object_with_the_verbs_own_preposition_blanks_that_prepositions_noun_phrase():
    """"The renal artery supplies blood to the kidney" is stored 'renal artery | supply | blood to the kidney': the
    object spans the verb's object and the verb's own 'to' phrase, two constituents, so no blank was found (76
    statements of the four development books).  The noun phrase of that preposition, what the sentence says of its
    subject beyond the bare thing moved, is the blank; the thing moved stays in the prompt."""
    row = ("renal artery", "supply", "blood to the kidney", "The renal artery supplies blood to the kidney.")
    assert one(row) == ("The renal artery supplies blood to _____.", "the kidney")
    row = ("hepatic duct", "drain", "bile from the liver",
           "The hepatic duct drains bile from the liver into the common bile duct.")
    assert one(row) == ("The hepatic duct drains bile from _____ into the common bile duct.", "the liver")


def test_the_prepositional_tail_keeps_every_refusal_of_a_blank():
    """Kept refusals: the preposition's object is a pronoun or points back, or the second part is a clause
    ('surgery to remove the vessels', an xcomp), not a preposition; kept sibling: an object whose 'of' phrase is
    inside its own noun phrase is blanked whole, as before."""
    assert one(("renal artery", "supply", "blood to it",
                "The renal artery supplies blood to it in most adults.")) is None
    assert one(("renal artery", "supply", "blood to this organ",
                "The renal artery supplies blood to this organ in most adults.")) is None
    assert one(("severe cases", "require", "surgery to remove the vessels",
                "Severe cases may require surgery to remove the damaged vessels.")) is None
    # a preposition of no path ('a vital role in our connected world', 'at different rates'): vague, or a manner
    assert one(("local newspapers", "play", "vital role in our connected world",
                "Local newspapers also play a vital role in our connected world.")) is None
    assert one(("the disease", "affect", "different groups of the population at different rates",
                "The disease affects different groups of the population at different rates.")) is None
    row = ("pancreas", "control", "release of insulin", "The pancreas controls the release of insulin into the blood.")
    assert one(row) == ("The pancreas controls _____.", "the release of insulin into the blood")
