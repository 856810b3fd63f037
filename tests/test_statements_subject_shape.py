"""Round 14 fresh judges (S14-A classes 2 and 3): a subject whose words show it is no subject.

"There are several different acids containing iodine in the 7+-oxidation state; they include metaperiodic acid,
HIO4, and paraperiodic acid, H5IO6" was stored as "containing iodine in the 7+-oxidation state they | include |
metaperiodic acid": a subject text running up to the clause's own pronoun is a garble.  "Stronger heating generates
nitrogen gas, oxygen gas, and water vapor" was stored as "stronger heating | generates | ...": stronger than the
heating the sentence before described, a comparison without its standard.  Correlations that compare on both sides
(issue 11's polarity examples), named parts ("the lesser curvature") and kinds ("larger molecules") stay.
"""

from __future__ import annotations

import pytest

from tests.statements_util import triples

pytest.importorskip("spacy")


def test_a_subject_run_up_to_the_clause_pronoun_is_refused():
    got = triples("There are several salts containing sulfur in the 6+ state; they include sodium sulfate and "
                  "potassium sulfate.")
    assert not any(s.endswith(" they") or s.startswith("containing") for s, _, _ in got), got


def test_a_proper_name_in_capitals_is_no_pronoun():
    """Kept sibling: "US" is no "us"."""
    assert ("several US states", "ban", "practice") in triples("Several US states ban the practice."), \
        triples("Several US states ban the practice.")


def test_an_adjectival_participle_leads_a_subject():
    """Kept sibling: "Registered voters" is an adjective's participle, not a clause's verb."""
    got = triples("Registered voters elect the council.")
    assert ("registered voters", "elect", "council") in got, got


def test_a_comparative_occasion_without_its_standard_is_refused():
    got = triples("Stronger heating generates sulfur dioxide, oxygen gas, and water vapor.")
    got += triples("A harder blow can fracture the rib.")
    assert not any(s in ("stronger heating", "harder blow") for s, _, _ in got), got


def test_a_correlation_compared_on_both_sides_is_kept():
    """Kept sibling (issue 11's polarity examples): the other side compares too, or the verb is a change."""
    got = triples("Less forceful contractions result in smaller stroke volumes.")
    got += triples("Higher temperatures increase the rate of reaction.")
    assert ("less forceful contractions", "result in", "smaller stroke volumes") in got, got
    assert ("higher temperatures", "increase", "rate of reaction") in got, got


def test_a_named_part_and_a_kind_with_a_comparative_are_kept():
    """Kept siblings: "the lesser curvature" names a part, "larger molecules" a kind."""
    got = triples("The lesser curvature faces the liver.") + triples("Larger molecules cannot cross the membrane.")
    assert ("lesser curvature", "faces", "liver") in got, got
    assert ("larger molecules", "can not cross", "membrane") in got, got


def test_a_comparative_under_a_fronted_scope_is_kept():
    """Kept sibling: the fronted scope the frame carries gives the standard (the case outside it)."""
    got = triples("At high altitudes, a greater share of oxygen is released into the tissues.")
    assert ("greater share of oxygen at high altitudes", "is released into", "tissues") in got, got


def test_a_comparative_subject_of_a_verb_that_pushes_to_an_end_is_kept():
    """Audit round 15 read-back: "Because closer packing maximizes the attractions between atoms and minimizes the
    total energy, ..." (judged right) was refused as a comparison without its standard; "minimize" pushes a quantity
    to its end, so the comparative subject is one side of a correlation."""
    got = triples("Closer packing minimizes the total energy of the crystal.")
    assert ("closer packing", "minimizes", "total energy of crystal") in got, got
