"""A class noun before the thing it classes ("the hormone velarin") names that thing, not a term of its own
(development KB anatomy at 165cac1: "hormone glucagon", "enzyme renin" were terms by recurrence beside "glucagon",
"renin").  Kept: a compound naming a kind ("unit cell", "steroid hormone"), a name the book vouches for, a class
noun before a word the KB does not define.  Invented text and names."""

from proda.ingest.termhood import termhood_rows
from proda.ingest.termhood_classed import unclassed

_TEXT = ["The hormone velarin narrows the ducts of the gland.",
         "Velarin is released after a meal; the hormone velarin then acts on the ducts.",
         "Morvase is an enzyme that splits long sugars in the gut.",
         "The enzyme morvase works best in a weak acid, and the enzyme morvase is made by the liver.",
         "A unit cell repeats in three directions; each unit cell holds four atoms.",
         "The unit cell of salt is a cube, and a unit cell is the smallest repeating part.",
         "Crystals of metals stack one unit cell on the next.",
         "A steroid hormone passes through the membrane; the steroid hormone binds inside the cell.",
         "Every steroid hormone is made from a lipid, and a steroid hormone acts slowly."]
_CONCEPTS = [
    {"id": "v", "name": "velarin", "glossary": True,
     "definition": "peptide hormone that narrows the ducts of the gland"},
    {"id": "m", "name": "morvase", "defined": True,
     "definition": "Morvase is an enzyme that splits long sugars in the gut."},
    {"id": "c", "name": "cell", "glossary": True, "definition": "smallest unit of a repeating lattice"},
    {"id": "h", "name": "hormone", "glossary": True, "definition": "chemical messenger secreted by a gland"},
]


def _terms(extra: list[dict], concepts: list[dict] = _CONCEPTS) -> dict[str, bool]:
    chunks = [{"id": f"k{i}", "doc_id": f"d{i}", "heading": f"H{i}", "text": s} for i, s in enumerate(_TEXT)]
    nodes = concepts + extra
    rows = unclassed(termhood_rows(nodes, chunks), nodes)
    return {r["id"]: r["term"] for r in rows if r["id"] in {e["id"] for e in extra}}


def test_a_class_noun_before_the_thing_it_classes_is_no_term():
    got = _terms([{"id": "a", "name": "hormone velarin"}, {"id": "b", "name": "enzyme morvase"}])
    assert got == {"a": False, "b": False}


def test_a_compound_naming_a_kind_stays_a_term():
    """"cell" is defined as a "unit" but is no rarer name of one; "steroid" is no genus of "hormone"."""
    assert _terms([{"id": "u", "name": "unit cell"}, {"id": "s", "name": "steroid hormone"}]) == {"u": True, "s": True}


def test_a_vouched_name_or_an_undefined_thing_stays_a_term():
    assert _terms([{"id": "a", "name": "hormone velarin", "heading": True}]) == {"a": True}
    bare = [dict(c, definition="") if c["id"] == "v" else c for c in _CONCEPTS]
    assert _terms([{"id": "a", "name": "hormone velarin"}], bare) == {"a": True}
