"""Statement classes review R13 found (findings 1, 2, 3, 8): each test an invented general-English sentence of the
construction, the wrong reading refused or mended and a right sibling kept.

Classes: a quantifier on the first of two joined subjects dropped from the second; an object's tail past a
", which ...," aside that the parser hung on the noun or on the aside's own verb; "even" inside the object; a
more/less subject compared with nothing the sentence gives; fronted "naturally" and a science's own viewpoint adverb
("chemically") are no scope.
"""

from __future__ import annotations

from tests.statements_util import triples


# ----------------------------------------------------------------------------- a shared quantifier


def test_quantifier_of_the_first_subject_goes_to_the_second():
    got = triples("Many farmers and traders still pay the new tax.")
    assert ("traders", "pay", "new tax") not in got
    assert ("many traders", "pay", "new tax") in got
    assert ("many farmers", "pay", "new tax") in got


def test_a_few_stays_a_few_on_the_second_subject():
    got = triples("A few farmers and traders pay the tax.")
    assert ("traders", "pay", "tax") not in got
    assert ("a few traders", "pay", "tax") in got


def test_subjects_without_a_quantifier_are_split_bare():
    got = triples("Farmers and traders pay the new tax.")
    assert ("farmers", "pay", "new tax") in got and ("traders", "pay", "new tax") in got


# ----------------------------------------------------------------------------- a tail past an aside


def test_tail_past_an_aside_hung_on_the_noun_is_joined():
    got = triples("The enzyme converts the protein, which is made by the liver, into its active form.")
    assert ("enzyme", "converts", "protein") not in got
    assert ("enzyme", "converts", "protein into its active form") in got


def test_tail_past_an_aside_hung_on_the_aside_verb_is_joined():
    got = triples("The law treats the tax, which many people dislike, as a fee.")
    assert ("law", "treats", "tax") not in got
    assert ("law", "treats", "tax as a fee") in got


def test_the_aside_verb_does_not_take_the_main_verb_tail():
    got = triples("The mill turns the grain, which is grown nearby, into flour.")
    assert ("grain", "is grown into", "flour") not in got
    assert ("mill", "turns", "grain into flour") in got


def test_tail_hung_on_the_main_verb_is_still_joined():
    assert ("court", "treats", "payment as a bribe") in triples(
        "The court treats the payment, which the firm made in secret, as a bribe.")


# ----------------------------------------------------------------------------- cut or garbled arguments


def test_even_inside_the_object_gives_no_frame():
    assert triples("Algae can produce even jet fuel.") == []
    assert ("Algae", "can produce", "jet fuel") in triples("Algae can produce jet fuel.")


def test_compared_subject_without_its_other_term_gives_no_frame():
    assert triples("As a result, less water is lost from the soil.") == []
    assert triples("As a result, fewer workers join the unions.") == []
    assert ("workers", "join", "unions") in triples("Workers join the unions.")


# ----------------------------------------------------------------------------- adverbs that are no scope


def test_naturally_and_a_science_viewpoint_adverb_keep_the_frame():
    assert ("body", "resists", "infection") in triples("Naturally, the body resists infection.")
    assert ("water", "is", "compound of hydrogen and oxygen") in triples(
        "Chemically, water is a compound of hydrogen and oxygen.")
    assert triples("Historically, the most common fuel was wood.") == []  # a field adverb that limits stays
