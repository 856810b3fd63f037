"""A subject set off by "as described above" is the variant the paragraph described, not the kind: "Propagation, as
described above, applies to unmyelinated axons" (independent audit round 11, judged wrong: continuous propagation
only; stored "propagation | applies to | unmyelinated axons").  bounds.described_before refuses the frame when an
"as described/defined/outlined ... above/earlier/previously" clause hangs on the subject.  Invented sentences; kept
siblings: the same clause opening the sentence ("As described above, erosion ...": the claim is restated), "as noted
earlier" on the subject (a restatement, not a description of it).
"""

from __future__ import annotations

from tests.statements_util import triples


def test_subject_as_described_above_is_refused():
    got = triples("Erosion, as described above, applies to sandy soils.")
    assert not any(s.lower() == "erosion" for s, _, _ in got)


def test_subject_as_defined_earlier_is_refused():
    got = triples("Rent, as defined earlier, includes the cost of repairs.")
    assert not any(s.lower() == "rent" for s, _, _ in got)


def test_opening_as_described_above_is_kept():
    assert ("erosion", "applies to", "sandy soils") in triples("As described above, erosion applies to sandy soils.")


def test_subject_as_noted_earlier_is_kept():
    assert ("Erosion", "removes", "topsoil") in triples("Erosion, as noted earlier, removes the topsoil.")


def test_subject_as_described_above_hung_on_the_verb_is_refused():
    got = triples("Seepage, as described above, applies to clay banks.")
    assert not any(s.lower() == "seepage" for s, _, _ in got)
