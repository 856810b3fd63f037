"""A naming whose subject points back ("This process is called X") defines X together with the sentence before it.

Why (definition ceiling of 2026-11-30, docs/audits/dev-2026-11-30/definition-ceiling.md): textbooks often describe a
thing in one sentence and name it in the next; the naming sentence alone teaches a pointer (audit round 8), but the
pair says what X is.  The pair counts only when the sentence before is a full sentence of the same paragraph; a
naming with nothing before it, or after a short remark ("The opposite is also true."), stays a name without a
definition, and a sentence that merely mentions the term defines nothing.  Sentences are invented.
"""

from __future__ import annotations

import pytest

from tests.definitions_util import defined, kept_definitions

PAIRS = [
    ("keratinization",
     "The deepest layer of the skin constantly produces new cells that push the older cells up toward the surface. "
     "This process is called keratinization."),
    ("bog succession",
     "Over many centuries a shallow lake slowly fills with dead plant matter until trees can grow on its surface. "
     "This gradual change is known as bog succession."),
    ("guild system",
     "In medieval towns the craftsmen of each trade agreed on prices, training and the quality of their goods. "
     "Such an arrangement is referred to as a guild system."),
    ("double helix",
     "Two long strands of the molecule are wound around each other like the rails of a twisted ladder. "
     "This is known as the double helix."),
]


@pytest.mark.parametrize("name,text", PAIRS)
def test_a_naming_that_points_back_is_defined_by_the_sentence_before(name, text):
    kept = {d.name.lower(): d for d in kept_definitions(text)}
    assert name in kept
    assert kept[name].definition == text  # both sentences, verbatim


@pytest.mark.parametrize("name,text", [
    # nothing before it: what "this process" is lies outside the text
    ("keratinization", "This process is called keratinization."),
    # a short remark before it says nothing about the thing named
    ("atrial reflex", "The opposite is also true. This mechanism is referred to as the atrial reflex."),
    # the sentence before is another paragraph's
    ("keratinization", "The deepest layer of the skin constantly produces new cells that push the older cells up "
                       "toward the surface.\n\nThis process is called keratinization."),
    # the sentence before points back itself: what it is about lies further back
    ("nuclear household", "This is a rise from ten percent in 1990, and the trend continues across the country today. "
                          "This two-parent arrangement is known as a nuclear household."),
    # a question before it
    ("keratinization", "What happens to the cells of the deepest layer of the skin as they get older and move up? "
                       "This process is called keratinization."),
])
def test_no_definition_without_a_full_sentence_before(name, text):
    assert name not in defined(text)


def test_a_sentence_that_merely_mentions_the_term_is_no_definition():
    text = ("The deepest layer of the skin constantly produces new cells that push the older cells up toward the "
            "surface. Keratinization is discussed in the next section.")
    assert "keratinization" not in defined(text)


def test_a_naming_with_its_own_subject_keeps_its_one_sentence_definition():
    """The kept sibling: "A change that releases heat is called an exothermic process" defines X by itself, and the
    sentence before it stays out of the definition."""
    text = ("Burning wood warms the room around the fire. A change that releases heat is called an exothermic "
            "process.")
    kept = {d.name.lower(): d for d in kept_definitions(text)}
    assert kept["exothermic process"].definition == "A change that releases heat is called an exothermic process."


@pytest.mark.parametrize("name,text", [
    # R16 finding 1: a negated naming names what the thing is not
    ("presidential system",
     "In some countries the parliament can remove the prime minister at any time by a vote. "
     "This is not called a presidential system."),
    ("guild system",
     "In medieval towns the craftsmen of each trade agreed on prices, training and the quality of their goods. "
     "Such an arrangement is no longer referred to as a guild system."),
    ("bog succession",
     "Over many centuries a shallow lake slowly fills with dead plant matter until trees can grow on its surface. "
     "This gradual change is never called bog succession."),
])
def test_a_negated_naming_defines_nothing(name, text):
    assert name not in defined(text)


@pytest.mark.parametrize("name,text", [
    # R16 finding 2, a mention: the sentence before is about a disagreement, not about the effect
    ("tolerance",
     "Scientists disagree about how long the effect lasts after the drug has been taken. "
     "This effect is called tolerance."),
    # a hedged sentence before: what may happen is not what the thing is
    ("tolerance",
     "The body may slowly adjust to a drug that the patient takes every day for many weeks. "
     "This effect is called tolerance."),
    # a proper name: the pair identifies one thing, it does not define a kind
    ("treaty of versailles",
     "The Senate approved the treaty after a long debate that lasted for several months. "
     "This treaty is known as the Treaty of Versailles."),
    # a proper name repeating the pointer's noun names one treaty, even when the sentence before is about it
    ("treaty of versailles",
     "A treaty that ended the war with Germany was signed in 1919 in a palace near Paris. "
     "This treaty is known as the Treaty of Versailles."),
    # the pointer's noun is only an object of the sentence before: it is about the gardener, not the tool
    ("pruning hook",
     "The old gardener sharpened the tool every morning before he went out to the orchard. "
     "This tool is called a pruning hook."),
    # a whole sequence named after its last step: one sentence cannot hold the whole antecedent
    ("cardiac cycle",
     "Blood enters the right atrium and passes into the right ventricle. "
     "The right ventricle then contracts and pushes the blood into the pulmonary trunk. "
     "This entire sequence is called the cardiac cycle."),
    ("moulting cycle",
     "The old shell of the crab splits open along its back and the soft animal slowly climbs out of it. "
     "This cycle is called the moulting cycle."),
    # a process noun whose sentence before is a state, not an event
    ("fluid balance",
     "The fluid inside the cells of the body has about the same amount of salt as the blood. "
     "This process is called fluid balance."),
])
def test_the_sentence_before_must_be_about_the_kind_the_pointer_names(name, text):
    assert name not in defined(text)


def test_a_full_event_before_a_response_still_defines():
    """The kept sibling of R16 findings 1 and 2: the sentence before is the whole response the pointer names."""
    text = ("Blood pressure falls when the vessels of the skin widen and the heart beats more slowly. "
            "This response is called the vasovagal reflex.")
    kept = {d.name.lower(): d for d in kept_definitions(text)}
    assert kept["vasovagal reflex"].definition == text


def test_a_pointer_noun_introduced_by_there_is_still_defined():
    """Kept sibling of the subject check: "There are ..." introduces the thing as the attribute, not the subject."""
    text = ("There are also small glands in the lining of the nose that keep the inside of the nose moist. "
            "These small glands are known as the nasal glands.")
    kept = {d.name.lower(): d for d in kept_definitions(text)}
    assert kept["nasal glands"].definition == text
