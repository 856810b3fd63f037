"""A gloss cut where the parse ended its phrase (audit round 17, applied mathematics: 18/35 training items right).

* "X (a Y bounded without by a large circle and within by a small)": the parse hung "and within by a small" outside
  the bracket, and the gloss stopped at "circle": "bounded without by a large circle" is another shape (a disk, not
  a ring).  A gloss opened by a bracket or a dash ends at the mark that closes it.
* "the vector, a column of m scalars like u = ...": the formula made the tagger read "scalars" as a verb, and the
  gloss "a column of m" said something else.  A gloss whose last word runs straight on into a noun, a number, an
  adjective, a formula's sign or a verb is cut inside its own phrase, or is no apposition at all ("while the magnitude
  of the cosine changes with time t, the magnitude of either exponential alone remains steady" gave "time t, the
  magnitude of either exponential alone"): no definition.

The misparses are given as built parses (the small model's reading of the book's sentences, on invented words);
kept siblings are parsed.  Sentences invented."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from spacy.tokens import Doc  # noqa: E402

from proda.ingest.extract.definition_clauses import gloss_text  # noqa: E402
from proda.ingest.extract.nlp import load_nlp  # noqa: E402
from tests.definitions_util import defined  # noqa: E402


def _doc(rows):
    """``rows``: (word, head index, dep, pos, tag) per token; one sentence."""
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(rows) and rows[i + 1][0] not in (",", ")", ".") and r[0] != "(" for i, r in enumerate(rows)]
    return Doc(load_nlp().vocab, words=words, spaces=spaces, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], tags=[r[4] for r in rows], sent_starts=[True] + [False] * (len(rows) - 1))


# "Maps show a ring zone (a zone bounded outside by a wide circle and inside by a narrow) on the chart."
_RING = [("Maps", 1, "nsubj", "NOUN", "NNS"), ("show", 1, "ROOT", "VERB", "VBP"), ("a", 4, "det", "DET", "DT"),
         ("ring", 4, "compound", "NOUN", "NN"), ("zone", 1, "dobj", "NOUN", "NN"), ("(", 7, "punct", "PUNCT", "-LRB-"),
         ("a", 7, "det", "DET", "DT"), ("zone", 4, "appos", "NOUN", "NN"), ("bounded", 7, "acl", "VERB", "VBN"),
         ("outside", 8, "advmod", "ADV", "RB"), ("by", 8, "agent", "ADP", "IN"), ("a", 13, "det", "DET", "DT"),
         ("wide", 13, "amod", "ADJ", "JJ"), ("circle", 10, "pobj", "NOUN", "NN"), ("and", 1, "cc", "CCONJ", "CC"),
         ("inside", 1, "conj", "ADV", "RB"), ("by", 15, "prep", "ADP", "IN"), ("a", 18, "det", "DET", "DT"),
         ("narrow", 16, "pobj", "ADJ", "JJ"), (")", 1, "punct", "PUNCT", "-RRB-"), ("on", 1, "prep", "ADP", "IN"),
         ("the", 22, "det", "DET", "DT"), ("chart", 20, "pobj", "NOUN", "NN"), (".", 1, "punct", "PUNCT", ".")]

# "Letters form the word, a string of n letters like w = [a b]." with "letters" read as a verb
_WORD = [("Letters", 1, "nsubj", "NOUN", "NNS"), ("form", 1, "ROOT", "VERB", "VBP"), ("the", 3, "det", "DET", "DT"),
         ("word", 1, "dobj", "NOUN", "NN"), (",", 3, "punct", "PUNCT", ","), ("a", 6, "det", "DET", "DT"),
         ("string", 3, "appos", "NOUN", "NN"), ("of", 6, "prep", "ADP", "IN"), ("n", 7, "pobj", "PROPN", "NNP"),
         ("letters", 3, "appos", "VERB", "VBZ"), ("like", 9, "prep", "ADP", "IN"), ("w", 10, "pobj", "PRON", "PRP"),
         (".", 1, "punct", "PUNCT", ".")]

# "While the level rises with time t, the size of either wave alone stays steady." with "size" hung on "t"
_TIME = [("While", 3, "mark", "SCONJ", "IN"), ("the", 2, "det", "DET", "DT"), ("level", 3, "nsubj", "NOUN", "NN"),
         ("rises", 14, "advcl", "VERB", "VBZ"), ("with", 3, "prep", "ADP", "IN"), ("time", 6, "compound", "NOUN", "NN"),
         ("t", 4, "pobj", "NOUN", "NN"), (",", 6, "punct", "PUNCT", ","), ("the", 9, "det", "DET", "DT"),
         ("size", 6, "appos", "NOUN", "NN"), ("of", 9, "prep", "ADP", "IN"), ("either", 12, "det", "DET", "DT"),
         ("wave", 10, "pobj", "NOUN", "NN"), ("alone", 12, "advmod", "ADV", "RB"), ("stays", 14, "ROOT", "VERB", "VBZ"),
         ("steady", 14, "acomp", "ADJ", "JJ"), (".", 14, "punct", "PUNCT", ".")]


def test_a_bracketed_gloss_ends_at_its_closing_bracket():
    doc = _doc(_RING)
    got = gloss_text(doc[:], doc[4], doc[7])
    assert got == "ring zone (a zone bounded outside by a wide circle and inside by a narrow)"


def test_a_gloss_the_parse_cut_inside_its_noun_phrase_gives_no_definition():
    doc = _doc(_WORD)
    assert gloss_text(doc[:], doc[3], doc[6]) == ""


def test_a_noun_after_the_comma_that_runs_into_the_verb_is_no_gloss():
    doc = _doc(_TIME)
    assert gloss_text(doc[:], doc[6], doc[9]) == ""


@pytest.mark.parametrize("sentence, name", [
    # kept: a bracket the parse reads whole, and a comma gloss closed by the sentence's end or a comma
    ("Most textbooks begin by defining a bounded region (a region enclosed without by a long wall and within by a "
     "short) in the plane.", "bounded region"),
    ("The plant stores its sugar as starch, a polymer that consists of many glucose units.", "starch"),
])
def test_a_whole_gloss_still_defines(nlp, sentence, name):
    assert name in defined(sentence, nlp)
