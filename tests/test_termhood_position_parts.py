"""A position word and a part noun ("inner surface", "lateral wall", "superior region") name a place on something
else, not a term (audit round 12: "lateral wall" cut from "the lateral walls of the upper nasal cavity"): recurrence
alone does not make one a term (``terms.position_adjectives``, ``terms.part_nouns``); the glossary or a definition
still does.  Invented evidence."""

from proda.ingest.extract.l1_terms import l1_term

_OFTEN = {"docs": 6, "sections": 9, "chunks": 12, "free": 8}


def test_a_place_on_something_else_is_no_term_by_recurrence():
    for name in ("inner surface", "lateral wall", "superior region", "outer layer"):
        assert not l1_term(name, _OFTEN), name


def test_a_position_word_on_an_organ_or_a_listed_place_stays():
    assert l1_term("inner ear", _OFTEN)
    assert l1_term("lateral ventricle", _OFTEN)
    assert l1_term("anterior surface", {**_OFTEN, "glossary": True})
    assert l1_term("outer layer", {**_OFTEN, "defined": True})
