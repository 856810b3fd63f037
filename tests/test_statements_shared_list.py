"""A list shared by a proportion or a collective predicate is not split (independent audit round 16, anatomy; round
15, astronomy): "Most water is recovered in the PCT, loop of Henle, and DCT" was stored "most water |
is_recovered_in | loop of Henle" -- false alone, "most" is taken over the whole list; "Some aberrations are common
for both lenses and mirrors" was stored "... | are_common_for | mirrors" (shared by both, not frequent in mirrors).
The list is read whole or the frame is dropped (shared_lists.shared_over_list); a plain list still splits.
Invented sentences."""

from __future__ import annotations

from tests.statements_util import triples


def _split_out(got, obj_words):
    return any(o in obj_words for _, _, o in got) or any(s in obj_words for s, _, _ in got)


def test_share_of_a_mass_keeps_its_list_whole():
    got = triples("Most iron is stored in the liver, spleen, and marrow.")
    assert not _split_out(got, {"liver", "spleen", "marrow"})


def test_majority_subject_keeps_its_list_whole():
    got = triples("The majority of calcium is stored in the bones and the teeth.")
    assert not _split_out(got, {"bones", "teeth"})


def test_bulk_subject_keeps_its_list_whole():
    got = triples("The bulk of the sodium is absorbed in the ileum and the colon.")
    assert not _split_out(got, {"ileum", "colon"})


def test_proportion_subject_agent_list_is_not_split():
    got = triples("Most oxygen is carried by hemoglobin and myoglobin.")
    assert not _split_out(got, {"hemoglobin", "myoglobin"})


def test_common_to_a_list_is_not_split():
    got = triples("Some symptoms are common to both colds and influenza.")
    assert not _split_out(got, {"colds", "influenza"})
    got = triples("Some defects are common for both lenses and prisms, like blur and glare.")
    assert not _split_out(got, {"lenses", "prisms"})


def test_shared_by_a_list_is_not_split():
    got = triples("Power is shared by the president and the congress.")
    assert not _split_out(got, {"president", "congress"})


def test_subjects_acting_together_are_not_split():
    got = triples("The liver and spleen together remove old red cells and platelets.")
    assert not any(s in ("liver", "spleen") for s, _, _ in got)


def test_plain_list_still_splits():
    # kept siblings: no proportion, no collective word -- each conjunct is a claim of its own
    got = triples("The skull protects the brain and the eyes.")
    assert ("skull", "protects", "brain") in got and ("skull", "protects", "eyes") in got
    got = triples("Calcium is stored in the bones and the teeth.")
    assert ("calcium", "is stored in", "bones") in got and ("calcium", "is stored in", "teeth") in got


def test_share_of_individuals_still_splits():
    # kept sibling: "most cells" -- each cell holds the claim, so each conjunct is one of its own
    got = triples("Most cells contain a nucleus and a membrane.")
    assert ("most cells", "contain", "nucleus") in got and ("most cells", "contain", "membrane") in got
