"""Audit round 9 (anatomy chains judged 5/10): cascade links that spliced two causes, read a list as a process, or
cut a step inside its lead (proda/ingest/extract/chain_cascades.py).  Each judged paragraph (round-9 chapters are
development material now) fails before the change; a sibling of the same construction must still give its chain."""

from __future__ import annotations

import pytest

from tests.chains_util import chains_of

pytest.importorskip("spacy")

# OpenStax Anatomy and Physiology 2e, 23.3 The Mouth, Pharynx, and Esophagus (Regulation of Salivation)
STRESS = ("During times of stress, such as before speaking in public, sympathetic stimulation takes over, reducing "
          "salivation and producing the symptom of dry mouth often associated with anxiety.")
DEHYDRATED = (STRESS + " When you are dehydrated, salivation is reduced, causing the mouth to feel dry and prompting "
              "you to take action to quench your thirst.")
TONGUE = ("Food contains chemicals that stimulate taste receptors on the tongue, which send impulses to the superior and "
          "inferior salivatory nuclei in the brain stem. These two nuclei then send back parasympathetic impulses through "
          "fibers in the glossopharyngeal and facial nerves, which stimulate salivation. Even after you swallow food, "
          "salivation is increased to cleanse the mouth and to water down and neutralize any irritating chemical "
          "remnants, such as that hot sauce in your burrito.")
SALIVA = ("Saliva contains immunoglobulin A, which prevents microbes from penetrating the epithelium, and lysozyme, "
          "which makes saliva antimicrobial.")
# 23.5 The Small and Large Intestines
ILEUM = ("After chyme passes through, backward pressure helps close the sphincter, preventing backflow into the ileum. "
         "Because of this reflex, your lunch is completely emptied from your stomach and small intestine by the time "
         "you eat your dinner.")


def test_a_sentence_with_its_own_when_clause_does_not_continue_the_one_before(nlp):
    """Before: "When you are dehydrated, salivation is reduced" was linked to "reducing salivation" by the shared
    term, splicing a second cause (dehydration) onto the stress cascade (judged wrong_fact)."""
    for c in chains_of(nlp, DEHYDRATED):
        assert not any("dehydrated" in s for s in c.steps)


def test_an_even_after_clause_is_its_own_cause_too(nlp):
    """Before: step 4 "Even after you swallow food, salivation is increased ..." followed "which stimulate
    salivation" (judged a separate remark); the three steps before it stay."""
    chains = chains_of(nlp, TONGUE)
    assert len(chains) == 1 and len(chains[0].steps) == 3
    assert chains[0].steps[-1].startswith("which stimulate salivation")


def test_the_outcome_named_as_subject_without_a_lead_still_continues(nlp):
    """Positive sibling: "Reduced salivation causes ..." (no clause of its own cause) is what the stress clause did."""
    text = STRESS + " Reduced salivation causes the mouth to feel dry, prompting you to take action to quench your thirst."
    chains = chains_of(nlp, text)
    assert len(chains) == 1 and any(s.startswith("Reduced salivation causes") for s in chains[0].steps)


def test_a_relative_clause_on_one_item_of_a_list_opens_no_step(nlp):
    """Before: "contains immunoglobulin A, which prevents ..., and lysozyme, which ..." was a three-step process, the
    second step ending "..., and lysozyme" (judged a list of ingredients, not a process)."""
    from proda.ingest.extract.chain_cascades import _inner_splits
    from proda.ingest.extract.chain_rules import blocks, sentences

    assert chains_of(nlp, SALIVA) == []
    doc = nlp(SALIVA)
    assert _inner_splits(sentences(doc, blocks(doc.text))[0]) == []


def test_a_relative_clause_on_a_single_object_still_splits(nlp):
    """Positive sibling: without the second item, "which prevents ..." is a clause of its own."""
    from proda.ingest.extract.chain_cascades import _inner_splits
    from proda.ingest.extract.chain_rules import blocks, sentences

    text = "Saliva contains immunoglobulin A, which prevents microbes from penetrating the epithelium."
    doc = nlp(text)
    splits = _inner_splits(sentences(doc, blocks(doc.text))[0])
    assert len(splits) == 1 and doc[splits[0]].lower_ == "which"


def test_because_of_this_with_a_noun_of_its_own_does_not_link(nlp):
    """Before: "Because of this reflex, your lunch is ..." matched the lead "because of this", so the step read
    "reflex, your lunch is completely emptied ..." (judged a cut clause); "this reflex" names a thing of its own."""
    for c in chains_of(nlp, ILEUM):
        assert not any("lunch" in s for s in c.steps)


@pytest.mark.parametrize("lead", ["Because of this,", "Because of this change,"])
def test_because_of_this_alone_or_with_an_event_noun_still_links(nlp, lead):
    """Positive siblings: a bare "this", or "this change", is the clause before; the lead is stripped whole."""
    text = ILEUM.replace("Because of this reflex,", lead)
    chains = chains_of(nlp, text)
    assert len(chains) == 1 and chains[0].steps[-1].startswith("your lunch is completely emptied")
