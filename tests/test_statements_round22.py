"""Audit round 13, fresh judges (engineer B of session 13): statements whose object or predicate was cut until it
says nothing.  Each finding is reproduced on an invented sentence of the same grammatical shape, with a kept sibling
that is right."""

from __future__ import annotations

from tests.statements_util import triples


# 1. a verb particle is part of the predicate: "were held together by X" is not "X held them"

def test_a_particle_adverb_stays_in_a_passive_predicate():
    got = triples("Ancient villages were held together by kinship ties.")
    assert ("kinship ties", "held", "ancient villages") not in got
    assert ("kinship ties", "held together", "ancient villages") in got


def test_a_particle_adverb_stays_in_an_active_predicate():
    got = triples("Kinship ties held the ancient villages together.")
    assert ("kinship ties", "held", "ancient villages") not in got


def test_a_parsed_particle_stays_in_a_passive_predicate():
    got = triples("The trade guild was set up by wealthy merchants.")
    assert ("wealthy merchants", "set", "trade guild") not in got
    assert ("wealthy merchants", "set up", "trade guild") in got


def test_a_verb_without_a_particle_keeps_its_predicate():
    assert ("kinship ties", "held", "ancient villages") in triples("Kinship ties held the ancient villages.") or \
        ("kinship ties", "held", "ancient villages") in triples("The ancient villages were held by kinship ties.")


# 2. a light noun ("transition", "shift", "use", "role") says nothing without its "from/to/of/in" phrase

def test_a_light_noun_cut_from_its_phrases_is_refused():
    assert not any(p == "made" for _, p, _ in triples("Social life made the transition from rural to urban."))
    assert not any(p == "made" for _, p, _ in triples("Economic power made the move from landed to commercial."))


def test_a_light_noun_with_one_of_its_two_phrases_is_refused():
    assert ("economy", "made", "transition from farming") not in triples(
        "The economy made the transition from farming to industry.")


def test_a_light_noun_with_its_phrase_is_kept():
    assert ("field geologists", "made", "use of aerial photography") in triples(
        "Field geologists made use of aerial photography.")
    assert ("economy", "made", "transition to industry") in triples("The economy made a transition to industry.")


def test_an_adverb_after_a_copula_is_no_particle():
    got = triples("A colony is a group of ants together.")
    assert not any(p == "is together" for _, p, _ in got)


# 3. a bare general head whose whole content is its examples says nothing once they are cut

def test_a_bare_general_head_without_its_examples_is_refused():
    got = triples("The diets of wealthy nations tend toward foods like sugar as well as those that are rich in fat.")
    assert ("diets of wealthy nations", "tend toward", "foods") not in got
    got = triples("The ailments of rich nations tend toward diseases such as diabetes.")
    assert ("ailments of rich nations", "tend toward", "diseases") not in got


def test_a_head_with_its_own_modifier_keeps_without_its_examples():
    got = triples("The ailments of rich nations tend toward chronic diseases such as diabetes.")
    assert ("ailments of rich nations", "tend toward", "chronic diseases") in got


def test_a_bare_kind_noun_without_its_examples_is_kept():
    assert ("plants", "need", "nutrients") in triples("Plants need nutrients such as nitrogen and potassium.")


# 4. "view / regard / treat X as Y" says nothing without "as Y"

def test_a_view_of_a_list_cut_before_its_as_phrase_is_refused():
    got = triples("Marxist historians view laws, courts, and the police as serving the interests of the owning class.")
    assert not any(p == "view" for _, p, _ in got)


def test_a_regarding_verb_without_an_as_phrase_is_kept():
    assert ("astronomers", "view", "distant galaxies through large telescopes") in triples(
        "Astronomers view distant galaxies through large telescopes.")


# 5. a copula object's own "that" clause parsed as the copula's clause is the object's content

def test_an_object_relative_parsed_onto_the_copula_stays_in_the_object():
    got = triples("Direct lending is credit that a student borrows directly from the federal government.")
    assert ("direct lending", "is", "credit") not in got
    assert ("student", "borrows from", "federal government") not in got  # the clause restricts the noun


def test_a_subject_relative_stays_in_the_object():
    got = triples("A tariff is a tax that may be used to protect domestic producers.")
    assert ("tariff", "is", "tax that may be used to protect domestic producers") in got


# 6. "choose / select / pick from X": the items offered are alternatives, not each chosen

def test_an_alternative_after_choose_from_is_no_object():
    got = triples("Economists generally choose from widely used methods of market research: primary source data "
                  "collection such as interviews, field experiments, and secondary data analysis.")
    assert not any(p == "generally choose" for _, p, _ in got)


def test_alternatives_offered_are_not_each_chosen():
    got = triples("Students may choose from chemistry, physics, and biology.")
    assert ("students", "may choose from", "chemistry") not in got


def test_choose_from_with_its_whole_offer_is_kept():
    got = triples("Geologists generally choose from widely used methods of rock dating: primary field data collection "
                  "such as core drilling, isotope analysis, and fossil correlation.")
    assert ("geologists", "generally choose from", "widely used methods of rock dating") in got
