"""Round 14 fresh judges (S14-A class 1): a possessive pronoun in the object whose owner is not the subject.

"Resonance stabilizes the system and leads to its conductivity" was stored as "Resonance | leads_to |
conductivity": the frame drops "its", so the system's conductivity reads as an unowned one (a false general claim).
The issue's pronoun rule -- resolve only when exactly one antecedent fits, otherwise drop -- applied to an owner
inside the object: another noun after the subject that fits the pronoun by number, or a subject phrase that cannot
own it, refuses the frame.  A subject that is the only fit, or whose phrase names the owner, keeps it.
"""

from __future__ import annotations

import pytest

from tests.statements_util import triples

pytest.importorskip("spacy")


def test_an_object_of_the_first_verb_competes_for_its():
    got = triples("Resonance stabilizes the system and leads to its conductivity.")
    got += triples("The pump moves the water and increases its pressure.")
    assert not any(o in ("conductivity", "pressure") for _, _, o in got), got


def test_a_subject_that_cannot_own_the_pronoun_is_refused():
    """"levels ... its": the owner is the other clause's singular noun; "the kidney ... their": the plural one."""
    got = triples("Insulin is made in the pancreas; high sugar levels trigger its secretion.")
    got += triples("The liver removes toxins from the blood, so the kidney regulates their excretion.")
    assert not any(o == "secretion" or o == "excretion" for _, _, o in got), got


def test_the_first_frame_of_the_sentence_is_kept():
    """Kept sibling: the frame without a pronoun says what the book says."""
    got = triples("Resonance stabilizes the system and leads to its conductivity.")
    assert ("Resonance", "stabilizes", "system") in got, got


def test_the_subject_as_the_only_fit_is_kept():
    """Kept sibling: no other noun before the pronoun."""
    got = triples("The cell doubles its volume before division.")
    assert ("cell", "doubles", "volume") in got, got


def test_an_owner_in_the_subject_phrase_is_kept():
    """Kept sibling: "The density of a liquid ... its": the subject phrase carries the owner."""
    got = triples("The density of a liquid determines its buoyancy.")
    assert ("density of liquid", "determines", "buoyancy") in got, got


def test_a_people_subject_owns_their_over_a_thing():
    """Kept sibling: "Farmers grow crops and sell their harvest": crops own no harvest that is sold; a people
    noun is the owner of "their" when the other noun is no person."""
    got = triples("Farmers grow crops and sell their harvest.")
    assert ("farmers", "sell", "harvest") in got, got
