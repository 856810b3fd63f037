"""Coordinated modifiers that share one noun: "Neural, endocrine, and autoregulatory mechanisms affect blood flow"
was stored "Neural | affect | blood pressure" (session 31's fresh sample, a fragment): the parser made the first
adjective a noun of its own.  ``shared_modifiers`` reads such a bare adjective with the noun of the last conjunct.
Siblings left as they were: a noun before a shared noun ("the heart and blood vessels": the heart itself), words
that can name people themselves ("the elderly and young children"), lists the parser read whole."""

from __future__ import annotations

from spacy.tokens import Doc

from proda.ingest.extract.nlp import load_nlp
from proda.ingest.extract.shared_modifiers import shared_noun
from tests.statements_util import triples


def test_a_bare_adjective_conjunct_takes_the_shared_noun():
    got = triples("Neural, endocrine, and autoregulatory mechanisms affect blood flow.")
    assert ("neural mechanisms", "affect", "blood flow") in got
    assert not any(s.lower() == "neural" for s, _, _ in got)
    got = triples("The thumb contains a proximal and a distal phalanx.")
    assert ("thumb", "contains", "proximal phalanx") in got and ("thumb", "contains", "distal phalanx") in got


def test_the_mark_is_on_the_adjective_only():
    doc = load_nlp()("The thumb contains a proximal and a distal phalanx.")
    assert shared_noun(doc[4]).text == "phalanx"
    assert shared_noun(doc[8]) is None and shared_noun(doc[1]) is None


def test_the_mark_survives_a_span_copied_out_and_docs_joined():
    """The offline extractor joins a chunk to the next one's first sentences (``offline._joined``)."""
    nlp = load_nlp()
    doc = nlp("Blood flows. The thumb contains a proximal and a distal phalanx.")
    part = list(doc.sents)[1].as_doc(copy_user_data=True)
    assert shared_noun(part[4]).text == "phalanx"
    joined = Doc.from_docs([nlp("Bones grow."), part])
    assert shared_noun(joined[7]).text == "phalanx"


def test_nouns_and_people_words_stay_as_read():
    for text in ("The heart and blood vessels form the cardiovascular system.",
                 "The elderly and young children are vulnerable to heat stroke.",
                 "Sodium and potassium ions cross the membrane.",
                 "Federal and state courts hear appeals from lower courts."):
        doc = load_nlp()(text)
        assert not any(shared_noun(t) for t in doc), text
    assert ("heart and blood vessels", "form", "cardiovascular system") in triples(
        "The heart and blood vessels form the cardiovascular system.")
