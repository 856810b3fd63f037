""""The user" of a manual is its reader: "The user must specify the input elevation raster map and at least one
output raster maps" was stored "user | must specify | input elevation raster map", a requirement of one module's
page stated as a fact (session 30's fresh sample on the GRASS manual, judged wrong), like "the reader" (S16).
[remarks] reader_nouns holds "user": singular, definite and with nothing saying whose ("the card reader", "the
user of the drug") it is the one the book talks to.  Plural or qualified users are a group a book may study and
stay."""

from __future__ import annotations

from tests.statements_util import triples


def test_the_user_is_the_books_addressee():
    assert triples("The user must specify the input elevation raster map.") == []
    assert triples("The user can also specify the format for slope.") == []


def test_users_a_book_studies_stay():
    assert triples("Heavy users of social media report more anxiety.")
    assert triples("Most users of the service prefer shorter videos.")
