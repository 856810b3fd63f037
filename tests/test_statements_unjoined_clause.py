"""Two clauses the parser coordinated with nothing joining them are a list it broke: "r.sun computes beam
(direct), diffuse and ground reflected solar irradiation raster maps" read "diffuse and ground" as the subject of
a verb "reflected", giving "r.sun | computes | beam" (the list cut after its first item) and "ground | reflected |
solar irradiation raster maps" (session 30's fresh sample on the GRASS manual: two fragments).
``misread_verbs.splice_of``: a conjunct verb with its own subject and no conjunction, semicolon, colon or dash before
that subject refuses both verbs' frames.  Clauses joined by "and" or a semicolon stay."""

from __future__ import annotations

from tests.statements_util import triples

_RSUN = ("r.sun computes beam (direct), diffuse and ground reflected solar irradiation raster maps for given day, "
         "latitude, surface and atmospheric conditions.")


def test_a_list_read_as_a_second_clause_gives_nothing():
    got = triples(_RSUN)
    assert not any(o == "beam" or s in ("ground", "diffuse") for s, _, o in got), got


def test_joined_clauses_stay():
    for text in ("Osteoblasts build bone, and osteoclasts resorb bone.", "Osteoblasts build bone; osteoclasts resorb bone."):
        got = triples(text)
        assert ("osteoblasts", "build", "bone") in got and ("osteoclasts", "resorb", "bone") in got, got
    got = triples("The kidney filters blood, and the lungs remove carbon dioxide.")
    assert ("kidney", "filters", "blood") in got and ("lungs", "remove", "carbon dioxide") in got, got
