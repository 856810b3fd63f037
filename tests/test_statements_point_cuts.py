"""Frames that drop their clause's point are refused (issue 11, s25-U; proda.ingest.extract.point_cuts).

Blind round 25 rejected "runs from | duodenum" (the range's "to" end left out) and "supplies | plant" (what is
supplied left out).  Invented sentences; each refusal is asked of
the parser's own frame (``raw_frame``) so a test cannot pass because nothing was extracted, and the siblings that say
the whole point stay.
"""

from __future__ import annotations

from proda.ingest.extract.point_cuts import range_half, with_left_out
from tests.statements_util import raw_frame, triples


def test_half_a_from_to_range_is_refused():
    fr, sent = raw_frame("Some towns change from farming to trade.", "change")
    assert fr.predicate.endswith("from") and fr.object == "farming"  # the parser's frame holds one end only
    assert range_half(sent, fr)
    assert not any(p.endswith("from") for _, p, _ in triples("Some towns change from farming to trade."))


def test_a_thing_moved_from_a_source_stays():
    fr, sent = raw_frame("Control of the valve must be switched from the pilot to the engineer.", "switched")
    assert not range_half(sent, fr)  # passive: what was moved, and from where, stands alone (sweep, s25-U)


def test_one_conjunct_of_a_with_phrase_stays():
    got = triples("The tanks are filled with sand and gravel.")
    assert ("tanks", "are filled with", "gravel") in got and ("tanks", "are filled with", "sand") in got


def test_a_from_without_a_second_end_stays():
    assert ("path", "runs from", "gate") in triples("The path runs from the gate.")
    fr, sent = raw_frame("The path runs from the gate.", "runs")
    assert not range_half(sent, fr)


def test_supply_without_what_is_supplied_is_refused():
    text = "The roots supply the growing plant, especially in summer, with water."
    fr, sent = raw_frame(text, "supply")
    assert "water" not in fr.object
    assert with_left_out(sent, fr)
    assert not any(p == "supply" for _, p, _ in triples(text))


def test_supply_with_what_is_supplied_stays():
    text = "The vessels supply each cell of the leaf with sugar and water."
    assert ("vessels", "supply", "each cell of leaf with sugar and water") in triples(text)
    fr, sent = raw_frame(text, "supply")
    assert not with_left_out(sent, fr)

