"""Chains, round 16 (gold misses of docs/audits/dev-2026-11-30/chain-gold.csv, causal links): each construction on
invented general-English text, with a sibling that must not become a chain or must not change.

- a demonstrative noun phrase that takes up what the clause before acted on ("... carried a huge flood. This flood
  caused ..."): the next step of the cascade, only where its noun heads an argument of the last clause of the sentence
  before; a bare pronoun ("It caused ...") or a noun of an earlier clause links nothing --
  ``chain_shared.refers_back``;
- "As X happens, Y ..." with a verb of coming about outside the change families ("As the storm passes over the lake,
  ..."; review R16: not any event verb, "As the wind blows" is "while"): the as-clause is the event before its main
  clause; "As the author notes" (a verb of saying) and "As the lake is shallow" (a reason) are not -- ``chain_leads._temporal_lead``;
- an order adverb on a coordinated verb or a relative clause ("inspired X and eventually led to Y", "an acid that
  subsequently ionized"): the next step; a bare "and" stays one step -- ``chain_cascades._inner_splits``.
"""

from __future__ import annotations

import pytest

from tests.chains_util import chains_of

pytest.importorskip("spacy")

FLOOD = ("Heavy rain fell on the hills for a week. As a result, the river carried a huge flood of muddy water. "
         "This flood caused the collapse of the old bridge.")


def _cascades(nlp, text: str):
    return [c for c in chains_of(nlp, text, "Floods") if c.kind == "cascade"]


def test_a_demonstrative_noun_of_the_clause_before_links(nlp):
    """Before: "This flood" named no event noun, so the third sentence was not linked: two steps, no chain."""
    chains = _cascades(nlp, FLOOD)
    assert len(chains) == 1 and len(chains[0].steps) == 3, [c.steps for c in chains]
    assert chains[0].steps[2].startswith("This flood caused the collapse"), chains[0].steps
    assert chains[0].events[2].polarity == 1, chains[0].events


def test_such_with_a_plural_noun_links_too(nlp):
    text = FLOOD.replace("This flood caused", "Such floods cause")
    chains = _cascades(nlp, text)
    assert len(chains) == 1 and chains[0].steps[2].startswith("Such floods cause"), [c.steps for c in chains]


def test_a_bare_pronoun_links_nothing(nlp):
    """Refused sibling: "It caused ..." does not say what caused it (the issue forbids a pronoun link)."""
    assert _cascades(nlp, FLOOD.replace("This flood caused", "It caused")) == []


def test_a_noun_the_clause_before_did_not_act_on_links_nothing(nlp):
    """Refused sibling: "This bridge" names nothing of the clause before (a shared word alone is no link)."""
    text = FLOOD.replace("This flood caused the collapse of the old bridge", "This bridge caused a long delay")
    assert _cascades(nlp, text) == []


def test_a_noun_of_an_earlier_clause_of_the_sentence_links_nothing(nlp):
    """Kept sibling: "surge" is the object of the first clause, "raising its level" came after it; joining "This surge
    caused ..." after the level would put it in the wrong order, so the chain stays as it was (three steps)."""
    text = ("Heavy rain fell on the hills for a week. As a result, the melting glacier released a surge of cold water "
            "into the lake, raising its level. This surge caused the collapse of the old bridge.")
    chains = _cascades(nlp, text)
    assert len(chains) == 1 and len(chains[0].steps) == 3, [c.steps for c in chains]
    assert chains[0].steps[-1].startswith("raising its level"), chains[0].steps


WIND = "As the storm passes over the lake, the surface water moves toward the eastern shore, causing cold water to rise."


def test_an_as_clause_of_an_event_is_the_step_before(nlp):
    """Before: "as" opened a step only with a verb of change ("As X rises"): one step + the participle, no chain."""
    chains = _cascades(nlp, WIND)
    assert len(chains) == 1 and len(chains[0].steps) == 3, [c.steps for c in chains]
    assert chains[0].steps[0].startswith("the storm passes"), chains[0].steps  # the lead word is stripped
    assert chains[0].steps[1].startswith("the surface water moves"), chains[0].steps


def test_an_as_clause_of_saying_or_of_a_state_is_no_step(nlp):
    """Refused siblings: "As the author notes" (a verb of saying) and "As the lake is shallow" (a reason) name no
    event before the main clause; a pronoun main clause that does not take up the clause's subject says not who acts
    ("they" after "the storm"; "it" after the storm is the storm since session 12, tests/test_chain_pronoun_lead.py)."""
    for lead in ("As the author notes", "As the lake is shallow", "As the lake can hold more water"):
        assert _cascades(nlp, WIND.replace("As the storm passes over the lake", lead)) == [], lead
    assert _cascades(nlp, WIND.replace("the surface water moves", "they move")) == []


def test_an_as_clause_of_change_is_kept(nlp):
    """Kept sibling: the change family read before still opens a step."""
    chains = _cascades(nlp, WIND.replace("the storm passes over the lake", "the water temperature rises"))
    assert len(chains) == 1 and len(chains[0].steps) == 3, [c.steps for c in chains]


STRIKE = ("His arrest inspired further protests and eventually led to a general strike, which quickly ended "
          "in the fall of the government.")


def test_an_order_adverb_on_a_coordinated_verb_opens_a_step(nlp):
    """Before: "and eventually led to" stayed inside the first step."""
    text = STRIKE.replace(", which quickly ended in", ", which in turn caused")
    chains = _cascades(nlp, text)
    assert len(chains) == 1 and len(chains[0].steps) == 3, [c.steps for c in chains]
    assert "eventually led to a general strike" in chains[0].steps[1], chains[0].steps
    assert chains[0].steps[0].startswith("His arrest inspired further protests"), chains[0].steps


def test_a_bare_and_stays_one_step(nlp):
    """Kept sibling: "inspired X and led to Y" lists two effects; no order is said."""
    text = STRIKE.replace(" and eventually led", " and led").replace(", which quickly ended in", ", which in turn caused")
    for c in _cascades(nlp, text):
        assert not any(s.startswith(("and led", "led to")) for s in c.steps), c.steps


ACID = ("The rain absorbed the smoke from the chimney, producing a weak acid, a compound that subsequently attacked "
        "the stone of the old walls.")


def test_an_order_adverb_on_a_relative_clause_opens_a_step(nlp):
    chains = _cascades(nlp, ACID)
    assert len(chains) == 1 and len(chains[0].steps) == 3, [c.steps for c in chains]
    assert "subsequently attacked the stone" in chains[0].steps[2], chains[0].steps


def test_a_relative_clause_without_an_order_adverb_stays(nlp):
    """Kept sibling: "a compound that attacks stone" describes the acid; no step."""
    assert _cascades(nlp, ACID.replace("that subsequently attacked", "that attacks")) == []


def test_a_series_of_three_verbs_stays_a_series(nlp):
    """Kept sibling: "leaves the soil, enters the root, and then moves into the stem" is the series rule's (each verb a step), not a cascade
    cut at "and then" (before this round's check the order adverb took the series over and merged two of its steps)."""
    text = ("Rain soaks the hillside. As a result, water leaves the soil, enters the root, and then moves into the stem, "
            "reaching the leaves.")
    chains = chains_of(nlp, text, "Plants")
    assert len(chains) == 1 and chains[0].kind == "sequence", [(c.kind, c.steps) for c in chains]
    assert chains[0].steps == ["As a result, water leaves the soil", "enters the root",
                               "then moves into the stem, reaching the leaves"], chains[0].steps
