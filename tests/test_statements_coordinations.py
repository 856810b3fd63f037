"""An object coordination that cannot be split into one claim per conjunct is read whole (coordinations.py):
"causes the flooding and erosion of the riverbanks" (a shared complement), "spread to A, B, or C" (a
disjunction).  Before, scope.coordination_unsafe dropped the frame altogether.  Refused siblings: a list the parse
cut short (a second object after the list), a passive's agent read whole as the subject, and a coordination that
can be split stays split.
"""

from __future__ import annotations

from tests.statements_util import triples


def test_a_shared_complement_is_read_whole():
    assert ("heavy rain", "causes", "flooding and erosion of the riverbanks") in \
        triples("Heavy rain causes the flooding and erosion of the riverbanks.")
    assert ("council", "approved", "design and construction of the bridge") in \
        triples("The council approved the design and construction of the bridge.")


def test_a_disjunction_is_read_whole():
    assert ("infection", "spreads to", "lungs, the kidneys, or the liver") in \
        triples("The infection spreads to the lungs, the kidneys, or the liver.")
    # under "can" each is possible: one claim each (S14-B, tests/test_statements_or_objects.py)
    assert ("infection", "can spread to", "kidneys") in \
        triples("The infection can spread to the lungs, the kidneys, or the liver.")


def test_a_list_the_parse_cut_short_gives_no_frame():
    got = triples("The flood will destroy the growth and harvest of the crops, the roads of the valley, and may close "
                  "the schools.")
    assert not any(p == "will destroy" for _, p, _ in got)
    assert ("flood", "may close", "schools") in got


def test_a_passive_agent_is_not_read_whole():
    got = triples("The disease can be spread by dirty water or the sharing of cups.")
    assert not any("water" in s for s, _, _ in got)


def test_a_coordination_that_can_be_split_stays_split():
    assert triples("The farm grows wheat and barley.") == [("farm", "grows", "wheat"), ("farm", "grows", "barley")]


def test_a_shared_head_is_read_whole_not_split():
    # was a "no frame" case of test_frames.test_cut_arguments_give_no_frame: neither conjunct alone, now the whole
    got = triples("The New Left includes critical race and gender theory.")
    assert got == [("New Left", "includes", "critical race and gender theory")]
