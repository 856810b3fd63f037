"""Which subject a cascade's first step must name (``chain_leads._event_ok``), session 25 engineer L.

The first step must say who does what: a noun subject, no pronoun or demonstrative.  The subject asked was that of
the first verb with one, so a main clause whose noun subject carries a relative clause ("The gas that escapes from the
first chamber then enters ...") was read by the relative's pronoun "that" and refused, and with it the whole run
(every later step opens on "This ..." or a participle, never a first step).  Now the main clause's own noun subject
counts when the first subject found is a relative pronoun inside it.  Kept: "When X ceases, it ..." (the when-clause
names X) still starts a chain; a bare relative opening ("which then ...") still does not.  A step whose main verb
carries "should" / "ought" (``cascade.deontic_modals``) says what ought to happen and is no step (the dev sweep's
"institutions that should be preventing it").  Sentences are invented, from several fields.
"""

from __future__ import annotations

import pytest

from tests.chains_util import chains_of

CASES = [
    ("The gas that escapes from the first chamber then enters the second chamber, raising its pressure. "
     "This pressure then opens the outlet valve.", "The gas that escapes"),
    ("The workers who lost their jobs in the mills then moved to the cities, raising the demand for housing. "
     "This demand in turn drove up rents across the region.", "The workers who lost"),
]


@pytest.mark.parametrize("text,first", CASES)
def test_a_noun_subject_with_a_relative_clause_starts_the_chain(nlp, text, first):
    pytest.importorskip("spacy")
    chains = chains_of(nlp, text, "Section")
    assert len(chains) == 1 and len(chains[0].steps) == 3, [c.steps for c in chains]
    assert chains[0].steps[0].startswith(first), chains[0].steps


def test_a_when_clause_still_names_the_actor_of_a_pronoun(nlp):
    """Kept: "it" of the main clause takes up the when-clause's noun, as before."""
    pytest.importorskip("spacy")
    text = ("When the pump in the basement stops, it no longer lifts the water to the tank, "
            "allowing the tank to drain, resulting in a loss of pressure upstairs.")
    chains = chains_of(nlp, text, "Section")
    assert len(chains) == 1 and len(chains[0].steps) == 3, [c.steps for c in chains]


def test_a_step_of_what_ought_to_happen_ends_the_run(nlp):
    """ "... the courts that should be preventing it" is no event: the run stops before it, one step, no chain."""
    pytest.importorskip("spacy")
    text = ("The same wealthy landowners that exploit the tenants often control the courts that should be preventing "
            "it, enabling the abuse of entire villages.")
    assert not [c for c in chains_of(nlp, text, "Section") if len(c.steps) >= 3]
