"""Order adverbs on the main verb besides "then" (``cascade.next_adverbs``, ``chain_leads._then_next``), session 15.

"The strike subsequently spread to the docks" / "... eventually forced the owners to ..." after a noun subject says
the sentence happens after the one before, as "The Ca++ then initiates ..." does (sociology 21: "Student action
eventually contributed to the president's resignation" ended no run).  Only "then", "subsequently", "eventually",
"thereafter": "ultimately" also means "at bottom" ("Every strike is ultimately a contest of patience") and "later"
also "of a later time"; a copula, a pronoun subject or a condition still links nothing (kept siblings).
"""

from __future__ import annotations

import pytest

from tests.chains_util import chains_of

LEAD = "When the company cut the wages, the miners stopped work at every pit."


@pytest.mark.parametrize("adverb", ["subsequently", "eventually"])
def test_an_order_adverb_on_the_main_verb_continues_the_run(nlp, adverb):
    pytest.importorskip("spacy")
    text = f"{LEAD} The strike {adverb} spread to the docks along the river."
    chains = chains_of(nlp, text, "Strike")
    assert len(chains) == 1 and len(chains[0].steps) == 3, [c.steps for c in chains]
    assert chains[0].steps[2].startswith("The strike"), chains[0].steps


@pytest.mark.parametrize("tail", ["Every strike is ultimately a contest of patience.",
                                  "The strike ultimately reflects a long dispute over pay.",
                                  "It eventually spread to the docks along the river.",
                                  "If the owners refuse, the strike will eventually spread to the docks."])
def test_no_link_without_a_named_actor_or_with_at_bottom(nlp, tail):
    """Kept siblings: "ultimately" (at bottom), a copula, a pronoun subject and a condition continue nothing."""
    chains = chains_of(nlp, f"{LEAD} {tail}", "Strike")
    assert not [c for c in chains if len(c.steps) >= 3], [c.steps for c in chains]
