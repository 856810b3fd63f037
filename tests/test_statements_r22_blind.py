"""Audit round 22's statement rejects (held-out chapters, blind judges), each kind reproduced on an invented sentence
of the same grammatical shape, with a kept sibling that is right (session 22, E4):

1. scope dropped: a fronted phrase of the main clause scopes its "because" clause ("Within a parliamentary regime,
   the calculus is much different because the chief executive emerges from ...": stored without the regime);
2. an argument cut so the meaning changes: "serve as formal advisors to chief executives" read "serve to | chief
   executives"; "has its advantages and disadvantages" split into "has | advantages";
3. a subject cut to a fragment: "Where the fat is deposited and accumulates within X depends on Y" read
   "accumulates within X | depends on | Y" (a clausal subject the parser cut in two);
4. an adverb that carries the point dropped: "can transition directly into the gaseous state".
"""

from __future__ import annotations

from tests.statements_util import triples


# 1. a fronted scope reaches the adverbial clause of the verb it stands on

def test_a_fronted_scope_is_carried_into_a_because_clause():
    got = triples("Within a federal system, the picture is quite different because the governor emerges from the "
                  "largest party in the assembly.")
    assert ("governor", "emerges from", "largest party in assembly") not in got, got
    assert ("governor within a federal system", "emerges from", "largest party in assembly") in got, got


def test_a_because_clause_without_a_fronted_scope_is_read_as_before():
    got = triples("The picture is quite different because the governor emerges from the largest party in the assembly.")
    assert ("governor", "emerges from", "largest party in assembly") in got, got


# 2a. an "as" phrase between the verb and the preposition the frame is read on

def test_a_role_before_the_preposition_is_not_dropped():
    got = triples("Councils serve as formal advisors to their governors.")
    assert not [t for t in got if t[1] == "serve to"], got


def test_a_verb_with_its_preposition_alone_keeps_its_frame():
    assert ("Cabinet ministers", "report to", "prime minister") in triples("Cabinet ministers report to the prime minister.")


def test_a_role_alone_keeps_its_frame():
    assert ("platelets", "serve as", "plug") in triples("Platelets serve as a plug.") or \
        ("platelets", "serve as", "temporary plug") in triples("Platelets serve as a temporary plug.")


# 2b. a noun and its opposite by prefix are one "both sides" phrase

def test_a_noun_and_its_prefixed_opposite_are_not_split():
    got = triples("Each method has its advantages and disadvantages.")
    assert not [t for t in got if t[2] in ("advantages", "disadvantages")], got
    got = triples("Markets create order and disorder.")
    assert not [t for t in got if t[2] in ("order", "disorder")], got


def test_having_both_sides_gives_no_frame():
    assert not triples("Each method has its advantages and disadvantages.")


def test_a_pair_of_opposites_is_read_whole():
    assert ("markets", "create", "order and disorder") in triples("Markets create order and disorder.")
    assert ("ionic compounds", "generally form from", "metals and nonmetals") in triples(
        "Ionic compounds generally form from metals and nonmetals.")


def test_an_ordinary_pair_is_still_split():
    got = triples("The kidneys filter water and salts.")
    assert ("kidneys", "filter", "water") in got and ("kidneys", "filter", "salts") in got, got


# 3. a clausal subject the parser cut in two

def test_a_clausal_subject_cut_to_its_second_verb_gives_no_frame():
    got = triples("Where the water is stored and moves within the soil depends on its texture.")
    assert not [t for t in got if t[1] == "depends on"], got
    got = triples("How much sugar is absorbed and circulates within the blood depends on insulin.")
    assert not [t for t in got if t[1] == "depends on"], got


def test_a_fronted_wh_clause_with_its_comma_leaves_the_main_clause():
    got = triples("When the soil is dry, roots grow deeper and plants store water.")
    assert not [t for t in got if t[0].startswith("stored") or t[0].startswith("dry")], got
    assert ("deep roots", "store", "water") not in got  # (no invented frame either)


# 4. an adverb of the way a change goes stays in the predicate

def test_directly_stays_in_the_predicate():
    got = triples("Some metals can pass directly into the vapor state, bypassing the liquid state.")
    assert ("some metals", "can pass into", "vapor state") not in got, got
    assert ("some metals", "can pass directly into", "vapor state") in got, got


def test_directly_after_the_object_is_not_moved_before_it():
    got = triples("The hormone stimulates the gland directly.")
    assert ("hormone", "stimulates directly", "gland") not in got, got
