"""An object cut at the first number of a range is refused.

Audit round 19 (sociology): "in 2000, the largest population group was age thirty-five to fifty-five" was stored
as "largest population group | was | age thirty-five": the parse hung the range's second end apart and the frame
taught a wrong figure (narrative.range_cut).  Invented sentences; the siblings: a single figure and a range held
whole stay.
"""

from __future__ import annotations

from tests.statements_util import triples


def test_age_range_cut_at_its_first_end_is_refused():
    got = triples("The typical patient is age thirty-five to fifty-five.")
    assert not any(o == "age thirty-five" for _, _, o in got)


def test_years_cut_at_the_first_is_refused():
    got = triples("Inspired by the general, who ruled Spain from 1939 to 1975, the officers formed a junta.")
    assert not any(o.endswith("from 1939") for _, _, o in got)


def test_a_single_figure_stays():
    got = triples("The typical patient is age fifty-five.")
    assert ("typical patient", "is", "age fifty-five") in got
