"""A fronted scope reaches a clause the parser hung below the first verb as a complement with no "that": in "In
asset and expense accounts, debits increase the balance and credits decrease the balance" the small parser makes
"credits decrease the balance" a complement of "increase", and the second claim was stored without its scope,
"credits | decrease | balance", false of the other accounts (blind round 32).  Sentences invented."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

pytest.importorskip("spacy")

from statements_util import triples  # noqa: E402


def test_the_scope_reaches_a_clause_hung_as_a_complement():
    got = triples("In asset and expense accounts, debits increase the balance and credits decrease the balance.")
    assert got, got
    assert all("asset and expense accounts" in s for s, _, _ in got), got


def test_a_fronted_scope_on_a_plain_clause_is_still_carried():
    got = triples("In parliamentary regimes, the voters elect the legislature.")
    assert any("parliamentary regimes" in s for s, _, _ in got), got
