"""A participle phrase read as the subject (independent audit round 16, political science: "Headquartered in
Brussels, Belgium, the European Union (EU) is the largest ... IGO" was stored "Headquartered in Brussels | is |
largest ... IGO": the tagger read the capitalised sentence-initial participle as a proper noun, the parser made it
the subject and the noun after the comma an apposition).  A subject whose head is the sentence's first word, a
participle form ("-ed", "-ing") with its preposition right after it, set off by a comma from a noun phrase before
the verb, is a misparse: no frame (left_out.participle_subject).  The misparse comes from a chunk's context, so the
test gives the parse it guards against; invented sentences; each with a kept sibling that is right.
"""

from __future__ import annotations

from spacy.tokens import Doc

from proda.ingest.extract.claims import raw_frames, sentence_frames
from proda.ingest.extract.nlp import load_nlp
from tests.statements_util import triples

_W = ["Founded", "in", "Oslo", ",", "Norway", ",", "the", "Polar", "Council", "is", "the", "oldest", "regional", "body",
      "."]
_SP = [True, True, False, True, False, True, True, True, True, True, True, True, True, False, False]
_H = [9, 0, 1, 2, 2, 0, 8, 8, 0, 9, 13, 13, 13, 9, 9]
_D = ["nsubj", "prep", "pobj", "punct", "appos", "punct", "det", "compound", "appos", "ROOT", "det", "amod", "amod",
      "attr", "punct"]
_T = ["NNP", "IN", "NNP", ",", "NNP", ",", "DT", "NNP", "NNP", "VBZ", "DT", "JJS", "JJ", "NN", "."]
_P = ["PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "DET", "PROPN", "PROPN", "AUX", "DET", "ADJ", "ADJ", "NOUN",
      "PUNCT"]
_L = ["Founded", "in", "Oslo", ",", "Norway", ",", "the", "Polar", "Council", "be", "the", "old", "regional", "body", "."]


def _misparsed():
    doc = Doc(load_nlp().vocab, words=_W, spaces=_SP, heads=_H, deps=_D, tags=_T, pos=_P, lemmas=_L)
    return next(doc.sents)


def test_a_participle_phrase_read_as_the_subject_is_refused():
    sent = _misparsed()
    assert any(f.subject.startswith("Founded") for f in raw_frames(sent))  # the parse this guards against
    assert not any(f.subject.startswith("Founded") for f, _ in sentence_frames(sent))


def test_the_same_sentence_parsed_right_keeps_the_noun_subject():
    assert ("Polar Council", "is", "oldest regional body") in \
        triples("Founded in Oslo, the Polar Council is the oldest regional body.")



def test_a_place_name_ending_like_a_participle_is_no_participle():
    """Review R20: "Beijing" ends in -ing but English knows it as no verb form."""
    from proda.ingest.extract.left_out import _verb_form

    assert not _verb_form("beijing") and not _verb_form("wyoming")
    assert _verb_form("headquartered") and _verb_form("founded")
