"""Concepts/train audit round 9 (docs/audits/independent-2026-11-29/round9/*-concepts.csv, *-train.csv): a sentence
that only says something ABOUT the term is no definition: a genus rated by a graded adjective ("a highly functional
way"), a genus whose clause counts who has X ("a condition that over 2.7 million people suffer from"), a naming whose
subject is one of things told before ("One of the outcomes of the transition is something he called ..."), a noun
after an opening if-clause that is the main clause's subject, not a gloss, a cut name ("constant" of "a formation
constant"), a proper name as the genus ("A European agency, the Advisory Committee on ..."). Each beside a sibling that still defines."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.definitions_util import defined  # noqa: E402


@pytest.mark.parametrize("sentence, name", [
    ("Skeletal fluorosis is a condition that over 2.7 million people suffer from across the world.",
     "skeletal fluorosis"),
    ("Television advertising is a highly functional way to meet a market demographic where it lives.",
     "television advertising"),
    ("One of the outcomes of the transition is something he called social anomie.", "social anomie"),
    ("No matter what the reason, if a popular artist quits social media, a slew of articles and interviews will "
     "focus on the decision and the artist.", "social media"),
    # the parse hangs "formation" on "constant" as an npadvmod: "constant" alone is a cut name
    ("The equilibrium constant for the reaction of a metal ion with one or more ligands to form a coordination "
     "complex is called a formation constant (Kf) (sometimes called a stability constant).", "constant"),
    # a proper name after the comma names one body, it does not say what a European agency is
    ("A European agency, the Advisory Committee on Equal Opportunities for Men and Women (2010), issued an opinion "
     "report suggesting that new media could offer opportunities.", "european agency"),
])
def test_a_sentence_about_the_term_defines_nothing(nlp, sentence, name):
    assert name not in defined(sentence, nlp)


@pytest.mark.parametrize("sentence, name", [
    ("Osteoporosis is a condition that weakens bones.", "osteoporosis"),
    ("Diabetes is a condition in which the body cannot regulate blood glucose.", "diabetes"),
    ("A calorimeter is a device used to measure heat.", "calorimeter"),
    ("The state of normlessness that follows rapid change is something he called anomie.", "anomie"),
    ("The equilibrium constant for the dissolution of a salt is called the solubility product.", "solubility product"),
    # (a class genus: "a colorless gas ..." gives a state and look since round 22, tests/test_definitions_state_genus.py)
    ("Carbon monoxide, a pollutant that binds to hemoglobin, is toxic.", "carbon monoxide"),
    # an opening if-clause, the gloss in the main clause: still the term's
    ("If the grand jury decides there is probable cause, they issue an indictment, the formal charge for the crime.",
     "indictment"),
])
def test_a_sibling_that_says_what_the_term_is_still_defines(nlp, sentence, name):
    assert name in defined(sentence, nlp)
