"""An "as"-clause that points to what was said keeps the main clause (code review of session 25, fix 1).

:func:`proda.ingest.extract.conditions._proportional` refuses a change tied to an "as"-clause of change ("As the
pipe gets longer, the pump needs more power").  It read any comparative in the "as"-clause as its change, so an
adverb of time ("As we learned earlier") or an adjective on a noun ("As more recent studies show") refused a plain
fact.  The change must sit on the clause's own verb.  Invented sentences; the proportions still refused are in
tests/test_statements_guess_proportion.py.
"""

from __future__ import annotations

import pytest

from tests.statements_util import triples


@pytest.mark.parametrize("sentence, unit", [
    ("As we learned earlier, the hormone increases bone growth.", ("hormone", "increases", "bone growth")),
    ("As we discussed earlier, tariffs raise the price of imported goods.",
     ("tariffs", "raise", "price of imported goods")),
    ("As more recent studies show, exercise reduces the risk of stroke.", ("exercise", "reduces", "risk of stroke")),
    ("As the earlier chapter showed, inflation increases prices.", ("inflation", "increases", "prices")),
])
def test_an_as_clause_that_points_to_what_was_said_keeps_the_frame(sentence, unit):
    assert unit in triples(sentence)


@pytest.mark.parametrize("sentence", [
    "As the pipe gets longer, the pump needs more power.",
    "As the town grew more crowded, the guilds lost more members.",
    "As the water becomes warmer, the gas dissolves less readily.",
    "As you climb higher on the mountain, the air holds less oxygen.",      # a comparative complement of the verb
    "As the town buys more grain from abroad, farm incomes fall further.",  # an amount of its object
])
def test_an_as_clause_that_itself_changes_is_still_a_proportion(sentence):
    from proda.ingest.extract.conditions import _proportional
    from proda.ingest.extract.nlp import load_nlp

    doc = load_nlp()(sentence)
    root = next(t for t in doc if t.dep_ == "ROOT")
    clause = next(c for c in root.children if c.dep_ == "advcl")
    assert _proportional(root, clause)
