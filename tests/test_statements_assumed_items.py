"""The items of a list whose lead-in ends "... assume that:" (or "argue that:", "believe that:") are what the
lead-in's subject assumes, not the book's facts: blind round 33 (a phylogenetics manual) taught "variance of
distribution | is proportional to | power p of expectation" from "distance matrix programs implicitly assume that:" /
"... The variance of the distribution is proportional to a power p of the expectation."  A list that only says what
it holds keeps its items.  Texts invented; blocks joined as the reader joins them (a blank line)."""

from __future__ import annotations

from tests.statements_util import triples


def _items(lead: str, *items: str) -> str:
    return "\n\n".join((lead, *items))


def test_items_under_an_assumption_are_no_facts():
    text = _items("In fitting such data, least squares programs implicitly assume that:",
                  "Each measurement is taken independently of the others.",
                  "The error of each measurement is proportional to a power of its mean.")
    assert not any("error" in s for s, _, _ in triples(text)), triples(text)


def test_items_under_a_claim_are_no_facts():
    text = _items("Supporters of the reform argue that:",
                  "Lower tariffs raise the volume of trade.")
    assert not any("tariffs" in s.lower() for s, _, _ in triples(text)), triples(text)


def test_a_list_that_says_what_it_holds_keeps_its_items():
    text = _items("The pancreatic islets each contain four varieties of cells:",
                  "The alpha cell produces the hormone glucagon.")
    assert ("alpha cell", "produces", "hormone glucagon") in triples(text)
