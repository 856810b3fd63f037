"""Review R18 (session 13): a change whose end hangs on the noun of its "of" phrase.

vacuous.light_noun_cut looked for the end of a change ("to/into/toward Y") on the change noun and on the verb only;
in "catalyzes the conversion of glucose to fructose" the parse hangs "to fructose" on "glucose", so "enzyme |
catalyzes | conversion of glucose" was kept -- the change without where it goes (the audit's "catalyst | catalyzes |
conversion of carbon monoxide and hydrocarbons" [into CO2 and water] is this shape).
"""

from __future__ import annotations

import pytest

from tests.statements_util import triples

pytest.importorskip("spacy")


def test_a_change_whose_end_hangs_on_its_of_noun_is_refused():
    got = triples("The enzyme catalyzes the conversion of glucose to fructose.")
    got += triples("The new policy speeds the transition of farmland to housing.")
    assert not any(o in ("conversion of glucose", "transition of farmland") for _, _, o in got), got


def test_a_change_with_its_end_kept_after_the_of_noun_stays():
    """Kept sibling: the end is in the object."""
    assert ("catalyst", "speeds", "conversion of methane into methanol") in triples(
        "The catalyst speeds the conversion of methane into methanol."), triples(
        "The catalyst speeds the conversion of methane into methanol.")


def test_a_change_with_only_an_of_phrase_stays():
    """Kept sibling: no end is said, none is cut."""
    assert ("enzyme", "catalyzes", "conversion of glucose") in triples("The enzyme catalyzes the conversion of glucose.")
