"""Singular "they" (session 15, anatomy glossary recall): "An individual's complete genetic makeup is referred to as
their genotype" defines genotype, but the round-7/8 gate (``definition_unsaid.unsaid``: "their" with no plural noun
before it points at another sentence, "Their efforts are referred to as voter suppression") refused it once session
14's ``definition_sides.another_name`` made the sentence name and define Y.  "their" after a singular person noun
with an indefinite or universal determiner ("a person", "each student") is that person's: the sentence says what the
term is by itself.  A "their" with no such noun before it still points back.  Sentences invented."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.definitions_util import defined  # noqa: E402


@pytest.mark.parametrize("sentence, name", [
    ("A person's usual daily food intake is referred to as their diet.", "diet"),
    ("The resting heart rate of each student is known as their baseline rate.", "baseline rate"),
])
def test_their_bound_to_a_singular_person_before_it_defines(nlp, sentence, name):
    assert name in defined(sentence, nlp)


@pytest.mark.parametrize("sentence, name", [
    # kept refused (round 7/8): "their" points at people of another sentence
    ("Their protests are referred to as civil resistance.", "civil resistance"),
    # a definite singular person ("the soldier") is one told before, not anyone
    ("The soldier's usual daily food intake is referred to as their ration.", "ration"),
    # an indefinite noun that is no person cannot own "their"
    ("A sample of their blood is referred to as a specimen.", "specimen"),
])
def test_their_with_no_singular_person_before_it_still_points_back(nlp, sentence, name):
    assert name not in defined(sentence, nlp)
