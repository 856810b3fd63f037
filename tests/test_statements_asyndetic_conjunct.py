"""A verb joined to the clause before by commas alone, in a coordination that has no "and"/"or" of its verbs, does not
share that clause's subject: "Compounding is Monthly, Payments are Monthly, assume End of Period Payments, and
Discrete Compounding." is a list of settings ending in an imperative to the reader, not "Payments | assume | ..."
(blind round 32 on an accounting guide: three wrong statements).  English joins verb phrases that share a subject
with a conjunction before the last one ("filter the blood, remove waste and produce urine"), which still holds.
Sentences invented."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

pytest.importorskip("spacy")

from statements_util import triples  # noqa: E402


def test_an_imperative_after_a_comma_splice_takes_no_subject():
    got = triples("Terms are Yearly, Deposits are Monthly, assume Start of Period Deposits, and Simple Interest.")
    assert not any(p.startswith("assume") for _, p, _ in got), got


def test_a_coordination_with_and_still_shares_its_subject():
    got = triples("The kidneys filter the blood, remove waste and produce urine.")
    assert ("kidneys", "remove", "waste") in got and ("kidneys", "produce", "urine") in got, got


def test_two_verbs_with_and_still_share_their_subject():
    got = triples("The pancreas secretes insulin and produces enzymes.")
    assert ("pancreas", "produces", "enzymes") in got, got


@pytest.mark.parametrize("sentence,triple", [
    ("The thyroid hormone, also called thyroxine, raises the metabolic rate.",
     ("thyroid hormone", "raises", "metabolic rate")),
    ("The opening of the channels, commonly referred to as gating, controls the flow of ions.",
     ("opening of channels", "controls", "flow of ions")),
])
def test_an_aside_the_parser_made_the_main_verb_keeps_the_real_clause(sentence, triple):
    """The small parser reads "also called" / "referred to as" set off by commas as the sentence's verb and the real
    verb as its conjunct: the subject is still the one before the aside."""
    assert triple in triples(sentence), triples(sentence)
