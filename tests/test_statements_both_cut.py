"""A "both X and Y" phrase left out of the frame is what the claim is about.

Why (S13-B3, found reading kept frames): "the B cell receives signals from both its surface antibody and the T
cell" gave "B cell | receives | signals", "cardiac muscle shares a few characteristics with both skeletal muscle and
smooth muscle" gave "cardiac muscle | shares | a few characteristics": a phrase on the verb or its object whose
object is a "both ... and" coordination says where the signals come from or what is shared; the frame without it
says nothing one can learn.  scope_limits.complement_cut refuses it.  Each test an invented sentence; kept
siblings: the same phrase without "both" (the object is not made vaguer by the rule), a passive "by both" (its
agents are the subjects), "both" in the subject.
"""

from __future__ import annotations

from tests.statements_util import triples


def test_object_cut_before_a_both_phrase_is_refused():
    got = triples("The gland receives signals from both the brain and the kidney.")
    assert not any(p == "receives" and o == "signals" for _, p, o in got)


def test_verb_phrase_with_both_left_out_is_refused():
    got = triples("The river sends water to both the northern lakes and the southern marshes.")
    assert not any(p == "sends" and o == "water" for _, p, o in got)


def test_same_phrase_without_both_is_kept():
    assert ("gland", "receives", "signals from brain") in triples("The gland receives signals from the brain.")


def test_passive_agents_after_both_are_kept():
    got = triples("The release of the enzyme is controlled by both nerves and hormones.")
    assert any(s == "nerves" for s, _, _ in got)


def test_both_in_the_subject_is_kept():
    got = triples("Both the brain and the kidney send signals to the gland.")
    assert any(p.startswith("send") for _, p, _ in got)
