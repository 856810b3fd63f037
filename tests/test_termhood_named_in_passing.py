"""A capitalised proper name the book names in one section only, without defining it, is an example of the prose,
not a term of the subject (audit rounds 11 and 13: "Kentucky Fried Chicken" with its abbreviation "KFC", "TACO PAC"
with "called", both named once in a feature box).  An abbreviation or another name says how the prose refers to
the thing, not that the subject teaches it; a name the book defines, lists in its glossary, puts in a heading or
names across sections stays.  Invented text."""

from proda.ingest.extract.l1_terms import l1_term
from proda.ingest.termhood import termhood_rows


def _rows(concepts: list[dict], texts: list[tuple[str, str, str]]) -> dict[str, bool]:
    chunks = [{"id": f"k{i}", "doc_id": d, "heading": h, "text": t} for i, (d, h, t) in enumerate(texts)]
    return {r["id"]: r["term"] for r in termhood_rows(concepts, chunks)}


_ONCE = [("d1", "Health Campaigns",
          "In 2012 the charity teamed up with Harbor Fried Fish (HFF) on a promotion. A second fund, called "
          "SALMON FUND, paid for the posters.")]
_ACROSS = [("d1", "Trade", "The Pacific Trade Forum (PTF) sets tariffs among its members."),
           ("d2", "Markets", "Members of the Pacific Trade Forum lowered duties on grain."),
           ("d3", "Treaties", "The Pacific Trade Forum met again in Lima.")]


def test_a_proper_name_in_one_section_is_no_term():
    got = _rows([{"id": "hff", "name": "Harbor Fried Fish", "abbreviation": True},
                 {"id": "sf", "name": "SALMON FUND", "named": True}], _ONCE)
    assert not got["hff"] and not got["sf"]


def test_a_proper_name_across_sections_stays_a_term():
    assert _rows([{"id": "ptf", "name": "Pacific Trade Forum", "abbreviation": True}], _ACROSS)["ptf"]


def test_a_defined_or_listed_or_heading_name_in_one_section_stays():
    for ev in ({"defined": True}, {"glossary": True}, {"heading": True}):
        assert _rows([{"id": "hff", "name": "Harbor Fried Fish", "abbreviation": True, **ev}], _ONCE)["hff"], ev


def test_a_lower_case_term_in_one_section_stays():
    text = [("d1", "Blood", "Red blood cells carry oxygen; the oxygen dissociation curve (ODC) shows how.")]
    assert _rows([{"id": "odc", "name": "oxygen dissociation curve", "abbreviation": True}], text)["odc"]


def test_evidence_without_counts_is_not_judged_by_sections():
    assert l1_term("Harbor Fried Fish", {"abbreviation": True})
