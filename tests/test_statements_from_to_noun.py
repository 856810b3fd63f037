"""Statements (audit round 18, sociology: "socialism | allows | market forces to dictate prices ..." from "... have
moved from <one system> to market socialism, which allows market forces to ..."): the small parser read "to market
socialism" as the infinitive "to market" with the object "socialism", so the relative clause's antecedent lost
"market" and the statement said of socialism what the book says of market socialism; in another parse of the same
shape the "to" hung on "market" and the subject read "to market socialism".  In "from A to B" the "to" is the
preposition (``arguments.from_to_noun``, ``arguments._prep_to``).  Invented sentences."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from proda.ingest.extract.arguments import arg_at
from proda.ingest.extract.nlp import load_nlp
from tests.statements_util import triples

pytest.importorskip("spacy")


def _misparsed() -> Doc:
    """ "Farms moved from quotas to market pricing, which rewards growers." as the parser misread the book's
    sentence: "market" (tagged NN) the xcomp of "moved" with the aux "to" and the object "pricing"."""
    rows = [("Farms", "NNS", "NOUN", "nsubj", 1), ("moved", "VBD", "VERB", "ROOT", 1),
            ("from", "IN", "ADP", "prep", 1), ("quotas", "NNS", "NOUN", "pobj", 2), ("to", "TO", "PART", "aux", 5),
            ("market", "NN", "NOUN", "xcomp", 1), ("pricing", "NN", "NOUN", "dobj", 5), (",", ",", "PUNCT", "punct", 6),
            ("which", "WDT", "PRON", "nsubj", 9), ("rewards", "VBZ", "VERB", "relcl", 6),
            ("growers", "NNS", "NOUN", "dobj", 9), (".", ".", "PUNCT", "punct", 1)]
    w, tags, pos, deps, heads = zip(*rows)
    return Doc(load_nlp().vocab, words=list(w), tags=list(tags), pos=list(pos), deps=list(deps), heads=list(heads))


def test_the_object_of_a_misread_to_infinitive_after_from_keeps_its_first_word():
    doc = _misparsed()
    assert arg_at(doc[6], doc[:], True).text == "market pricing"


def test_a_to_hung_on_the_antecedent_is_no_word_of_the_subject():
    got = triples("Several small states such as Laos have moved from state-controlled trade with central planning to "
                  "market socialism, which allows private firms to set wages.")
    assert ("market socialism", "allows", "private firms to set wages") in got, got


def test_kept_an_infinitive_of_purpose_and_a_to_object():
    got = triples("Several large states have moved from state-controlled trade with central planning to market "
                  "socialism, which allows firms to set wages.")
    assert not any(o == "market socialism" and p == "have moved" for _, p, o in got), got  # not "moved market ..."
    doc = load_nlp()("Clay tablets were developed to record transactions between merchants.")
    tx = next(t for t in doc if t.text == "transactions")
    assert "record" not in arg_at(tx, doc[:], True).text
