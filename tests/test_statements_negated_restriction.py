"""Read-back (session 11): a negated statement that drops a restriction of its verb says something universal.

"For centuries, the guild did not grant membership to women" stored as "guild | did not grant | membership" denies
what the guild did grant (membership to men).  Under a negation every restriction left out BROADENS the claim, a
flip in meaning, so the frame is refused when the verb has a prepositional argument (or a fronted time phrase)
that the statement does not carry.  Positive frames and negations without a restriction are kept.
"""

from __future__ import annotations

from tests.statements_util import triples


def test_negated_frame_without_its_dative_is_refused():
    got = triples("For centuries, the guild did not grant membership to women.")
    assert not any(s == "guild" and o == "membership" for s, _, o in got)


def test_negated_frame_without_its_fronted_time_phrase_is_refused():
    got = triples("Until the reform, the council did not publish its budget.")
    # (audit round 16: a fronted "until" bound is carried with the frame, scope_limits.time_bound; carried, the
    # negation no longer broadens the claim)
    assert not any(o == "budget" and "until the reform" not in s for s, _, o in got)


def test_negated_frame_without_a_restriction_is_kept():
    assert ("liver", "does not produce", "insulin") in triples("The liver does not produce insulin.")


def test_positive_frame_without_its_dative_is_kept():
    assert ("council", "granted", "land") in triples("The council granted the land to the farmers.")


def test_negated_frame_carrying_its_restriction_is_kept():
    got = triples("Plants do not make glucose at night.")
    assert any(s == "plants" and o.startswith("glucose at night") for s, _, o in got)


def test_negated_frame_after_a_discourse_phrase_is_kept():
    assert ("solitary bee", "does not build", "hive") in triples("For example, a solitary bee does not build a hive.")


def test_negated_frame_after_on_the_other_hand_is_kept():
    got = triples("Farmers, on the other hand, do not trust the new seed.")
    assert ("farmers", "do not trust", "new seed") in got


def test_negated_frame_without_its_objects_prep_restriction_is_refused():
    got = triples("The old academy did not admit pupils from the villages.")
    assert not any(o == "pupils" for _, _, o in got)


def test_negated_frame_carrying_its_objects_relative_clause_is_kept():
    got = triples("The clinic does not treat patients who lack insurance.")
    assert ("clinic", "does not treat", "patients who lack insurance") in got


def test_negated_frame_carrying_its_objects_restriction_is_kept():
    got = triples("Shrubs do not need water from the river.")
    assert any(s == "shrubs" and o.startswith("water from the river") for s, _, o in got)


def test_positive_frame_without_its_objects_restriction_is_kept():
    got = triples("The old academy admitted pupils from the villages.")
    assert any(s.endswith("academy") and o.startswith("pupils") for s, _, o in got)
