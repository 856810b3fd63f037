"""A path's goal kept with its source: "Nutrients and oxygen are carried from the pregnant person to the fetus" was
stored "oxygen | are carried from | pregnant person" (session 31's fresh sample, a fragment).  ``path_goals``
reads the object as the path whole ("pregnant person to fetus"); an infinitive "to" or another verb's phrase is
no goal, and a "from" without a goal stays as it was."""

from __future__ import annotations

from tests.statements_util import triples


def test_the_goal_travels_with_the_source():
    got = triples("Nutrients and oxygen are carried from the pregnant person to the fetus through the umbilical vein.")
    assert ("oxygen", "are carried from", "pregnant person to fetus") in got
    assert triples("Food passes from the esophagus into the stomach.") == [
        ("food", "passes from", "esophagus into stomach")]
    assert ("calcium", "is released from", "bones into circulation") in triples(
        "Calcium is released from the bones into the circulation.")


def test_no_goal_no_change():
    assert triples("The serous glands develop from simple epithelium to form a secretory surface.") == [
        ("serous glands", "develop from", "simple epithelium")]
    assert ("migration", "differs from", "international travel") in triples(
        "Migration differs from international travel because the traveler does not intend to return to their "
        "starting point.")
    assert ("TSH", "is released from", "anterior pituitary") in triples(
        "TSH is released from the anterior pituitary in response to thyrotropin-releasing hormone.")


def test_a_chain_step_on_a_path_links_the_sources_concept():
    """A cascade's step "calcium | is released from | bones into circulation" is about the bones: its statement's
    concept is the term, not the path ("bones into circulation" was made a concept in the first sweep)."""
    from proda.ingest.extract.chains import _changed_term

    assert _changed_term("bones into circulation", "bones") == "bones"
    assert _changed_term("pulmonary circuit to left atrium", "pulmonary circuit") == "pulmonary circuit"
    assert _changed_term("bones", "bones") == ""
