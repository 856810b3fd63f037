"""s40 fresh judges (chemistry sample, seed 4012): an object "a/an + adjective + noun" right before a colon announces
what the colon says ("Mercury exhibits an unexpected behavior: it forms a diatomic ion ..."); alone it names
nothing."""

from statements_util import triples


def test_an_announcing_object_before_a_colon_is_refused():
    assert triples("Each distribution depends only on a single parameter: the temperature.") == []
    assert not any(o == "unexpected behavior" for _, _, o in triples(
        "Mercury also exhibits an unexpected behavior: it forms a diatomic ion in addition to the monatomic ion."))


def test_a_class_a_place_or_an_object_of_its_own_stays():
    assert ("nucleus", "houses", "genetic material of cell") in \
        triples("The nucleus houses the genetic material of the cell: DNA.")
    got = triples("Inertia is not a normalized metric: we just know that lower values are better.")
    assert any(s == "Inertia" and o == "normalized metric" for s, _, o in got)
