""""In case of X" is a condition, not where a passive verb's subject is: "Data in GRASS Datable can be exported
using for example r.in.gdal in case of raster maps" was stored "data in GRASS Datable | can be exported in | case
of raster maps" (session 30's fresh sample, a fragment).  The complex-preposition nouns ([args]
complex_prep_nouns, "in terms of", "in case of", "by means of") were refused after an active verb only;
``complex_preps.complex_preposition`` now serves the passive too.  Siblings: a noun with a determiner or an
adjective is a real place ("stored in the case of the instrument" is not touched by this rule)."""

from __future__ import annotations

from tests.statements_util import triples


def test_in_case_of_after_a_passive_is_no_object():
    assert triples("Data can be exported in case of raster maps.") == []
    assert triples("Blood is stored in case of emergency.") == []
    assert not any("terms" in o for _, _, o in triples("Society is described in terms of class conflict."))


def test_a_real_place_after_a_passive_is_kept():
    assert ("Glycogen", "is stored in", "liver") in triples("Glycogen is stored in the liver.")
    assert ("lens", "is held in", "metal case") in triples("The lens is held in a metal case.")
