"""A clause opened by "how"/"whether" as the sentence's subject is an indirect question, not a claim.

Audit finding (round 12, judged wrong, still produced in session 13): "How candidates can raise and spend money on
their electoral campaigns may be limited by campaign finance laws" gave "candidates | can_spend | money ...": the
parser makes the "how" clause the clausal subject and hangs "how" on its second verb, so the check for an indirect
question under a verb of asking (a ccomp) did not see it.  Each test an invented sentence; kept siblings: a "how"
clause that presupposes its content ("examining metals and how the electrons of metals carry charge"), a plain
coordinated clause after "However,".
"""

from __future__ import annotations

from tests.statements_util import triples


def test_how_clause_as_a_subject_gives_no_frame():
    got = triples("How voters can register and cast ballots in local elections may be restricted by state laws.")
    assert not any(s == "voters" for s, _, _ in got)


def test_how_clause_opening_the_sentence_gives_no_frame_whatever_its_parse():
    got = triples("How farmers can buy and sell grain at local markets may be limited by trade rules, but if one "
                  "farmer sells twice as much grain as the other farmer, that is an important fact.")
    assert not any(s == "farmers" for s, _, _ in got)


def test_whether_clause_as_a_subject_gives_no_frame():
    got = triples("Whether a song is popular or not depends on the public's response to that song.")
    assert not any(s == "song" for s, _, _ in got)


def test_how_clause_that_presupposes_its_content_is_kept():
    got = triples("The lesson begins by examining metals and how the electrons of metals carry charge through the "
                  "lattice.")
    assert ("electrons of metals", "carry", "charge through the lattice") in got


def test_plain_coordinated_clause_and_however_are_kept():
    got = triples("However, the kidney filters blood, and the ureter carries urine to the bladder.")
    assert ("kidney", "filters", "blood") in got
    assert ("ureter", "carries", "urine to the bladder") in got
