"""Round 20's rejected statements, on invented sentences: a clause under a denied head ("no society has ever existed
where ..."), a bare "the N" that the sentence before names one of ("the borane molecule, BH3 ... The molecule is
..."), a digit-bearing modifier the tagger read as an adverb of the verb ("exhibits [sp3] hybridization"), and a bare
"values" whose examples were the content ("focus on values [such as love and compatibility]")."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from proda.ingest.extract.argument_cuts import argument_cut
from proda.ingest.extract.denied import denied_clause
from proda.ingest.extract.nlp import load_nlp
from tests.statements_util import triples


def test_a_clause_under_a_denied_head_is_no_fact():
    got = triples("No culture has ever existed where women held all the political power.")
    got += triples("It is not true that vaccines cause autism.")
    got += triples("The plan failed because there has never been a town where the council obeyed the mayor.")
    assert not any(s in ("women", "vaccines", "council") for s, _, _ in got), got


def test_an_asserted_clause_stays():
    assert ("vaccines", "prevent", "measles") in triples("It is true that vaccines prevent measles.")
    assert ("people", "shared", "land") in triples("Many societies have existed where people shared the land.")
    got = triples("The spleen is located on the left side of the abdomen; there is no matching organ on the right.")
    assert ("spleen", "is located on", "left side of abdomen") in got, got  # (a clause joined beside the denial)
    got = triples("While the loss of bone mass resembles normal aging, there is no single cause of the disease.")
    assert ("loss of bone mass", "resembles", "normal aging") in got, got  # (a clause before its head)
    doubt = load_nlp()("There is no doubt that regular exercise lowers blood pressure.")
    guarantee = load_nlp()("There is no guarantee that regular exercise lowers blood pressure.")
    # (a denied doubt asserts its clause, a denied guarantee does not; asked of the check itself: other rules refuse
    # a noun's "that" clause anyway)
    assert not denied_clause(next(t for t in doubt if t.lower_ == "lowers"))
    assert denied_clause(next(t for t in guarantee if t.lower_ == "lowers"))


def test_the_bare_noun_after_its_named_instance_is_refused():
    got = triples("The shape of the ammonia molecule, NH3, comes from its lone pair. "
                  "The molecule is trigonal pyramidal.")
    got += triples("A molecule of water, H2O, has two lone pairs. The molecule has a bent shape.")
    assert not any(s == "molecule" for s, _, _ in got), got


def test_a_subject_that_names_itself_stays():
    got = triples("Water molecules attract each other through hydrogen bonds. The water molecule has a bent shape.")
    assert ("water molecule", "has", "bent shape") in got, got
    got = triples("Blood leaves the heart through the aorta. The heart pumps blood into the arteries.")
    assert any(s == "heart" for s, _, _ in got), got
    got = triples("Rutherford showed that atoms have a small, dense nucleus. "
                  "The nucleus contains protons and neutrons.")
    assert ("nucleus", "contains", "protons") in got, got  # (an adjective describes a kind, it names no one case)


def _parsed_with_adverb_digit():
    """The parse the tagger gave a book's sentence in its paragraph: the digit-bearing modifier an adverb of the
    verb (RB advmod), the noun after it the direct object."""
    words = ["The", "sulfur", "atom", "in", "ozone", "shows", "sp2", "hybridization", "."]
    return Doc(spacy.blank("en").vocab, words=words,
               tags=["DT", "NN", "NN", "IN", "NN", "VBZ", "RB", "NN", "."],
               pos=["DET", "NOUN", "NOUN", "ADP", "NOUN", "VERB", "ADV", "NOUN", "PUNCT"],
               deps=["det", "compound", "nsubj", "prep", "pobj", "ROOT", "advmod", "dobj", "punct"],
               heads=[2, 2, 5, 2, 3, 5, 5, 5, 5])


def test_a_digit_word_hung_on_the_verb_cuts_the_object():
    doc = _parsed_with_adverb_digit()
    assert argument_cut({doc[7]}, doc[7])


def test_a_plain_adverb_before_the_object_is_the_verbs():
    doc = _parsed_with_adverb_digit()
    words = [t.text for t in doc]
    words[6] = "mostly"
    d = Doc(doc.vocab, words=words, tags=[t.tag_ for t in doc], pos=[t.pos_ for t in doc],
            deps=[t.dep_ for t in doc], heads=[t.head.i for t in doc])
    assert not argument_cut({d[7]}, d[7])


def test_bare_values_without_their_examples_are_refused():
    got = triples("Arranged marriages often stress values such as duty and family honor.")
    assert not any(o == "values" for _, _, o in got), got
    got = triples("Plants need nutrients such as nitrogen and phosphorus.")
    assert ("plants", "need", "nutrients") in got, got
