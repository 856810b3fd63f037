"""Chains, session 18 (engineer A): "This results in X." parsed with "This" as the determiner of the verb.

The small English pipeline, reading "results" as a noun it could modify, hangs an opening "This" on the main verb as
``det`` and leaves the clause with no subject; "This causes ..." links a cascade (``chain_leads._demonstrative_cause``)
but such a sentence never did.  ``chain_leads._det_subject`` reads the demonstrative as the bare subject -- only right
before a present-tense main verb with no subject of its own; the verb must still be causal ("This results from X"
names a cause, not an outcome, and stays unlinked).  Invented text; the parses asserted first, so a model change that
reads the sentence otherwise shows as such, not as a rule failure.
"""

from __future__ import annotations

import pytest

from tests.chains_util import chains_of

pytest.importorskip("spacy")

WAGES = ("The company cut wages. This leads to growing unemployment. "
         "This results in the general impoverishment of the mass of society.")


def _det_parse(nlp, text: str) -> bool:
    last = list(nlp(text).sents)[-1]
    return last[0].dep_ == "det" and last[0].head.i == last.root.i and last.root.tag_ == "VBZ"


def test_a_determiner_this_before_a_causal_verb_links(nlp):
    """Before: two linked sentences only (the third had no subject), no chain."""
    assert _det_parse(nlp, WAGES)
    chains = [c for c in chains_of(nlp, WAGES, "Wages") if c.kind == "cascade"]
    assert len(chains) == 1 and len(chains[0].steps) == 3, [c.steps for c in chains]
    assert chains[0].steps[0].startswith("The company cut wages")
    assert chains[0].steps[2].startswith("This results in the general impoverishment"), chains[0].steps


def test_results_from_names_a_cause_and_does_not_link(nlp):
    text = WAGES.replace("results in", "results from")
    assert _det_parse(nlp, text)
    assert not [c for c in chains_of(nlp, text, "Wages") if c.kind == "cascade"]


def test_det_subject_only_right_before_a_present_verb(nlp):
    from proda.ingest.extract.chain_leads import _det_subject
    from proda.ingest.extract.chain_rules import blocks, sentences

    def first_det(text):
        doc = nlp(text)
        return [_det_subject(s) for s in sentences(doc, blocks(doc.text))]

    found = first_det(WAGES)
    assert found[0] is None and found[1] is None  # a noun subject; a "This" parsed as the subject already
    assert found[2] is not None and found[2].lower_ == "this"
    assert all(x is None for x in first_det("The new bridge opened in March. It carries four lanes of traffic."))
