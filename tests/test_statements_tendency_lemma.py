"""A tendency ("X tends to V Y") keeps "tend to" in the predicate's lemma as a verb of aim does ("seek_to_change",
tests/test_statements_aims.py): items are rendered from the lemma, so with "favor" alone "Rural voters tend to favor
conservative candidates" was taught as "Rural voters favor conservative candidates", an overclaim (session 23, H;
found by Y, docs/audits/dev-2026-12-03/s23-Y.md).  Invented sentences of two disciplines."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

CASES = [
    ("Rural voters tend to favor conservative candidates.", "tend_to_favor", "tend to favor",
     "Rural voters tend to favor conservative candidates"),
    ("Metals tend to lose electrons.", "tend_to_lose", "tend to lose", "Metals tend to lose electrons"),
    ("Small parties often tend to form coalitions.", "tend_to_form", "often tend to form",
     "Small parties tend to form coalitions"),
]


def _frames(nlp, text):
    from proda.ingest.extract.claims import sentence_frames

    return [f for s in nlp(text).sents for f, _ in sentence_frames(s)]


@pytest.mark.parametrize("text,lemma,pred,item", CASES)
def test_the_lemma_keeps_the_tendency(nlp, text, lemma, pred, item):
    got = [(f.predicate, f.predicate_lemma) for f in _frames(nlp, text)]
    assert (pred, lemma) in got, got


@pytest.mark.parametrize("text,lemma,pred,item", CASES)
def test_an_item_says_tend_to(nlp, text, lemma, pred, item):
    from proda.train.items.render import fact

    f = next(f for f in _frames(nlp, text) if f.predicate.endswith(pred.split()[-1]))
    s = dict(subject=f.subject, predicate=f.predicate, object=f.object, quote=text, lemma=f.predicate_lemma,
             predicate_lemma=f.predicate_lemma)
    assert fact(s) == item, fact(s)


def test_a_tendency_shared_by_two_verbs_keeps_it_in_both(nlp):
    got = {f.predicate_lemma for f in _frames(nlp, "Conservative governments tend to cut welfare expenses and "
                                                   "raise military budgets.")}
    assert {"tend_to_cut", "tend_to_raise"} <= got, got


def test_a_plain_verb_keeps_its_lemma(nlp):
    # the guard: no tendency, no "tend_to"
    assert [f.predicate_lemma for f in _frames(nlp, "Rural voters favor conservative candidates.")] == ["favor"]


@pytest.mark.parametrize("text,lemma", [
    ("Higher interest rates tend to decrease consumer spending.", "tend_to_decrease"),
    ("Antioxidants tend to inhibit oxidation.", "tend_to_inhibit"),
    ("Central banks seek to reduce inflation.", "seek_to_reduce"),
])
def test_the_lemma_keeps_the_infinitive_sign(nlp, text, lemma):
    # "tend_to_decrease" is its own family (never rendered as "decrease"), but a tendency to decrease is no increase:
    # the stored polarity was +1 (an unlisted lemma), and a chain or an item's sign read it as one
    got = [(f.predicate_lemma, f.polarity, f.family) for f in _frames(nlp, text)]
    assert (lemma, -1, lemma) in got, got


def test_an_unlisted_verb_with_to_keeps_its_own_sign():
    from proda.lexicon import polarity_of

    assert polarity_of("tend_to_favor") == 1 and polarity_of("decrease") == -1 and polarity_of("be_to_decrease") == 1


def test_a_tendency_to_an_effect_is_still_an_effect_claim(nlp):
    # the effect gate keeps "term -> outcome phrase" claims by family; "tend_to_support" is its own family, and the
    # dev sweep lost "liberals | tend to support | social reform" until the gate read the infinitive's ("support")
    from proda.ingest.extract.effects import effect_claim

    sent = next(nlp("Liberals tend to support social reform.").sents)
    fr = next(f for f in _frames(nlp, sent.text) if f.object == "social reform")
    assert effect_claim(fr, sent, known=lambda t: t == "liberals", termlike=lambda t: True)


def test_a_chain_step_of_a_tendency_keeps_the_infinitive_family():
    from types import SimpleNamespace

    from proda.ingest.extract.chain_events import _family

    assert _family(SimpleNamespace(predicate_lemma="tend_to_make", family="tend_to_make")) == "produce"
    assert _family(SimpleNamespace(predicate_lemma="make", family="produce")) == "produce"


def test_an_aim_at_an_effect_is_no_effect_claim(nlp):
    # a guard: what is sought is not yet an effect (the aim's own family keeps it out, as s23-Y left it)
    from proda.ingest.extract.effects import effect_claim

    sent = next(nlp("Liberals seek to support social reform.").sents)
    fr = next(f for f in _frames(nlp, sent.text) if f.object == "social reform")
    assert not effect_claim(fr, sent, known=lambda t: t == "liberals", termlike=lambda t: True)
