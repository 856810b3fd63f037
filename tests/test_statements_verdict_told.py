"""Two frames of an applied-mathematics book's asides (issue 11, session 25 P; sheet docs/audits/dev-2026-12-03/s25-P.md).

The writer's verdict on a clause's rightness is no fact.
"The subject ... is rightly a matter of deep concern to the professional mathematician" was stored as "subject |
is | matter of deep concern": the writer's opinion as a fact; "was mistakenly blamed for" stored without its adverb
says the opposite of the sentence.  Invented sentences; each refusal has a sibling without the adverb that the
extractor keeps (so the test cannot pass because nothing was read), and an adverb of fortune or of manner leaves the
fact (the one such unit in the development chapters, "Fortunately, ... creates a protective layer", was right).
And "Gradshteyn and Ryzhik agree with Abramowitz and Stegun that special functions are nonelementary" gave
"Gradshteyn | agree with | Abramowitz": the one agreed with, before the clause that is the claim.
"""

from __future__ import annotations

import pytest

from tests.statements_util import triples


@pytest.mark.parametrize("judged, plain, unit", [
    ("The old bridge is rightly a matter of deep concern to the city engineers.",
     "The old bridge is a matter of deep concern to the city engineers.",
     ("old bridge", "is", "matter of deep concern to the city engineers")),
    ("The pump was mistakenly blamed for the flood.", "The pump was blamed for the flood.",
     ("pump", "was blamed for", "flood")),
])
def test_a_verdict_adverb_on_the_verb_is_refused(judged, plain, unit):
    assert unit in triples(plain)
    assert unit not in triples(judged)


@pytest.mark.parametrize("sentence, unit", [
    ("Fortunately, the coating forms a protective layer on the metal.", ("coating", "forms", "protective layer on metal")),
    ("The coating correctly predicts the rate of decay.", ("coating", "predicts", "rate of decay")),
])
def test_fortune_and_manner_adverbs_keep_the_fact(sentence, unit):
    assert unit in triples(sentence)


@pytest.mark.parametrize("sentence, unit", [
    ("The court rightly rejected the appeal.", ("court", "rejected", "appeal")),
    ("The mayor justly praised the volunteers.", ("mayor", "praised", "volunteers")),
])
def test_a_verdict_adverb_on_an_event_keeps_the_fact(sentence, unit):
    # code review 2 of session 25: the deed took place; only copular and naming or ascribing frames are refused
    assert unit in triples(sentence)


@pytest.mark.parametrize("told, plain, unit", [
    ("Smith and Jones agree with Brown that the tax is too low.", "Smith and Jones agree with Brown.",
     ("Smith", "agree with", "Brown")),
    ("The engineer complained to the mayor that the bridge was unsafe.",
     "The engineer complained to the mayor about the bridge.", ("engineer", "complained to", "mayor")),
])
def test_the_one_agreed_with_or_told_before_the_clause_is_no_object(told, plain, unit):
    # "X | agree with | Y" of "X agree with Y that ...": who sided with whom, not what (told.told_to)
    assert unit in triples(plain)
    assert unit not in triples(told)


def test_a_name_read_as_a_verb_conjunct_holds_the_clause():
    # the parse of the mathematics book's sentence, built by hand (an invented sentence does not reproduce it): the
    # parser made the second name a capitalised verb conjunct of "agree" and hung the clause on it
    from spacy.tokens import Doc

    from proda.ingest.extract.nlp import load_nlp
    from proda.ingest.extract.told import told_to

    words = ["Gray", "and", "Marsh", "agree", "with", "Bloch", "and", "Weil", "that", "tables", "are", "old", "."]
    heads = [3, 0, 0, 3, 3, 4, 5, 3, 10, 10, 7, 10, 3]
    deps = ["nsubj", "cc", "conj", "ROOT", "prep", "pobj", "cc", "conj", "mark", "nsubj", "ccomp", "acomp", "punct"]
    pos = ["PROPN", "CCONJ", "PROPN", "VERB", "ADP", "PROPN", "CCONJ", "VERB", "SCONJ", "NOUN", "AUX", "ADJ", "PUNCT"]
    lemmas = ["Gray", "and", "Marsh", "agree", "with", "Bloch", "and", "weil", "that", "table", "be", "old", "."]
    doc = Doc(load_nlp().vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert told_to(doc[3], "agree with")
    doc2 = Doc(load_nlp().vocab, words=words[:8] + ["."], heads=heads[:8] + [3], deps=deps[:8] + ["punct"],
               pos=pos[:8] + ["PUNCT"], lemmas=lemmas[:8] + ["."])
    assert not told_to(doc2[3], "agree with")


def test_a_clause_of_result_leaves_the_frame():
    # "often enough ... that": how often, not what was told; the frame is kept as without the clause
    assert ("small leaks", "arise in", "old pipes") in triples(
        "Small leaks arise often enough in old pipes that the crew carries spare seals.")


@pytest.mark.parametrize("sentence, unit", [
    # "respond"/"reply" are no verbs of telling (code review 2 of session 25, issue 12 fix 3)
    ("The immune cells respond to antigens that the virus carries.", ("immune cells", "respond to", "antigens")),
    # a "that" clause whose verb lacks its object is a relative clause misparsed: the gap is the "that"
    ("The doctors point to symptoms that the virus causes.", ("doctors", "point to", "symptoms")),
    ("The guide pointed to the cave that the bats live in.", ("guide", "pointed to", "cave")),
])
def test_a_relative_clause_after_the_object_is_no_told_clause(sentence, unit):
    assert unit in triples(sentence)


def test_a_told_clause_with_its_object_is_still_told():
    t = triples("The engineer complained to the mayor that the storm damaged the bridge.")
    assert ("engineer", "complained to", "mayor") not in t
