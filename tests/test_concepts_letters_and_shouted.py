"""A one-letter label and a heading in capitals are no terms whatever their evidence (blind round 33 on a
phylogenetics manual: concepts 5/17, "L: indicates that the distance matrix is input in Lower-triangular form",
"J", "R", "U", "S" read as glossary entries from a list of a program's options, and "OUTPUT FORMAT", "COMPARISON of
METHODS" from headings).  An acronym, a letter naming a kind beside its noun and a capitalised proper name stay.
Names invented."""

from __future__ import annotations

import pytest

from proda.ingest.extract.l1_terms import l1_term


@pytest.mark.parametrize("name, ev", [
    ("L", {"glossary": True}),
    ("J", {"glossary": True, "defined": True}),
    ("K", {"heading": True}),
    ("INPUT FORMAT", {"heading": True}),
    ("COMPARISON of MODELS", {"heading": True}),
    ("PROGRAM CONSTANTS", {"glossary": True}),
])
def test_a_letter_or_a_shouted_heading_is_no_term(name, ev):
    assert not l1_term(name, ev)


@pytest.mark.parametrize("name, ev", [
    ("DNA", {"glossary": True}),
    ("NATO", {"defined": True}),
    ("HIV AIDS", {"defined": True}),            # two acronyms
    ("vitamin K", {"defined": True}),
    ("T cell", {"glossary": True}),
    ("Calvin cycle", {"defined": True}),
])
def test_acronyms_and_kinds_named_by_a_letter_stay(name, ev):
    assert l1_term(name, ev)
