"""Definitions that run on into a second term's clause, or state a consequence (issue 11, session 25 engineer D).

Why: a kept definition is taught verbatim.  "A refers to P, while B refers to Q" kept whole taught B's clause as
part of A's definition (and A's as part of B's); "X, which means that ..." taught a consequence as what X means.
Sweep and verdicts: docs/audits/dev-2026-12-03/s25-D.md.  Sentences are invented, from several disciplines.
"""

from __future__ import annotations

import pytest

from tests.definitions_util import kept_definitions


def _defs(sentence: str) -> dict[str, str]:
    return {d.name.lower(): d.definition for d in kept_definitions(sentence)}


@pytest.mark.parametrize("sentence,name,own", [
    ("Weather refers to the state of the air on one day, while climate refers to the pattern of weather over decades.",
     "weather", "Weather refers to the state of the air on one day"),
    ("Tariffs are taxes on goods that cross a border, whereas quotas are limits on the amount of a good imported.",
     "tariffs", "Tariffs are taxes on goods that cross a border"),
    ("Mitosis is the division of a nucleus into two identical nuclei, whereas meiosis is a division that halves "
     "the number of chromosomes.", "mitosis", "Mitosis is the division of a nucleus into two identical nuclei"),
])
def test_a_second_terms_clause_is_cut_off(sentence, name, own):
    assert _defs(sentence)[name] == own  # never with the other term's clause


@pytest.mark.parametrize("sentence", [
    "Weather refers to the state of the air on one day, while climate refers to the pattern of weather over decades.",
    "While a lake holds still water, a river carries water downhill to the sea.",
])
def test_the_contrast_clause_itself_is_left_whole(sentence):
    from proda.ingest.extract.definition_clauses import Found
    from proda.ingest.extract.definition_runons import reviewed
    from proda.ingest.termhood import full_nlp

    sent = next(full_nlp()(sentence).sents)
    for name in ("climate", "river"):
        if name in sentence:
            f = Found(name, sentence, sentence, "refers_to")
            assert reviewed(sent, f) == f  # a lower-case clause would be refused downstream: B's definition lost


@pytest.mark.parametrize("sentence,name", [
    ("Weather refers to the state of the air on one day, while climate refers to the pattern of weather over decades.",
     "weather"),
    ("Tariffs are taxes on goods that cross a border, whereas quotas are limits on the amount of a good imported.",
     "tariffs"),
])
def test_the_cut_definition_is_kept(sentence, name):
    assert name in _defs(sentence)


@pytest.mark.parametrize("sentence", [
    "A monsoon is a seasonal wind that brings heavy rain while it blows from the sea.",
    "A catalyst is a substance that speeds up a reaction while it remains unchanged at the end.",
])
def test_a_while_clause_of_the_same_definition_stays(sentence):
    for d in kept_definitions(sentence):
        assert d.definition == sentence


@pytest.mark.parametrize("sentence", [
    "The river reaches the plain at a gentle slope, which means that the water slows and drops its silt.",
    "Most voters live in cities, which means that urban issues dominate the campaign.",
])
def test_which_means_that_is_a_consequence(sentence):
    # on the raw rule output, before valid_definitions (which drops these too): the sentence rules find a
    # which_means definition, and review (definition_runons._consequence) removes it
    from unittest import mock

    import proda.ingest.extract.definitions as rules
    from proda.ingest.termhood import full_nlp

    doc = full_nlp()(sentence)
    with mock.patch.object(rules, "review", lambda doc, sents, out: out):
        raw = [f for fs in rules.definitions_in(doc, list(doc.sents)).values() for f in fs]
    assert any(f.how == "which_means" for f in raw)  # the rule fires: the test can fail
    assert not any(f.how == "which_means" for fs in rules.definitions_in(doc, list(doc.sents)).values() for f in fs)


def test_which_means_a_meaning_is_still_a_definition():
    from proda.ingest.extract.definition_runons import _consequence
    from proda.ingest.termhood import full_nlp

    doc = full_nlp()("The ruling party adopted autarky, which means economic self-sufficiency.")
    assert not _consequence(doc[:])


def test_a_clause_after_the_term_is_no_gloss():
    from proda.ingest.extract.definition_clauses import Found
    from proda.ingest.extract.definition_runons import reviewed
    from proda.ingest.termhood import full_nlp

    sent = next(full_nlp()("When the council met the mayor, the budget was approved at once.").sents)
    f = Found("mayor", "mayor, the budget was approved at once", sent.text, "appos_def")
    assert reviewed(sent, f) is None
    sent = next(full_nlp()("They studied the glacier, a mass of ice that moves slowly down a valley.").sents)
    f = Found("glacier", "glacier, a mass of ice that moves slowly down a valley", sent.text, "appos_def")
    assert reviewed(sent, f) == f


@pytest.mark.parametrize("name,gloss,sentence", [
    ("swelling of lymph nodes", "swelling of the lymph nodes, the small organs that filter lymph",
     "Infection may cause swelling of the lymph nodes, the small organs that filter lymph."),
    ("roof of the cave", "roof of the cave, the cave that the river carved",
     "Bats hang from the roof of the cave, the cave that the river carved."),
])
def test_a_gloss_of_the_of_object_is_no_definition_of_the_whole(name, gloss, sentence):
    from proda.ingest.extract.definition_clauses import Found
    from proda.ingest.extract.definition_runons import reviewed
    from proda.ingest.termhood import full_nlp

    sent = next(full_nlp()(sentence).sents)
    assert reviewed(sent, Found(name, gloss, sent.text, "appos_gloss")) is None


def test_a_gloss_of_the_whole_of_phrase_stays():
    from proda.ingest.extract.definition_clauses import Found
    from proda.ingest.extract.definition_runons import reviewed
    from proda.ingest.termhood import full_nlp

    sent = next(full_nlp()("Farmers watch the rate of evaporation, the speed at which water leaves the soil.").sents)
    f = Found("rate of evaporation", "rate of evaporation, the speed at which water leaves the soil", sent.text,
              "appos_gloss")
    assert reviewed(sent, f) == f


def test_an_aside_that_names_another_term_is_no_definition():
    from proda.ingest.extract.definition_clauses import Found
    from proda.ingest.extract.definition_runons import reviewed
    from proda.ingest.termhood import full_nlp

    sent = next(full_nlp()("Rocks break apart under repeated freezing, a process known as frost weathering.").sents)
    f = Found("repeated freezing", "repeated freezing, a process known as frost weathering", sent.text, "appos_def")
    assert reviewed(sent, f) is None


@pytest.mark.parametrize("sentence,name,own", [
    ("Aquifers are layers of rock that hold water, whereas aquitards slow its flow.", "aquifers",
     "Aquifers are layers of rock that hold water"),
    ("Inflation is a rise in the general level of prices, while wages often stay the same.", "inflation",
     "Inflation is a rise in the general level of prices"),
    ("A delta is a landform made of river silt whereas an estuary is the tidal mouth of a river.", "delta",
     "A delta is a landform made of river silt"),
])
def test_any_contrast_clause_after_the_definition_is_cut_off(sentence, name, own):
    assert _defs(sentence)[name] == own


def test_two_kinds_of_the_named_thing_stay_whole():
    from proda.ingest.extract.definition_clauses import Found
    from proda.ingest.extract.definition_runons import reviewed
    from proda.ingest.termhood import full_nlp

    s = "The upper crust of a plate is made of granite, whereas the lower crust is made of basalt."
    sent = next(full_nlp()(s).sents)
    f = Found("crust of plate", s, s, "made_of")
    assert reviewed(sent, f) == f
