"""A participle on a bare plural subject, read by the parse as its verb, restricts that noun (audit round 14).

"Electrodes constructed from a member of the redox couple ... are called active electrodes" gave "electrodes |
constructed_from | member of redox couple": the participle of a restrictive reduced relative, read as the noun's
verb, teaches of every electrode what the sentence says of a subclass (reduced_relative.subclass_participle).
Kept: the main clause's frame, a real past-tense verb.  Invented sentences only.
"""

from __future__ import annotations

from tests.statements_util import triples


def test_participle_on_a_bare_plural_subject_gives_no_frame():
    assert not any(p.startswith("exposed") for _, p, _ in triples("Cells exposed to high doses of radiation die "
                                                                  "within days."))
    got = triples("Sensors built from a member of the pair, such as the copper wire in this circuit, are called "
                  "active sensors.")
    assert not any(p.startswith("built") for _, p, _ in got), got



def test_main_clause_after_a_reduced_relative_is_kept():
    got = triples("Proteins synthesized by ribosomes are folded in the endoplasmic reticulum.")
    assert any(p == "are folded in" for _, p, _ in got), got
    assert ("soils exposed to heavy rain", "lose", "nutrients") in triples("Soils exposed to heavy rain lose their "
                                                                            "nutrients.")



def test_real_past_tense_verb_is_kept():
    assert ("researchers", "exposed", "cells to radiation") in triples("Researchers exposed cells to radiation.")
