"""A word after an en dash inside a compound is part of that compound ("renin–angiotensin–aldosterone system"), as
after a hyphen: the phrase it starts is no occurrence of a name of its own (development KB anatomy, session 17:
"aldosterone system" was a term by recurrence, counted only inside the compound).  Kept: the same phrase written
alone, and the whole compound, keyed with hyphens by normalize_name, now found in the text.  Invented text."""

from proda.ingest.termhood import recurrence, termhood_rows

_TEXT = ["The velo–tarin–morase cycle raises the pressure of the duct.",
         "Drugs that block the velo–tarin–morase cycle lower the pressure.",
         "In the kidney the velo–tarin–morase cycle is switched on by low flow.",
         "A morase cycle of its own runs in the gland: the morase cycle ends with a salt.",
         "The morase cycle stops at night."]


def _chunks(texts: list[str]) -> list[dict]:
    return [{"id": f"k{i}", "doc_id": f"d{i}", "heading": f"H{i}", "text": t} for i, t in enumerate(texts)]


def test_a_phrase_found_only_inside_an_en_dash_compound_is_no_term():
    rows = termhood_rows([{"id": "f", "name": "morase cycle"}], _chunks(_TEXT[:3]))
    assert rows[0]["term"] is False and rows[0]["chunks"] == 0


def test_the_phrase_written_alone_and_the_whole_compound_still_count():
    counts = recurrence([{"id": "f", "name": "morase cycle"}, {"id": "w", "name": "velo–tarin–morase cycle"}],
                        _chunks(_TEXT))
    assert counts["f"]["chunks"] == 2 and counts["w"]["chunks"] == 3


def test_an_en_dash_between_numbers_or_spaced_stays_a_break():
    counts = recurrence([{"id": "f", "name": "morase cycle"}],
                        _chunks(["Doses of 10–20 mg slow it – morase cycle rates fall.", "Pages 4–morase cycle."]))
    assert counts["f"]["chunks"] == 2
