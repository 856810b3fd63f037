"""Two frames of an applied-mathematics book's asides (issue 11, session 25 P; sheet docs/audits/dev-2026-12-03/s25-P.md)
and the second code review's fixes of them (issue 12, engineer F2; sheet s25-F2.md).

The writer's verdict on a claim's rightness is no fact: a copular sentence that calls its subject "rightly" a cause
for worry was stored as the subject being that worry, the writer's opinion as a fact; a cause "mistakenly" ascribed
stored without its adverb says the opposite of the sentence.  On an event the verdict judges a deed that took place
("The court rightly rejected the appeal"), and the frame is kept.  And two authorities said to "agree with" two
others "that" a clause holds gave "A | agree with | B": the one agreed with, before the clause that is the claim.
Invented sentences; each refusal has a sibling without the adverb that the extractor keeps (so the test cannot pass
because nothing was read), and an adverb of fortune or of manner leaves the fact.
"""

from __future__ import annotations

import pytest

from tests.statements_util import triples


@pytest.mark.parametrize("judged, plain, unit", [
    ("The rising sea is rightly a worry for the coastal towns.", "The rising sea is a worry for the coastal towns.",
     ("rising sea", "is", "worry for the coastal towns")),
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

    words = ["Hale", "and", "Rossi", "agree", "with", "Chen", "and", "Mora", "that", "charts", "are", "dated", "."]
    heads = [3, 0, 0, 3, 3, 4, 5, 3, 10, 10, 7, 10, 3]
    deps = ["nsubj", "cc", "conj", "ROOT", "prep", "pobj", "cc", "conj", "mark", "nsubj", "ccomp", "acomp", "punct"]
    pos = ["PROPN", "CCONJ", "PROPN", "VERB", "ADP", "PROPN", "CCONJ", "VERB", "SCONJ", "NOUN", "AUX", "ADJ", "PUNCT"]
    lemmas = ["Hale", "and", "Rossi", "agree", "with", "Chen", "and", "mora", "that", "chart", "be", "dated", "."]
    doc = Doc(load_nlp().vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert told_to(doc[3], "agree with")
    doc2 = Doc(load_nlp().vocab, words=words[:8] + ["."], heads=heads[:8] + [3], deps=deps[:8] + ["punct"],
               pos=pos[:8] + ["PUNCT"], lemmas=lemmas[:8] + ["."])
    assert not told_to(doc2[3], "agree with")


@pytest.mark.parametrize("degree", [["closely", "enough"], ["so", "closely"]])
def test_a_clause_of_result_leaves_the_frame(degree):
    # "closely enough ... that", "so closely that": how closely, not what was told.  A listed verb ("agree"), the
    # parse built by hand with the clause hung on the verb (the parser hangs it on the adverb, where told_to never
    # looks); with the result exclusion removed told_to reads the clause as told (code review 2 of session 25)
    from spacy.tokens import Doc

    from proda.ingest.extract.nlp import load_nlp
    from proda.ingest.extract.told import told_to

    enough = degree[1] == "enough"
    words = ["The", "maps", "agree", "with", "the", "survey", *degree, "that", "crews", "trust", "them", "."]
    heads = [1, 2, 2, 2, 5, 3, 7 if enough else 7, 2, 10, 10, 2, 10, 2]
    deps = ["det", "nsubj", "ROOT", "prep", "det", "pobj", "advmod", "advmod", "mark", "nsubj", "ccomp", "dobj",
            "punct"]
    pos = ["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "ADV", "ADV", "SCONJ", "NOUN", "VERB", "PRON", "PUNCT"]
    lemmas = ["the", "map", "agree", "with", "the", "survey", *degree, "that", "crew", "trust", "they", "."]
    doc = Doc(load_nlp().vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert not told_to(doc[2], "agree with")
    keep = [i for i in range(len(words)) if i not in (6, 7)]
    told = Doc(load_nlp().vocab, words=[words[i] for i in keep], heads=[1, 2, 2, 2, 5, 3, 8, 8, 2, 8, 2],
               deps=[deps[i] for i in keep], pos=[pos[i] for i in keep], lemmas=[lemmas[i] for i in keep])
    assert told_to(told[2], "agree with")  # the sibling without the degree is a told clause


def test_a_clause_of_result_keeps_the_frame_on_a_real_parse():
    assert ("new maps", "agree with", "old survey") in triples(
        "The new maps agree with the old survey closely enough that the crew trusts them.")


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
