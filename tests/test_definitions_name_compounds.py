"""A name the book gives keeps its hyphenated or dashed compound (issue 11, prose glossary recall; s25-R).

Why: ``term_of`` left out every modifier holding a verb (a participle describes: "increased pressure"), so a
hyphenated participle that is part of one word ("voltage-gated", "decision-making") was dropped and the name no
longer matched the sentence (``_exact`` then refused the definition); a compound joined by an en dash ("the
accommodation–convergence reflex") was parsed as its first word plus an apposition, and the sentence defined its
first word alone ("accommodation") -- a wrong definition stored.  And the stored-definition check read the tail
"making" of "decision-making processes" as a grading participle.  Census and sweep:
docs/audits/dev-2026-12-03/s25-R.md.  Sentences are invented, from several disciplines.
"""

from __future__ import annotations

import pytest

from tests.definitions_util import defined


@pytest.mark.parametrize("name,sentence", [
    ("ligand-gated pore", "A ligand-gated pore is a pore that opens when a messenger molecule binds to it."),
    ("oxygen-binding protein", "An oxygen-binding protein is a protein that carries oxygen in the blood of an animal."),
    ("rule-making bodies", "Rule-making bodies are agencies that write the detailed regulations a statute asks for."),
    ("salt-loving microbes", "Microbes that grow only in brine are called salt-loving microbes."),
])
def test_a_hyphenated_participle_stays_in_the_name(name, sentence):
    assert name in defined(sentence)


@pytest.mark.parametrize("sentence", [
    "Referendums are formal decision-making processes in which voters accept or reject one proposed law.",
    # (not "Audits are formal fact-finding procedures ...": it passed before the change, review s25)
    "Tribunals are formal dispute-settling bodies in which a panel hears both sides of a claim.",
])
def test_a_hyphenated_participle_on_the_genus_classifies(sentence):
    assert sentence.split()[0].lower() in defined(sentence)


@pytest.mark.parametrize("sentence,name,cut", [
    ("Flexion of the knee while the hip extends is referred to as the flexion–extension pattern.",
     "flexion–extension pattern", "flexion"),
    ("A steady state in which prices and wages chase each other is called the wage–price spiral.",
     "wage–price spiral", "wage"),
])
def test_a_dashed_compound_is_one_name(sentence, name, cut):
    got = defined(sentence)
    assert name in got and cut not in got


@pytest.mark.parametrize("sentence", [
    "A well-known example is a case that every student of the field has heard about.",  # judging compound
    "Increased pressure is a change that follows when the volume of a gas shrinks.",  # a participle alone describes
])
def test_a_judging_compound_or_a_bare_participle_still_defines_nothing(sentence):
    assert not defined(sentence)


@pytest.mark.parametrize("name,sentence", [
    ("hedonism", "Hedonism is the doctrine that pleasure is the highest good and the source of well-being."),
    ("eudaimonia", "Eudaimonia is a state of the soul in which a person lives with virtue and lasting well-being."),
])
def test_a_definition_ending_on_a_hyphenated_noun_is_not_cut_off(name, sentence):
    """open_ended: "well-being" is one noun, not the function word "being" of a sentence that lost its end."""
    assert name in defined(sentence)


def test_a_sentence_that_breaks_off_on_a_function_word_is_still_cut_off():
    from proda.ingest.extract.definition_gates import open_ended

    assert open_ended("The product constant is the value whose solubility product is.")
    assert not open_ended("Eudaimonia is a state in which a person lives with lasting well-being.")
