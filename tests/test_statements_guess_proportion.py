"""Two qualifiers a statement must not drop (issue 11, session 25 N; sheet docs/audits/dev-2026-12-03/s25-N.md).

A guess on the frame's own verb ("The rule is perhaps the most robust way to define the integral" gave "trapezoid rule
| is | most ... way") and a proportion ("As the focal ratio gets bigger, the telescope needs more exposure time": the
main clause's change holds only with the other's) were stored as plain facts.  Invented sentences; each refusal has a
sibling, the same sentence without the qualifier, that the extractor keeps (so the test cannot pass because nothing
was read).  ("now" on the verb was measured and not adopted: see the sheet.)
"""

from __future__ import annotations

import pytest

from tests.statements_util import triples


@pytest.mark.parametrize("hedged, plain, kept", [
    ("The pump is perhaps the cheapest way to move water.", "The pump is the cheapest way to move water.",
     ("pump", "is", "cheapest way to move water")),
    ("The bridge probably carries the traffic into the city.", "The bridge carries the traffic into the city.",
     ("bridge", "carries", "traffic into the city")),
])
def test_a_guess_on_the_verb_is_refused(hedged, plain, kept):
    assert kept in triples(plain)
    assert kept not in triples(hedged)


@pytest.mark.parametrize("sentence, unit", [
    # "increases" read as a noun, "As" as a preposition
    ("As the load increases, the muscle produces more force.", ("muscle", "produces", "more force")),
    ("As the price of fuel rises, the airline raises its fares.", ("airline", "raises", "fares")),
])
def test_a_change_tied_to_an_as_clause_of_change_is_refused(sentence, unit):
    main = sentence.split(", ", 1)[1]
    assert unit in triples(main[0].upper() + main[1:])
    assert unit not in triples(sentence)


def test_a_proportion_read_as_a_clause_is_refused():
    # the parser reads this "as"-clause as a clause (advcl): the same check on it
    from proda.ingest.extract.conditions import _proportional
    from proda.ingest.extract.nlp import load_nlp

    doc = load_nlp()("As the pipe gets longer, the pump needs more power.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    clause = next(c for c in root.children if c.dep_ == "advcl")
    assert _proportional(root, clause)


@pytest.mark.parametrize("sentence, unit", [
    # the main clause states no change of its own
    ("As the sugar level rises, the gland releases a hormone.", ("gland", "releases", "hormone")),
    ("As a result, the pump needs more power.", ("pump", "needs", "more power")),  # "as" of a result, no change in it
    # an "as" that points to a page (no subject, "more" inside a phrase): the main clause's change stands alone
    ("As will be shown in more detail later, rising fuel prices reduce airline profits.",
     ("rising fuel prices", "reduce", "airline profits")),
    ("As will be shown in more detail later, higher fuel prices lead to lower airline profits.",
     ("higher fuel prices", "lead to", "lower airline profits")),
])
def test_an_as_clause_without_a_proportion_keeps_the_frame(sentence, unit):
    assert unit in triples(sentence)
