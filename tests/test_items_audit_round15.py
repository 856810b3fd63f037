"""Cloze items the independent judges of audit round 15 refused (sheet round15/astronomy-train.csv), on invented
sentences; each refusal has a kept sibling.

2. A step of an exercise: "now" / "then" on the verb with a comparative that has no standard ("The Moon is now much
   higher in _____."): higher than when, only the text before says.
"""

from __future__ import annotations

from tests.items_util import one, stands


# --- 2: "now" / "then" and a comparative with no standard ----------------------------------------------------------

def test_a_deictic_now_with_a_bare_comparative_gives_no_cloze():
    assert one(("moon", "is", "sky", "The Moon is now much higher in the eastern sky.")) is None
    assert one(("solution", "becomes", "color", "The solution then becomes darker in color.")) is None


def test_now_without_a_comparative_or_with_its_standard_keeps_its_cloze():
    assert stands(("pet scans", "are performed with", "computed tomography scan",
                   "PET scans are now usually performed with a computed tomography scan."))
    assert stands(("moon", "is", "sky", "The Moon is now much higher in the eastern sky than it was at dusk."))
    assert stands(("king", "is", "head of state",
                   "The king is now the head of state, but he is no longer the head of government."))
