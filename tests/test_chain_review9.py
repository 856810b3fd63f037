"""Review 9 of the chain rules: counter-examples the reviewer made up (a wrong sign, a crash, a class read as a
process, a statement losing its stage, a "which" naming the wrong cause, an abbreviation cutting a step, a scare
quote passing as the book's event), each beside the original positive case it must not break."""

from __future__ import annotations

import pytest

from tests.chains_util import find

pytest.importorskip("spacy")

from test_chain_links import EXPIRATION, MUSCLE  # noqa: E402


def _root(nlp, text: str):
    return next(t for t in nlp(text) if t.dep_ == "ROOT")


def test_not_surprisingly_negates_nothing_but_no_longer_does(nlp):
    from proda.ingest.extract.chain_events import negated

    for lead in ("Not surprisingly,", "Not unexpectedly,", "Not long after,"):
        assert not negated(_root(nlp, f"{lead} the kidneys increase renin secretion.")), lead
    assert negated(_root(nlp, "The hormone no longer stimulates the gland."))
    assert negated(_root(nlp, "The hormone does not stimulate the gland."))


@pytest.mark.parametrize("text,old,subject", [
    (MUSCLE, "The Ca++ then initiates contraction", "Ca++"),
    (EXPIRATION, "The intrapulmonary pressure rises", "the intrapulmonary pressure"),
])
def test_not_surprisingly_keeps_the_sign_of_a_step_and_its_statement(nlp, text, old, subject):
    """Before: "Ca++ | initiates | contraction" became pol -1 and "pressure | not rises above | ..." pol -1."""
    chains, stmts = find(nlp, text.replace(old, "Not surprisingly, " + old[0].lower() + old[1:]))
    assert chains
    st = next(s for s in stmts if s.subject == subject)
    assert st.polarity == 1 and not st.negated and "not" not in st.predicate.split()


def test_a_not_on_another_verb_of_the_step_does_not_negate_its_event(nlp):
    """Before: the "not" of "water does not leave" marked "The cell swells" negated (its sign stayed +1)."""
    from proda.ingest.extract.chain_events import event_of

    for text in ("The cell swells because water does not leave.", "The pressure rises, and the valve does not open."):
        span = nlp(text)[:]
        ev = event_of(span, span)
        assert ev is not None and ev.step.polarity == 1 and not ev.negated
    span = nlp("The cell does not swell.")[:]
    ev = event_of(span, span)
    assert ev is not None and ev.negated and ev.step.polarity == -1


@pytest.mark.parametrize("text", ["After this happens,",
                                  "The cell divides into two cells. After this happens,\n\nThe nuclei reform and the "
                                  "cells separate."])
def test_a_back_lead_with_nothing_after_its_comma_does_not_crash(nlp, text):
    """Before: IndexError in _back_lead, which stopped the chunk's extraction."""
    find(nlp, text)


def test_a_one_word_scare_quote_is_a_view_but_a_hyphenated_term_is_not():
    """Before: “socialism,” passed as the book's own event (one or two quoted words were never a view)."""
    from proda.ingest.extract.chain_cascades import _quotes_a_view

    assert _quotes_a_view("Critics called the reform “socialism,” which reduced its support.")
    assert _quotes_a_view("Opponents labeled the tax a “giveaway” and support fell.")
    assert not _quotes_a_view("As described earlier, when undergoing fission U-235 produces two “medium-sized” nuclei.")


@pytest.mark.parametrize("text,word", [("Smith et al. Found that the cells divide.", "al."),
                                       ("They climbed Mt. Everest in May.", "Mt."),
                                       ("Apple Inc. Sold more phones.", "Inc."),
                                       ("Martin Luther King Jr. Led the march.", "Jr."),
                                       ("The Ford Motor Co. Built cars.", "Co.")])
def test_an_abbreviation_is_no_full_stop(nlp, text, word):
    """Before: a step was cut at "et al.", "Mt.", "Inc.", "Jr.", "Co." before a capitalised word (the tokenizer keeps
    "al." whole since session 42, ``tokens.toml`` abbreviations, as it keeps "Mt.")."""
    from proda.ingest.extract.chain_cascades import _full_stop

    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert not _full_stop(tok)


def test_a_full_stop_kept_on_a_word_still_ends_a_step(nlp):
    from proda.ingest.extract.chain_cascades import _full_stop

    doc = nlp("This reduces the excretion of acids, lowering blood pH. Increasing the rate allows you to exhale CO2.")
    stop = next(t for t in doc if t.text.startswith("pH"))
    assert stop.nbor(1).is_title and _full_stop(stop) or _full_stop(stop.nbor(1))


def test_a_which_after_a_change_teaches_no_statement_from_the_noun(nlp):
    """Before: "gasoline | lowered | demand" (it was the reduction of purchases that lowered demand)."""
    chains, stmts = find(nlp, "Prices rose sharply in 1973. Consumers then reduced their purchases of gasoline, which "
                              "lowered demand. Lower demand decreased the price.")
    assert chains and any(s.startswith("which lowered demand") for s in chains[0].steps)
    assert not [s for s in stmts if s.subject == "gasoline"]
    assert any(s.subject.lower() == "consumers" and s.predicate == "reduced" for s in stmts)


def test_a_which_after_a_plain_release_still_teaches_its_statement(nlp):
    chains, stmts = find(nlp, "Blood glucose rises after a meal. This stimulates the pancreas. The pancreas then releases "
                              "insulin, which increases glucose uptake by cells.")
    assert any(s.subject == "insulin" and s.predicate == "increases" and s.object == "glucose uptake by cells" for s in stmts)
