"""Cascade links the text marks explicitly (proda/ingest/extract/chain_cascades.py), on real paragraphs of
non-held-out chapters: "X then does Y", "After this occurs, ...", a root the small parser tags as a noun, and
"an increase in X" naming the quantity the next sentence starts from."""

from __future__ import annotations

import pytest

from tests.chains_util import chains_of, find

pytest.importorskip("spacy")

# OpenStax Anatomy and Physiology 2e, 10.3 Muscle Fiber Contraction and Relaxation
MUSCLE = ("The sequence of events that result in the contraction of an individual muscle fiber begins with a signal—the "
          "neurotransmitter, ACh—from the motor neuron innervating that fiber. The local membrane of the fiber will "
          "depolarize as positively charged sodium ions (Na+) enter, triggering an action potential that spreads to the "
          "rest of the membrane which will depolarize, including the T-tubules. This triggers the release of calcium ions "
          "(Ca++) from storage in the sarcoplasmic reticulum (SR). The Ca++ then initiates contraction, which is "
          "sustained by ATP.")
SLIDING = ("To initiate muscle contraction, tropomyosin has to expose the myosin-binding site on an actin filament to allow "
           "cross-bridge formation between the actin and myosin microfilaments. The first step in the process of "
           "contraction is for Ca++ to bind to troponin so that tropomyosin can slide away from the binding sites on the "
           "actin strands. This allows the myosin heads to bind to these exposed binding sites and form cross-bridges. "
           "The thin filaments are then pulled by the myosin heads to slide past the thick filaments toward the center "
           "of the sarcomere.")
# 22.3 The Process of Breathing
EXPIRATION = ("The process of normal expiration is passive, meaning that energy is not required to push air out of the "
              "lungs. Instead, the elasticity of the lung tissue causes the lung to recoil, as the diaphragm and "
              "intercostal muscles relax following inspiration. In turn, the thoracic cavity and lungs decrease in "
              "volume, causing an increase in intrapulmonary pressure. The intrapulmonary pressure rises above "
              "atmospheric pressure, creating a pressure gradient that causes air to leave the lungs.")


def sents(nlp, text: str):
    from proda.ingest.extract.chain_rules import blocks, sentences

    doc = nlp(text)
    return sentences(doc, blocks(doc.text))


def test_then_on_the_main_verb_continues_the_cascade(nlp):
    """Before: the cascade stopped at "This triggers the release of calcium ions", one step short."""
    chains = chains_of(nlp, MUSCLE)
    assert len(chains) == 1
    steps = chains[0].steps
    assert len(steps) == 4 and steps[-1].startswith("The Ca++ then initiates contraction")
    assert steps[2].startswith("This triggers the release of calcium ions")


def test_then_links_a_three_step_process_that_had_no_chain(nlp):
    """Before: no chain; "The thin filaments are then pulled ..." was not linked to what allowed it."""
    chains = chains_of(nlp, SLIDING)
    assert len(chains) == 1
    steps = chains[0].steps
    assert [s.split()[:3] for s in steps] == [["The", "first", "step"], ["This", "allows", "the"], ["The", "thin", "filaments"]]


def test_then_in_a_condition_or_opening_a_sentence_links_nothing(nlp):
    from proda.ingest.extract.chain_cascades import _then_next

    cond = sents(nlp, "If blood oxygen levels become quite low, then peripheral chemoreceptors stimulate an increase "
                      "in respiratory activity.")
    opening = sents(nlp, "Then the DRG communicates with the VRG.")
    assert len(cond) == 1 and not _then_next(cond[0]) and not _then_next(opening[0])
    it, = sents(nlp, "It then initiates contraction.")
    assert not _then_next(it)  # who acts must be named, not a pronoun


def test_after_this_occurs_points_at_the_clause_before(nlp):
    """"After this occurs," is the lead of the next event (before: no link, and the lead was cut off as a segment);
    an aside after the comma ("and it often does") or a named event ("After this decision") is no such lead."""
    from proda.ingest.extract.chain_cascades import _initial

    a, b, c = sents(nlp, "After this occurs, ATP is converted to ADP and Pi by the intrinsic ATPase activity of myosin. "
                         "When this happens, and it often does, the status quo prevails. After this decision, the "
                         "court dissolved the parliament.")
    assert _initial(a) == "After this occurs,"
    assert _initial(b) == "" and _initial(c) == ""


