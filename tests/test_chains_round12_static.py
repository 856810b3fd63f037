"""Chains, independent audit round 12: a chain that describes a thing, not a process, is refused as a whole
(``chain_static.static_description``), on invented general-English text, each with a sibling that stays:

- the course of a structure: a first step that places it ("is located", "lies") and later steps that are verbs of
  extent ("then runs ... and then turns ...") -- a route in space, nothing happens; a course where something moves
  ("Blood enters ... then flows into ...") stays;
- a structure and its function: a first step of possession ("has many fibers") and later steps under its capacity
  clause ("allowing it to resist tension and then relax again") -- what the thing can do, not an order of events; a
  cause whose result clause follows ("The heart pumps harder, allowing more blood to reach ...") is no possession.
"""

from __future__ import annotations

import pytest

from tests.chains_util import chains_of

pytest.importorskip("spacy")

ROUTE = ("Its opening is located on the inner wall of the chest. The duct then runs posteriorly through the muscle "
         "and then turns downward to its outlet.")
FLOW = ("Blood enters the atrium from the veins. The blood then flows into the ventricle and then passes through the "
        "valve to the artery.")
MAKEUP = "The tendon has many collagen fibers, which have a white color, allowing it to resist tension and then relax again."
DRIVE = ("Adrenaline raises the heart rate. The heart then pumps harder, allowing more blood to reach the muscles, "
         "and as a result the muscles receive more oxygen.")


def test_the_course_of_a_structure_is_no_process(nlp):
    assert chains_of(nlp, ROUTE, "Thoracic Duct") == []


def test_a_course_where_something_moves_stays(nlp):
    chains = chains_of(nlp, FLOW, "Blood Flow")
    assert len(chains) == 1 and len(chains[0].steps) == 3


def test_a_structure_and_its_function_is_no_process(nlp):
    assert chains_of(nlp, MAKEUP, "Tendons") == []


def test_a_cause_with_a_capacity_clause_stays(nlp):
    chains = chains_of(nlp, DRIVE, "Exercise")
    assert chains and any("Adrenaline" in s for s in chains[0].steps)


# a bare cut clause ("and then spring back": a base-form verb with no subject of its own, joined to an infinitive or
# a participle) is never a step: dropped at the chain's end (the chain stays when enough steps remain), the chain
# refused when it stands inside; "and then complete several years of training" after a finite verb stays a step
WARM = ("The sun warms the rubber strip. This in turn softens the strip, allowing it to stretch and then spring back.")
SHORT = "Warm water softens the rubber band, allowing it to stretch and then spring back."
TRAINING = ("Dentists earn a degree at a dental school and then complete several years of training. As a result, they "
            "then receive a license to practice.")


def test_a_cut_clause_at_the_end_is_no_step(nlp):
    (chain,) = chains_of(nlp, WARM, "Rubber")
    assert chain.steps[-1] == "allowing it to stretch" and len(chain.steps) == 3


def test_a_chain_of_two_steps_and_a_cut_clause_is_refused(nlp):
    assert chains_of(nlp, SHORT, "Rubber") == []


def test_a_coordinated_verb_after_a_finite_verb_stays_a_step(nlp):
    from types import SimpleNamespace

    from proda.ingest.extract.chain_static import _cut_clause

    doc = nlp(TRAINING)
    k = [t.i for t in doc if t.lower_ == "and"][0]
    assert not _cut_clause(SimpleNamespace(span=doc[k: k + 8]))
