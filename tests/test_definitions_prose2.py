"""Definitions a teacher reads in prose that the sentence rules missed (issue #11, ceiling study of round 9 on
non-held-out chapters of sociology 02/04/08/09/10/15, political science 01/03/07/09/15/16, anatomy and chemistry):
"use the term X to describe Y", "X, which refers to ...", "Those Ys that ... are referred to as X", a sentence-final
apposition the small parser hangs on the clause's subject, a gloss inside a reported clause ("Marx proposed that
..."), a gloss whose own clause holds a naming verb ("the idea that one should define oneself ..."), and "As the name
suggests, X is ..."; and the look-alikes that must stay undefined."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from proda.ids import normalize_name
from proda.ingest.recall import prose_recall
from tests.definitions_util import defined as _defined


@pytest.mark.parametrize("name,sentence", [
    ("status consistency", "Sociologists use the term status consistency to describe the consistency, or lack "
                           "thereof, of an individual’s rank across the factors that determine social stratification "
                           "within a lifetime."),  # sociology 09
    ("social stratification", "Sociologists use the term social stratification to describe the system of social "
                              "standing."),  # sociology 09
])
def test_use_the_term_x_to_describe_defines_x(name, sentence):
    assert _defined(sentence).get(name) == "use_term"


def test_use_the_term_without_a_purpose_defines_nothing():
    assert _defined("Sociologists use the term cultural Marxism more metaphorically.") == {}  # political science 03


@pytest.mark.parametrize("name,sentence", [
    ("validity", "Researchers also strive for validity, which refers to how well the study measures what it was "
                 "designed to measure."),  # sociology 02
    ("reliability", "Researchers design studies to maximize reliability, which refers to how likely research results "
                    "are to be replicated if the study is reproduced."),  # sociology 02
])
def test_x_which_refers_to_defines_x(name, sentence):
    assert _defined(sentence).get(name) == "which_means"


def test_those_ys_that_are_referred_to_as_x_defines_x():
    s = ("Those components of politics and policy making in a country that result in specific public policies are "
         "referred to as political factors.")  # political science 01
    assert _defined(s).get("political factors") == "known_as"


def test_these_ys_are_referred_to_as_x_stays_undefined():
    # "These cells": what they are is another sentence's (anatomy 06 style)
    assert _defined("These cells are referred to as osteoclasts.") == {}


@pytest.mark.parametrize("name,sentence", [
    ("degrowth", "Some scholars propose that, in order to overcome the crisis, society must alter the mechanisms that "
                 "generate it, and since the crisis is caused by the unwanted consequences of industrial production, "
                 "these scholars argue for degrowth, a decrease in economic production and consumption levels."),
    ("glycolysis", "Insulin also reduces blood glucose levels by stimulating glycolysis, the metabolism of glucose for "
                   "generation of ATP."),  # anatomy 17
    ("primogeniture", "Wealth was passed from generation to generation through primogeniture, a law stating that all "
                      "property would be inherited by the firstborn son."),  # sociology 09
])
def test_a_sentence_final_apposition_glosses_the_noun_before_it(name, sentence):
    assert _defined(sentence).get(name) in ("appos_gloss", "appos_def")


@pytest.mark.parametrize("sentence", [
    # the comma closes an opening clause: the noun after it is the main clause's subject (chemistry 09)
    "When 3.12 g of glucose, C6H12O6, is burned in a bomb calorimeter, the temperature of the calorimeter increases "
    "from 23.8 °C to 35.6 °C.",
    # "e-readiness" split at its hyphen: "readiness" would be a cut name (sociology 08)
    "Even as we improve access, we have failed to address an increasingly evident gap in e-readiness—the ability to "
    "sort through, interpret, and process knowledge (Sciadas 2003).",
    # no verb in the parse: the noun after the comma is a subject (anatomy 09)
    "At the hip joint, the head of the femur articulates with the acetabulum of the hip bone, and at the shoulder "
    "joint, the head of the humerus articulates with the glenoid cavity of the scapula.",
])
def test_a_sentence_final_noun_phrase_that_is_no_gloss_defines_nothing(sentence):
    assert not set(_defined(sentence)) & {"bomb calorimeter", "readiness", "e-readiness", "shoulder joint",
                                          "calorimeter"}


@pytest.mark.parametrize("name,sentence", [
    ("class consciousness", "In order for society to overcome false consciousness, Marx proposed that it be replaced "
                            "with class consciousness, the awareness of one’s rank in society."),  # sociology 04
    ("social integration", "Durkheim also believed that social integration, or the strength of ties that people have "
                           "to their social groups, was a key factor in social life."),  # sociology 04
])
def test_a_gloss_inside_a_reported_clause_defines(name, sentence):
    assert name in _defined(sentence)


def test_a_naming_verb_inside_the_glosses_own_clause_names_nothing_else():
    s = ("Symbolically, global governmental entities highlight a moral aspiration among globalists toward "
         "cosmopolitanism, the idea that one should define oneself primarily as a citizen of the world and not of any "
         "particular nation.")  # political science 15
    assert _defined(s).get("cosmopolitanism") == "appos_gloss"


@pytest.mark.parametrize("name,sentence", [
    ("debt accumulation", "As the name suggests, debt accumulation is the buildup of external debt, wherein countries "
                          "borrow money from other nations to fund their expansion or growth goals."),  # sociology 10
    ("integral protein", "As its name suggests, an integral protein is a protein that is embedded in the "
                         "membrane."),  # anatomy 03
])
def test_as_the_name_suggests_x_is_a_y_defines_x(name, sentence):
    assert _defined(sentence).get(name) == "is_a"


@pytest.mark.parametrize("name,sentence", [
    ("compromise", "A second possibility involves compromise, in which the various participants in a conflict give "
                   "ground on what they seek in order to arrive at an agreement."),  # political science 01
    ("participant observation", "Rothman had conducted a form of study called participant observation, in which "
                                "researchers join people and participate in a group’s routine activities for the "
                                "purpose of observing them within that context."),  # sociology 02
    ("ball-and-socket joints", "Ball-and-socket joints, in which the rounded head of a bone fits into a large "
                               "depression or socket, are found at the shoulder and hip joints."),  # anatomy 09
])
def test_x_in_which_a_present_clause_defines_x(name, sentence):
    assert _defined(sentence).get(name) == "in_which"


@pytest.mark.parametrize("sentence", [
    # an image, not a term (anatomy 03, sociology 01 style)
    "Multiple nucleosomes along the entire molecule of DNA appear like a beaded necklace, in which the string is the "
    "DNA and the beads are the associated histones.",
    "Following the ideas of Comte and Spencer, Durkheim likened society to a living organism, in which each organ "
    "plays a necessary role in keeping the being alive.",
    # the clause describes the subject, the complement is its class (anatomy 09)
    "Supination is the opposite motion, in which rotation of the radius returns the bones to their parallel positions "
    "and moves the palm to the anterior facing (supinated) position.",
    # whose clause it is the parse cannot tell (political science 03)
    "Following skepticism of direct democracy, in which the populace decides political matters by a direct majority "
    "vote, democratic liberalism focuses on the election of representatives who act on the people’s behalf.",
])
def test_in_which_after_an_image_a_complement_or_an_of_phrase_defines_nothing(sentence):
    assert not any(how == "in_which" for how in _defined(sentence).values())


@pytest.mark.parametrize("name,sentence", [
    # a hedged second sense is not what X is (sociology 14)
    ("foster parent", "(Sometimes the term foster parent refers to a relative who cares for the children under agency "
                      "guidelines, and sometimes these \"kinship\" foster parents are also provided financial "
                      "support.)"),
    # a sentence-final noun saying what something may do remarks on the whole clause (political science 13)
    ("presidential regimes", "The judiciary is separate from the executive in presidential regimes, an arrangement "
                             "that may help protect the rights of minority groups."),
])
def test_a_second_sense_or_a_remark_on_the_clause_defines_nothing(name, sentence):
    assert name not in _defined(sentence)


SOCIOLOGY = Path(__file__).resolve().parents[2] / "shared/corpora/sociology"


@pytest.mark.skipif(not SOCIOLOGY.exists(), reason="corpora not mounted")
def test_prose_recall_counts_the_read_sections_glossary_terms_found_in_sentences():
    chapter = SOCIOLOGY / "corpus-prose/09-social-stratification-in-the-united-states"
    section = chapter / "m90183-what-is-social-stratification.html"
    gloss = [json.loads(line) for line in (SOCIOLOGY / "glossary.jsonl").open(encoding="utf-8") if line.strip()]
    res = prose_recall([section], SOCIOLOGY / "glossary.jsonl")
    assert res["terms"] == len({normalize_name(g["term"]) for g in gloss if g["module"] == "m90183"})
    assert "status consistency" in {d["name"].lower() for d in res["defined"]}  # "use the term X to describe Y"
    assert 0 < res["found"] <= res["terms"] and res["interval"][0] <= res["recall"] <= res["interval"][1]


def test_prose_recall_says_why_when_nothing_can_be_counted(tmp_path):
    """Review of the change: a Markdown chapter or an empty folder printed "0/0 = 0.0%" and exited 0."""
    (tmp_path / "primer.md").write_text("# Stars\n\nA star is a ball of gas that shines by fusion.\n", encoding="utf-8")
    gloss = tmp_path / "glossary.jsonl"
    gloss.write_text(json.dumps({"term": "star", "definition": "a ball of gas", "module": "m1"}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no HTML section files"):
        prose_recall([tmp_path], gloss)
    with pytest.raises(ValueError, match="no glossary entry"):
        prose_recall([tmp_path / "primer.md"], gloss)


@pytest.mark.parametrize("sentence, name", [
    # a clause on one thing a sentence tells of: a past verb's object, an imperative's, a figure's, "each X"
    ("Figure 3 shows a cell, in which the nucleus is stained red.", "cell"),
    ("Researchers surveyed each household, in which the oldest member answers the questions.", "household"),
    ("Consider a market, in which two firms compete for the same customers.", "market"),
    ("The senator quoted the statute, which refers to interstate commerce.", "statute"),
    ("The president signed the bill, which refers to veterans' benefits.", "bill"),
    # a side's gloss or usage is its view, not the book's definition
    ("Critics claimed that welfare, a handout to the undeserving, discouraged work.", "welfare"),
    ("Opponents argued that the tariff, a tax on ordinary consumers, hurt farmers.", "tariff"),
    ("Critics use the term globalization to describe any change they dislike.", "globalization"),
])
def test_a_passing_mention_or_a_sides_gloss_defines_nothing(sentence, name):
    """Review of the change (findings 3-5, 17): each of these was stored as the term's definition."""
    assert name not in _defined(sentence)
