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


def test_an_adverb_after_a_copula_is_no_particle():
    got = triples("A colony is a group of ants together.")
    assert not any(p == "is together" for _, p, _ in got)
