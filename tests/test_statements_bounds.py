"""Statement findings of the fresh judges of audit round 13 (session 13, engineer C), kept in bounds.py: each test an
invented sentence of the construction, the wrong reading refused and a right sibling kept.

Classes: a superlative stored without the place or time it holds in; a clause whose scope sits in a clause
spliced to it by a bare comma; a ", which" clause after a time phrase read as about the time noun; a quantifier
floated after a bare "the Xs" (a set the paragraph set up).
"""

from __future__ import annotations

from tests.statements_util import triples


# ----------------------------------------------------------------------------- a superlative's domain


def test_superlative_without_its_place_is_refused():
    # the parser hangs the parenthesis inside "in the U.S.", and the object text stops before it
    got = triples("Heart diseases are the most common causes of illness-related admission in the U.S. "
                  "(Health Agency 2019).")
    assert not any("most common" in o and "U.S." not in o for _, _, o in got)


def test_superlative_without_its_time_is_refused():
    got = triples("Tourism is the largest employer in the region today.")
    assert not any("largest employer" in o for _, _, o in got)


def test_superlative_with_its_place_in_the_object_is_kept():
    assert ("Rice", "is", "leading source of dietary energy in Asia") in \
        triples("Rice is the leading source of dietary energy in Asia.")


def test_superlative_with_its_complement_is_kept():
    assert ("femur", "is", "longest bone of the body") in triples("The femur is the longest bone of the body.")

# ----------------------------------------------------------------------------- a comma splice


def test_clause_spliced_to_its_scope_is_refused():
    got = triples("The rule is also true at night, guards must lock the gate to keep the animals in.")
    assert not any(s == "guards" for s, _, _ in got)


def test_coordinated_clauses_are_kept():
    got = triples("Pilots lower the flaps on landing, and engineers check the brakes afterwards.")
    assert ("engineers", "check", "brakes") in got and ("pilots", "lower", "flaps on landing") in got

# ----------------------------------------------------------------------------- ", which" after a time phrase


def test_which_after_a_time_phrase_is_refused():
    got = triples("Each molecule of a gas experiences many collisions in a short time, which can result in a high "
                  "temperature.")
    assert not any(s == "short time" for s, _, _ in got)


def test_which_after_a_long_period_is_refused():
    got = triples("The rock absorbs water over a long period, which causes erosion of the cliff.")
    assert not any(s == "long period" for s, _, _ in got) and ("rock", "absorbs", "water") in got


def test_which_after_a_named_period_is_kept():
    assert ("Cretaceous period", "ended with", "mass extinction") in \
        triples("The reptiles flourished during the Cretaceous period, which ended with a mass extinction.")


# ----------------------------------------------------------------------------- a floated quantifier on "the Xs"


def test_floated_all_after_a_bare_definite_plural_is_refused():
    assert not any(s == "tablets" for s, _, _ in triples("The tablets are all similar in mass."))
    assert not any(s == "dipoles" for s, _, _ in triples("The dipoles all point toward the oxygen end of the ring."))


def test_floated_all_after_a_restricted_subject_is_kept():
    assert ("sutures", "join", "bones of skull") in triples("The bones of the skull are all joined by sutures.")


def test_floated_both_after_a_subject_with_its_phrase_is_kept():
    got = triples("The immune responses to transplants and to tumours are both important medical issues.")
    assert ("immune responses to transplants", "are", "important medical issues") in got
