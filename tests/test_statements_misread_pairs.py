"""Two readings session 31's fresh anatomy sample rejected: a subject pair ranked by a superlative split into one
claim each ("The dorsal cavity and the ventral cavity are the largest body compartments" gave "dorsal cavity | are |
largest body compartments", which leaves the other out), and a verb after "and" read as the subject of a noun ("...,
and forces air into the airway" gave "forces | air into | airway")."""

from __future__ import annotations

from tests.statements_util import triples


def test_a_pair_ranked_together_is_not_split():
    assert triples("The dorsal (posterior) cavity and the ventral (anterior) cavity are the largest body "
                   "compartments.") == []
    assert triples("Sodium and potassium are the most abundant cations in the body.") == []
    assert triples("Sodium and potassium are important cations in the body.") == [
        ("sodium", "are", "important cations in the body"), ("potassium", "are", "important cations in the body")]


def test_a_verb_read_as_a_subject_gives_no_statement():
    got = triples("The CPAP machine has a mask that covers the nose, or the nose and mouth, and forces air into the "
                  "airway at regular intervals.")
    assert not any(s == "forces" for s, _, _ in got)
    assert ("heart", "releases", "hormones into the blood") in triples(
        "The heart pumps blood, and releases hormones into the blood.")
    assert ("plants", "wilt in", "heat") in triples("The soil dries out, and plants wilt in the heat.")


def test_respective_ranks_each():
    got = triples("Fluorine and oxygen are the strongest oxidizing agents within their respective groups.")
    assert [s for s, _, _ in got] == ["Fluorine", "oxygen"]


def test_a_list_member_read_as_a_new_clause_subject_gives_nothing():
    """"The thigh muscles that move the femur, tibia, and fibula are divided into ..." (session 33's anatomy sample):
    the parse joined "fibula are divided" to the noun "muscles"; a clause after a noun root without such a list
    stays."""
    assert triples("The thigh muscles that move the femur, tibia, and fibula are divided into medial, anterior, and "
                   "posterior compartments.") == []
    assert ("water in pleural fluid", "helps", "lungs expand and recoil") in triples(
        "Just as oil lubricates the hinge on a door, water in synovial fluid lubricates the actions of body joints, "
        "and water in pleural fluid helps the lungs expand and recoil with breathing.")


def test_a_comparative_the_subject_lost_gives_nothing():
    """"a higher, or more basic, pH inhibits ...": "higher" hung on the verb; "pH | inhibits | ..." says the
    opposite of what a lower pH does.  A plain adjective lost so leaves a true claim."""
    assert triples("In contrast, a higher, or more basic, pH inhibits oxygen dissociation from hemoglobin.") == []
    assert ("rounded pisiform bone", "articulates with", "anterior surface of triquetrum bone") in triples(
        "The small, rounded pisiform bone articulates with the anterior surface of the triquetrum bone.")
