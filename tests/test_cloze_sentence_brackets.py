"""A cloze copies its sentence whole, so a sentence split inside a bracket (the splitter took the dot of a domain
name for the stop: "Insert/update DS records in the parent zone (dnssec.example.", blind round 34) makes a
malformed item; a sentence whose brackets close is whole.  Sentences invented."""

from __future__ import annotations

import pytest

from proda.train.items.cloze import sentence_ok


@pytest.mark.parametrize("quote", [
    "Upload the new signing records to the registry server (registry.example.",
    "The mirror copies every table of the primary database [see the replication.",
    "and the standby replays them in order) before it accepts any new queries.",
])
def test_a_sentence_cut_inside_a_bracket_gives_no_cloze(quote):
    assert not sentence_ok(quote[0].upper() + quote[1:])


def test_a_sentence_with_closed_brackets_gives_one():
    assert sentence_ok("The mirror copies every table of the primary database (the one that takes writes) at night.")
