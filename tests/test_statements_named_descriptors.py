"""Coordinated descriptors before a proper name are one person ("English author and social critic NAME places
...": blind round 24 gave "english author | places | ..." and "social critic | places | ...", the name dropped), and
a bare noun of a complex preposition ("in alignment with", blind round 24: "Constitution in alignment") ends no
object.  Invented sentences of several disciplines; plain coordinations of people or kinds still split."""

from __future__ import annotations

from proda.ingest.extract.arguments import conjuncts_of
from proda.ingest.extract.named_descriptors import described_name
from proda.ingest.extract.nlp import load_nlp
from tests.statements_util import triples

_DESCRIBED = ["German philosopher and economist Karl Marx criticized industrial capitalism.",
              "English author and social critic Charles Dickens blamed industrial capitalism for urban poverty.",
              "Economist and sociologist Max Weber studied bureaucracy.",
              "American poet and activist Audre Lorde wrote essays on identity.",
              "British chemist and physicist Michael Faraday discovered electromagnetic induction."]
_DESCRIPTORS = {"german philosopher", "economist", "english author", "social critic", "american poet", "activist",
                "british chemist", "physicist", "sociologist", "social critic Charles Dickens", "sociologist Max Weber"}


def test_coordinated_descriptors_of_one_name_are_not_split_into_people():
    got = [t for s in _DESCRIBED for t in triples(s)]
    assert not any(s in _DESCRIPTORS for s, _, _ in got), got


def test_the_name_is_the_subject():
    got = triples("German philosopher and economist Karl Marx criticized industrial capitalism.")
    got += triples("American poet and activist Audre Lorde wrote essays on identity.")
    assert ("Karl Marx", "criticized", "industrial capitalism") in got, got
    assert ("Audre Lorde", "wrote", "essays on identity") in got, got


def test_a_plural_kind_before_a_name_is_no_title():
    doc = load_nlp()("Doctors and nurse Mary Seacole treated wounded soldiers.")
    assert described_name(doc[0], conjuncts_of(doc[0])) is None
    doc = load_nlp()("Economist and sociologist Max Weber studied bureaucracy.")
    assert described_name(doc[0], conjuncts_of(doc[0])) == (3, 5)


def test_a_plain_coordination_still_splits():
    got = triples("Sodium and potassium are metals.")
    assert ("sodium", "are", "metals") in got and ("potassium", "are", "metals") in got


def test_an_object_is_not_cut_inside_a_complex_preposition():
    got = triples("Originalists interpret the Constitution in alignment with its original meaning.")
    got += triples("Engineers design the bridge in conformity with safety codes.")
    assert not any(o.endswith(("in alignment", "in conformity")) for _, _, o in got), got


def test_an_object_with_its_whole_phrase_is_kept():
    got = triples("Judges apply the law in accordance with precedent.")
    assert ("judges", "apply", "law in accordance with precedent") in got, got
    got = triples("Firms set prices in response to demand.")
    assert ("firms", "set", "prices in response to demand") in got, got
    got = triples("The biceps flexes the forearm in conjunction with the brachialis.")
    assert ("biceps", "flexes", "forearm in conjunction with the brachialis") in got, got
