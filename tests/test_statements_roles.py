"""Role statements (proda.ingest.extract.roles): "X serves / acts / functions as Y" read as a phrasal predicate on
"as" after a verb of function only, with the role phrase whole.  Sentences invented, general English."""

from __future__ import annotations

import pytest

from proda.ingest.extract.claims import sentence_frames
from proda.ingest.extract.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def roles(nlp, text: str) -> set[tuple[str, str, str]]:
    return {(f.subject, f.predicate, f.object) for s in nlp(text).sents for f, _ in sentence_frames(s)
            if f.rule.endswith("phrasal_role")}


def test_verb_of_function_with_as_gives_the_role(nlp):
    fs = [f for s in nlp("The liver acts as a storage site for glycogen.").sents for f, _ in sentence_frames(s)]
    assert [(f.subject, f.predicate, f.object, f.predicate_lemma, f.rule) for f in fs] == [
        ("liver", "acts as", "storage site for glycogen", "act_as", "phrasal_role")]
    assert roles(nlp, "In rural areas, the school serves as a community center.") == {
        ("school in rural areas", "serves as", "community center")}  # the fronted scope stays with the subject


def test_frequency_modal_and_negation_are_kept(nlp):
    assert roles(nlp, "A mentor often serves as a guide for new employees.") == {
        ("mentor", "often serves as", "guide for new employees")}
    fs = [f for s in nlp("Plain water does not act as a buffer.").sents for f, _ in sentence_frames(s)]
    assert [(f.subject, f.predicate, f.object, f.negated, f.polarity) for f in fs] == [
        ("plain water", "does not act as", "buffer", True, -1)]


def test_coordinated_roles_split_one_each(nlp):
    assert roles(nlp, "Local libraries function as study spaces and community centers.") == {
        ("local libraries", "function as", "study spaces"), ("local libraries", "function as", "community centers")}


def test_no_role_from_other_verbs_or_a_clause(nlp):
    assert roles(nlp, "Prices rise as demand grows.") == set()  # "as" a conjunction
    assert roles(nlp, "Such treaties are seen as a model for the region.") == set()  # a view, and not a verb of function
    assert roles(nlp, "The committee acts as if nothing had happened.") == set()
    # active, present, no object, "as" a preposition: only the verbs of function name a role ("starts as", "begin
    # as" name a stage; review R1: no test failed when [verbs] role was bypassed)
    assert roles(nlp, "The river starts as a small stream.") == set()
    assert roles(nlp, "Many careers begin as hobbies.") == set()


def test_no_role_in_the_past_under_a_subordinator_or_limited_by_a_later_phrase(nlp):
    assert roles(nlp, "The old town hall served as a hospital.") == set()  # once, not a standing role
    assert roles(nlp, "Because the council serves as a court of appeal, its rulings are final.") == set()
    assert roles(nlp, "Senior nurses serve as leaders in planning the ward's work.") == set()  # the role is limited
    # the role phrase would be cut: "filter for lymph [from the limbs]" (roles.role_cut)
    assert roles(nlp, "The lymph node acts as a filter for lymph from the limbs.") == set()


def test_a_role_set_against_another_is_no_role(nlp):
    """Review R1 (session 17): "not" hangs on the second "as", so the frame read "acts as | signal for storage" as an
    assertion -- the book's denial taught as a fact.  Two "as" phrases of one verb are a contrast: neither is taken."""
    assert roles(nlp, "The hormone acts as a signal for growth, not as a signal for storage.") == set()
    assert roles(nlp, "The drug acts not as a stimulant but as a sedative.") == set()
    assert roles(nlp, "The hormone acts as a growth signal.") == {("hormone", "acts as", "growth signal")}


def _parsed(nlp, words, heads, deps, tags, pos, lemmas):
    """A sentence with the parse given (the misparses these checks guard against do not reproduce on demand)."""
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)


def test_no_role_when_the_subject_is_an_apposition_or_the_antecedent_a_list(nlp):
    from proda.ingest.extract.roles import role_prep

    # "The board is led by the chair, a member of the party, and Lee also serves as treasurer." parsed with the
    # apposition "a member ... and Lee" as the subject of "serves"
    w = ["The", "board", "is", "led", "by", "the", "chair", ",", "a", "member", "of", "the", "party", ",", "and",
         "Lee", "also", "serves", "as", "treasurer", "."]
    heads = [1, 3, 3, 3, 3, 6, 4, 6, 9, 17, 9, 12, 10, 9, 9, 9, 17, 3, 17, 18, 17]
    deps = ["det", "nsubjpass", "auxpass", "ROOT", "agent", "det", "pobj", "punct", "det", "nsubj", "prep", "det",
            "pobj", "punct", "cc", "conj", "advmod", "conj", "prep", "pobj", "punct"]
    tags = ["DT", "NN", "VBZ", "VBN", "IN", "DT", "NN", ",", "DT", "NN", "IN", "DT", "NN", ",", "CC", "NNP", "RB",
            "VBZ", "IN", "NN", "."]
    pos = ["DET", "NOUN", "AUX", "VERB", "ADP", "DET", "NOUN", "PUNCT", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT",
           "CCONJ", "PROPN", "ADV", "VERB", "ADP", "NOUN", "PUNCT"]
    lem = ["the", "board", "be", "lead", "by", "the", "chair", ",", "a", "member", "of", "the", "party", ",", "and",
           "Lee", "also", "serve", "as", "treasurer", "."]
    doc = _parsed(nlp, w, heads, deps, tags, pos, lem)
    assert not role_prep(doc[17], doc[18])
    # the same clause alone, its subject not behind a comma: a role
    doc2 = _parsed(nlp, ["Lee", "also", "serves", "as", "treasurer", "."], [2, 2, 2, 2, 3, 2],
                   ["nsubj", "advmod", "ROOT", "prep", "pobj", "punct"], ["NNP", "RB", "VBZ", "IN", "NN", "."],
                   ["PROPN", "ADV", "VERB", "ADP", "NOUN", "PUNCT"], ["Lee", "also", "serve", "as", "treasurer", "."])
    assert role_prep(doc2[2], doc2[3])
    # "..., a single road, the coast road or harbor road, which serves as the main route": which road the clause is
    # about the parse does not know
    w3 = ["a", "road", ",", "the", "coast", "road", ",", "which", "serves", "as", "the", "route", "."]
    doc3 = _parsed(nlp, w3, [1, 1, 1, 5, 5, 1, 5, 8, 5, 8, 11, 9, 1],
                   ["det", "ROOT", "punct", "det", "compound", "appos", "punct", "nsubj", "relcl", "prep", "det", "pobj",
                    "punct"], ["DT", "NN", ",", "DT", "NN", "NN", ",", "WDT", "VBZ", "IN", "DT", "NN", "."],
                   ["DET", "NOUN", "PUNCT", "DET", "NOUN", "NOUN", "PUNCT", "PRON", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
                   ["a", "road", ",", "the", "coast", "road", ",", "which", "serve", "as", "the", "route", "."])
    assert not role_prep(doc3[8], doc3[9])