def test_a_noun_tagged_root_and_an_increase_in_a_quantity_keep_the_cascade_whole(nlp):
    """Before: "decrease" was parsed as a noun root, so the step had no verb and the cascade was cut to one step;
    "causing an increase in intrapulmonary pressure" gave no result that "The intrapulmonary pressure rises" continues.
    The decrease keeps its sign."""
    chains = chains_of(nlp, EXPIRATION)
    assert len(chains) == 1
    ch = chains[0]
    assert len(ch.steps) == 6  # round 11: "a pressure gradient that causes air to leave" -- what "creating" brought
    # about goes on to act, a step of its own (tests/test_chain_round11.py)
    assert ch.steps[1] == "the thoracic cavity and lungs decrease in volume" and ch.events[1].polarity == -1
    assert ch.steps[3].startswith("The intrapulmonary pressure rises above atmospheric pressure")
    assert ch.steps[4] == "creating a pressure gradient" and ch.steps[5].startswith("that causes air to leave the lungs")


# 26.4 Acid-Base Balance
ACID_BASE = ("The respiratory system contributes to the balance of acids and bases in the body by regulating the blood "
             "levels of carbonic acid. CO2 in the blood readily reacts with water to form carbonic acid, and the levels of "
             "CO2 and carbonic acid in the blood are in equilibrium. When the CO2 level in the blood rises (as it does when "
             "you hold your breath), the excess CO2 reacts with water to form additional carbonic acid, lowering blood pH. "
             "Increasing the rate and/or depth of respiration (which you might feel the “urge” to do after holding your "
             "breath) allows you to exhale more CO2.")
# Introduction to Sociology 3e, 8.1 Technology Today
FARMS = ("And indeed, all aspects of our lives are influenced by technology. In agriculture, the introduction of machines "
         "that can till, thresh, plant, and harvest greatly reduced the need for manual labor, which in turn meant there "
         "were fewer rural jobs. This led to the urbanization of society, as well as lowered birth rates because there was "
         "less need for large families to work the farms.")
# 22.3 The Process of Breathing
VRG = ("The VRG is involved in maintaining a constant breathing rhythm by stimulating the diaphragm and external intercostal "
       "muscles to contract, resulting in inspiration. When activity in the VRG ceases, it no longer stimulates the "
       "diaphragm and intercostals to contract, allowing them to relax, resulting in expiration.")


def test_a_step_ends_at_a_full_stop_the_parser_ran_over(nlp):
    """spaCy kept "pH." as one token and ran two sentences together; before, the third step read "lowering blood pH.
    Increasing the rate ... allows you to exhale more CO2." (the remedy spliced onto the cascade)."""
    chains = chains_of(nlp, ACID_BASE)
    assert len(chains) == 1
    steps = chains[0].steps
    assert steps[-1] == "lowering blood pH." and len(steps) == 3 and chains[0].events[-1].polarity == -1
    assert "blood pH" in chains[0].name and "pH." not in chains[0].name


def test_in_turn_links_a_relative_clause_whatever_its_verb_but_teaches_no_statement(nlp):
    """Before: no chain ("meant" is no causal verb).  The "which" is the whole clause before, so no transition
    statement "manual labor meant ..." is taught from it; the next step's statement stands."""
    chains, stmts = find(nlp, FARMS)
    assert len(chains) == 1
    steps = chains[0].steps
    # since audit round 12 the step's text is its clause, without the link ("which in turn meant"): chain_readable
    assert steps[1] == "there were fewer rural jobs." and steps[2].startswith("This led to the urbanization")
    assert not [s for s in stmts if s.step_index == 0]


def test_no_longer_keeps_the_sign_of_the_step(nlp):
    """Before: "it no longer stimulates the diaphragm" was read as a stimulation (polarity +1)."""
    chains = chains_of(nlp, VRG)
    ch = next(c for c in chains if c.steps[0].startswith("When activity in the VRG ceases") or "no longer" in c.steps[0])
    assert ch.events[0].polarity == -1


def test_one_or_two_quoted_words_are_no_quoted_view():
    from proda.ingest.extract.chain_cascades import _quotes_a_view

    assert not _quotes_a_view("As described earlier, when undergoing fission U-235 produces two “medium-sized” nuclei.")
    assert _quotes_a_view("The proposed rules appear in the Federal Register, which is the “official journal of the "
                          "United States Government.”")
    assert _quotes_a_view("He called it “a betrayal of")  # a quote left open


def test_after_that_continues_the_gate_cycle(nlp):
    """12.4 The Action Potential; before: "After that," linked nothing and the two clauses after it were one step short."""
    text = ("When the membrane potential passes -55 mV again, the activation gate closes. After that, the inactivation "
            "gate re-opens, making the channel ready to start the whole process over again.")
    chains = chains_of(nlp, text)
    assert len(chains) == 1
    assert [s.split()[:3] for s in chains[0].steps] == [["When", "the", "membrane"], ["the", "inactivation", "gate"],
                                                        ["making", "the", "channel"]]
