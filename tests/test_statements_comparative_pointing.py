"""A comparative that points at a comparand told before ("ONF is the heavier and larger molecule", "Still larger
cations can occupy cubic holes": independent audit rounds 15, still produced in session 15) leaves its noun without
a referent: the heavier of which two, larger than which cations.  Refused by scope.comparand_before ("the" on a copula's
complement, or "still/even" on a comparative, with no "than" in the phrase); invented sentences, with kept siblings: a bare plural
correlation ("Larger ships need deeper harbours"), a comparative naming a part ("the lower jaw"), a comparison
stated whole ("taller than the egret"), "the smaller town" as a subject (a role in a pair: the judges accepted "the
smaller country contributes ...").
"""

from __future__ import annotations

from tests.statements_util import triples


def test_the_comparative_object_is_refused():
    got = triples("Both birds have the same shape and the heron is the heavier and taller bird.")
    assert not any("heavier" in o for _, _, o in got)
    assert not any("heavier" in o for _, _, o in triples("The heron is the heavier bird."))


def test_the_more_adjective_complement_is_refused():
    got = triples("The white powder is the more common form of the salt.")
    assert not any("common form" in o for _, _, o in got)


def test_the_comparative_subject_naming_a_role_is_kept():
    got = triples("In a shared harbour, the smaller town pays the higher fees.")
    assert any(s.startswith("smaller town") for s, _, _ in got)


def test_still_comparative_subject_is_refused():
    got = triples("Still larger ships can enter the outer harbour.")
    assert not any("larger ships" in s for s, _, _ in got)


def test_even_comparative_subject_is_refused():
    got = triples("Even smaller birds can nest in the hedge.")
    assert not any("smaller birds" in s for s, _, _ in got)


def test_the_comparative_naming_its_set_is_kept():
    got = triples("The heron is the larger bird of the marsh.")
    assert any(o.startswith("larger bird of") for _, _, o in got)


def test_bare_plural_correlation_is_kept():
    assert ("larger ships", "need", "deeper harbours") in triples("Larger ships need deeper harbours.")


def test_comparative_naming_a_part_is_kept():
    assert ("lower jaw", "holds", "teeth") in triples("The lower jaw holds the teeth.")


def test_comparison_stated_whole_is_kept():
    assert any(s == "heron" for s, _, _ in triples("The heron is taller than the egret."))
