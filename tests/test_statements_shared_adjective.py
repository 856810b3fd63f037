"""An adjective phrase after the last of coordinated nouns says of all of them ("have their bounds and resolution
equal to those of the current computational region"): split, the first conjunct alone lost it (blind round 28:
"raster output maps | have | bounds", judged wrong).  ``scope.coordination_unsafe``.  Siblings: the same
coordination without the phrase still splits, and a noun's own adjective before it changes nothing."""

from __future__ import annotations

from tests.statements_util import triples


def test_a_trailing_adjective_phrase_is_not_lost_by_the_split():
    text = "Raster output maps have their bounds and resolution equal to those of the current computational region."
    assert ("raster output maps", "have", "bounds") not in triples(text), triples(text)


def test_a_coordination_without_it_still_splits():
    got = triples("Raster output maps have bounds and a resolution.")
    assert ("raster output maps", "have", "bounds") in got and ("raster output maps", "have", "resolution") in got, got
