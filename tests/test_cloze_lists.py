"""A cloze blank must be one whole constituent of a list (audit round 16, cloze_lists.cut_list): the parse, lost
in a list whose items carry brackets, left the list's rest or a bracket glossing the key outside the blank ("may
seek _____ (breaking away from a state), or irredentism (...)" keyed "regional autonomy (...), secession"; "tend
to outnumber _____ (even though ...), and social work." keyed "men in ... such as childcare, healthcare").
Sentences invented."""

from __future__ import annotations

from tests.items_util import one


def test_blank_ending_inside_a_list_is_refused():
    row = ("farmers", "grow", "grains",
           "Farmers in the valley grow grains such as wheat, barley (even though the soil is poor for it), and oats.")
    assert one(row) is None  # was "grow _____ (even though ...), and oats." keyed "grains such as wheat, barley"


def test_blank_stopping_before_the_next_conjunct_with_its_gloss_outside_is_refused():
    row = ("small states", "pursue", "neutrality",
           "Small states may pursue neutrality (staying out of alliances), balancing (joining the weaker side), or "
           "bandwagoning (joining the stronger side).")
    assert one(row) is None  # was "pursue _____ (staying out of alliances), balancing (...), or ..." -> "neutrality"


def test_whole_constituent_before_a_clause_or_a_reference_is_kept():
    """Kept siblings: a reference in brackets, a list that opens after a word of the sentence, a comma that opens
    a clause."""
    row = ("the kidney", "filter", "blood", "The kidney filters blood (see Figure 4) in its many nephrons.")
    assert one(row) == ("The kidney filters _____ (see Figure 4) in its many nephrons.", "blood")
    row = ("girls", "outnumber", "boys", "Girls tend to outnumber boys in arts programs such as music, dance "
           "(even though the word “dancer” still brings to mind a woman), and painting.")
    assert one(row) == ("Girls tend to outnumber _____ in arts programs such as music, dance (even though the word "
                        "“dancer” still brings to mind a woman), and painting.", "boys")
    row = ("the liver", "produce", "bile", "The liver produces bile, and the gallbladder stores it between meals.")
    assert one(row) == ("The liver produces _____, and the gallbladder stores it between meals.", "bile")
