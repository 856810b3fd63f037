"""Statement findings of the fresh-context review R15: each test an invented general-English sentence of the
construction, the wrong reading refused and a right sibling kept.

Classes: an infinitive joined to the object when it is the subject's purpose (only a verb of reliance or means
lends its object the infinitive); a coordinated subject split under an exclusive complement ("the only ...");
a clause under a verb of intention stated as fact; an always/never claim limited by a fronted reason clause.
"""

from __future__ import annotations

from tests.statements_util import triples


# ----------------------------------------------------------------------------- the subject's purpose


def test_the_subjects_purpose_is_not_joined_to_the_object():
    got = triples("Many birds fly to warmer regions to escape the harsh winters.")
    assert not any("to escape" in o for _, _, o in got)


def test_the_purpose_after_rely_on_still_joins_the_object():
    got = triples("The small island relies on its neighbour to supply fresh water.")
    assert ("small island", "relies on", "neighbour to supply fresh water") in got


# ----------------------------------------------------------------------------- a subject that holds only as a whole


def test_a_coordinated_subject_of_the_only_is_not_split():
    got = triples("The liver and its ducts are the only organs in the adult body that make bile.")
    got += triples("Lions and tigers are the sole big cats in the region.")
    assert not any(s in ("liver", "ducts", "lions", "tigers") for s, _, _ in got)


def test_a_coordinated_subject_taken_together_is_not_split():
    got = triples("Lions and tigers together are the largest cats in the region.")
    assert not any(s in ("lions", "tigers") for s, _, _ in got)


def test_a_coordinated_subject_of_a_class_is_still_split():
    got = triples("Arteries and veins are blood vessels.")
    assert ("arteries", "are", "blood vessels") in got and ("veins", "are", "blood vessels") in got


# ----------------------------------------------------------------------------- a goal stated as fact


def test_the_clause_of_an_aim_is_no_fact():
    got = triples("Modern labor law attempts to ensure that employers do not exploit young workers.")
    got += triples("The new rule is designed to ensure that workers receive fair pay.")
    got += triples("The treaty seeks to ensure that member states reduce their emissions.")
    assert not any(s in ("employers", "workers", "member states") for s, _, _ in got)


def test_the_main_clause_beside_an_aim_is_kept():
    got = triples("The new law raises the minimum wage to ensure that workers receive fair pay.")
    assert ("new law", "raises", "minimum wage") in got
    assert not any(s == "workers" for s, _, _ in got)


def test_between_them_takes_the_subjects_together_but_a_between_phrase_does_not():
    got = triples("Lions and tigers between them are the largest cats in the region.")
    assert not any(s in ("lions", "tigers") for s, _, _ in got)
    from proda.ingest.extract.joint_acts import whole_complement
    from proda.ingest.extract.nlp import load_nlp
    doc = load_nlp()("The bonds between the atoms and the ions are stronger than the forces.")
    v = next(t for t in doc if t.lemma_ == "be")
    subj = next(c for c in v.children if c.dep_ == "nsubj")
    assert not whole_complement(v, None, subj)


# ----------------------------------------------------------------------------- an always-claim limited by its reason


def test_an_always_claim_under_a_reason_about_another_noun_is_dropped():
    got = triples("Because a chronic illness can affect a worker's income, the standard for disability benefits is "
                  "always proof of lasting harm.")
    got += triples("Since a drought can destroy a harvest, the price of wheat always rises in dry years.")
    assert not any(s.startswith(("standard for", "price of wheat")) for s, _, _ in got)
    assert ("chronic illness", "can affect", "worker's income") in got


def test_an_always_claim_alone_or_under_a_reason_about_itself_is_kept():
    got = triples("The standard for disability benefits is always proof of lasting harm.")
    assert ("standard for disability benefits", "is always", "proof of lasting harm") in got
    got = triples("Since the price of wheat follows the harvest, the price of wheat always rises in dry years.")
    assert any(s == "price of wheat" and p == "always rises in" for s, p, _ in got)


def test_an_always_claim_under_a_reason_about_the_subjects_own_noun_is_kept():
    got = triples("Because the lungs are open to the air, the pressure inside the lungs always matches the air pressure.")
    assert any(s.startswith("pressure") and "always" in p for s, p, _ in got)


def test_a_fronted_reason_scopes_a_coordinated_always_clause():
    got = triples("Because a drought can destroy a harvest, farmers always store grain, and the price of wheat always "
                  "rises in dry years.")
    assert not any(s.startswith("price of wheat") for s, _, _ in got)
