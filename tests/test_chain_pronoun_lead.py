"""Chains, session 12 (gold misses of anatomy 20/22: "As inflammation spreads into the artery wall, it weakens and scars
it ... As a result, compliance is reduced"): a temporal clause of its own subject ("When X ...", "As X spreads ...")
whose main clause takes up that subject with a pronoun is still the event before its main clause -- the pronoun names
who acts, when it agrees in number with the clause's own noun subject and nothing else stands between them
(``chain_leads._temporal_lead``, ``cascade.lead_pronouns``).

Refused siblings: a pronoun that does not agree with the clause's subject points elsewhere ("When the storm reaches
the coast, they close the harbor": "they" are the harbor's keepers); "we" / "you" name the reader, not the thing that
changed; a noun main subject is read as before; a lead of no temporal clause ("If ...") stays no event.
"""

from __future__ import annotations

import pytest

from tests.chains_util import chains_of, find

pytest.importorskip("spacy")

FLOOD = ("As the flood spreads across the valley, it erodes the river banks, leaving them bare. "
         "As a result, the soil of the valley is lost.")


def _cascades(nlp, text: str):
    return [c for c in chains_of(nlp, text, "Floods") if c.kind == "cascade"]


def test_a_pronoun_that_takes_up_the_clause_subject_keeps_the_lead_an_event(nlp):
    """Before: the main subject "it" refused the as-clause as a step; two steps, no chain."""
    chains = _cascades(nlp, FLOOD)
    assert len(chains) == 1, [c.steps for c in chains]
    steps = chains[0].steps
    assert len(steps) == 3, steps
    assert steps[0].startswith("the flood spreads across the valley"), steps
    assert steps[1].startswith("it erodes the river banks"), steps
    assert steps[2].startswith("the soil of the valley is lost"), steps


def test_the_pronoun_step_teaches_no_statement(nlp):
    """The step stays; no transition statement is taken from a step whose argument is a pronoun (chains._vague)."""
    chains, stmts = find(nlp, FLOOD, "Floods")
    assert chains and not any(s.subject.lower() in ("it", "they") for s in stmts), [(s.subject, s.object) for s in stmts]


def test_a_pronoun_of_another_number_points_elsewhere(nlp):
    """Refused: "they" cannot be "the storm"; the when-clause stays inside its sentence's one step, as before."""
    text = ("When the storm reaches the coast, they close the harbor. As a result, the ships stay in port. "
            "This in turn delays the cargo.")
    chains = _cascades(nlp, text)
    assert len(chains) == 1 and len(chains[0].steps) == 3, [c.steps for c in chains]
    assert chains[0].steps[0].startswith("When the storm reaches the coast, they close"), chains[0].steps


def test_the_reader_as_subject_is_no_actor(nlp):
    """Refused: "When the water boils, you turn off the heat" -- "you" is not the water."""
    text = "When the water boils, you turn off the heat. As a result, the water cools."
    assert not _cascades(nlp, text)


def test_a_noun_main_subject_is_read_as_before(nlp):
    """Kept sibling: "When the gate opens, the water rushes into the tank" was a lead and its main clause already."""
    text = ("When the gate opens, the water rushes into the tank. As a result, the level of the tank rises. "
            "This in turn lifts the float.")
    chains = _cascades(nlp, text)
    assert len(chains) == 1 and len(chains[0].steps) == 4, [c.steps for c in chains]
    assert chains[0].steps[0] == "the gate opens", chains[0].steps
    assert chains[0].steps[1].startswith("the water rushes into the tank"), chains[0].steps


def test_a_condition_stays_no_event(nlp):
    """Refused sibling: "If the valve opens, it ..." is a condition, never an event (as before)."""
    text = "If the valve opens, it lets water into the tank. As a result, the level of the tank rises."
    assert not _cascades(nlp, text)


def _lead_and_pronoun(nlp, sentence: str):
    doc = nlp(sentence)
    clause = next(t for t in doc if t.dep_ == "advcl")
    return next(t for t in doc if t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.pos_ == "PRON"), clause


def test_a_pronoun_with_two_antecedents_is_refused(nlp):
    """Refused: "When the pumps fill the tanks, they overflow" -- "they" may be the tanks, not the pumps.  (Review
    R17 item 9: the chain-level check alone could not fail, the text gives no chain; the rule is asked directly, and
    the same text with one plural noun gives its chain, so the chain-level check runs.)"""
    from proda.ingest.extract.chain_leads import _takes_up

    pron, clause = _lead_and_pronoun(nlp, "When the pumps fill the tanks, they overflow onto the floor.")
    assert not _takes_up(pron, clause)
    pron, clause = _lead_and_pronoun(nlp, "When the pumps fill the basin, they overflow onto the floor.")
    assert _takes_up(pron, clause)  # kept sibling: one plural noun, "they" is the pumps
    tail = " As a result, the stored grain is spoiled."
    kept = _cascades(nlp, "When the pumps fill the basin, they flood the floor of the shed." + tail)
    assert any(c.steps[0].startswith("the pumps fill the basin") for c in kept), [c.steps for c in kept]
    for c in _cascades(nlp, "When the pumps fill the tanks, they flood the floor of the shed." + tail):
        assert not c.steps[0].startswith("the pumps fill the tanks"), c.steps


def test_a_dummy_it_before_an_extraposed_clause_is_no_taken_up_subject(nlp):
    """Review R17 item 8: "As the economy grows, it becomes harder for the government to control prices" -- "it"
    stands for the infinitive at the end, not the economy; likewise "it seems likely that ..."."""
    from proda.ingest.extract.chain_leads import _takes_up

    for s in ("As the flood spreads across the valley, it becomes harder for the farmers to reach the market.",
              "When the lake freezes in winter, it seems likely that the fish survive under the ice."):
        pron, clause = _lead_and_pronoun(nlp, s)
        assert not _takes_up(pron, clause), s


def test_it_with_an_infinitive_of_purpose_still_takes_up(nlp):
    """Kept sibling: "it rises to cover the fields" -- the infinitive is the verb's own, "it" is the flood."""
    from proda.ingest.extract.chain_leads import _takes_up

    pron, clause = _lead_and_pronoun(nlp, "As the flood spreads across the valley, it rises to cover the lower fields.")
    assert _takes_up(pron, clause)
