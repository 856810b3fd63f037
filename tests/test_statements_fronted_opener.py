"""A word before the preposition of a fronted scope is no part of the place it names.

Why (S13-B3, found reading kept frames): "Once in the bloodstream, the enzyme lipoprotein lipase breaks down ..."
gave the subject "enzyme lipoprotein lipase Once in the bloodstream" -- scope_limits.fronted_scope carried the whole
subtree of the preposition, and the parser hangs a verbless "Once"/"When" on it as an advmod.  The time/condition
opener says when the claim holds, the phrase after it where: the phrase is carried without the opener ("hormone in
the bloodstream"); a negated phrase ("Not in the liver, ...") names where the claim does NOT hold: no frame.
Each test an invented sentence; kept sibling: a plain "In the liver, ..." carries its scope as before.
"""

from __future__ import annotations

from tests.statements_util import triples


def test_once_is_left_out_of_the_carried_scope():
    got = triples("Once in the bloodstream, the hormone binds receptors on the kidney cells.")
    assert ("hormone in the bloodstream", "binds", "receptors on kidney cells") in got
    assert not any("Once" in s or "once" in s for s, _, _ in got)


def test_when_is_left_out_of_the_carried_scope():
    got = triples("When in the stomach, the tablet releases the drug slowly.")
    assert ("tablet in the stomach", "releases", "drug") in got
    assert not any("When" in s or "when" in s for s, _, _ in got)


def test_a_negated_fronted_scope_gives_no_frame():
    assert triples("Not in the liver, the hormone activates enzymes.") == []


def test_a_plain_fronted_scope_is_still_carried():
    assert triples("In the liver, the hormone activates enzymes.") == [("hormone in the liver", "activates", "enzymes")]
