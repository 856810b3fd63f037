"""A bare plural word that a singular verb agrees with names a thing called so (a variable of a library, a title),
not the plural kind: "eigenvalues is an array of eigenvalues of the measurement operator" (session 35 on a physics
guide's pages) gave the statement "eigenvalues | is | array ..." and the definition of "eigenvalues".  Words with a
singular reading ("data", "statistics", "physics") and plurals with a plural verb stay.  Sentences invented."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

pytest.importorskip("spacy")

from definitions_util import defined  # noqa: E402
from statements_util import triples  # noqa: E402

NAMED = "probabilities is a list of the probabilities of each outcome that the measurement can give."


def test_a_plural_word_with_a_singular_verb_is_no_statement():
    assert not any(s == "probabilities" for s, _, _ in triples(NAMED)), triples(NAMED)


def test_a_plural_word_with_a_singular_verb_is_not_defined():
    assert "probabilities" not in defined(NAMED), defined(NAMED)


def test_a_plural_with_a_plural_verb_is_defined():
    got = defined("Eigenvalues are numbers that characterize how a linear transformation stretches a vector.")
    assert "eigenvalues" in got, got


def test_a_word_with_a_singular_reading_is_defined():
    got = defined("Statistics is the discipline that collects, organizes and analyzes numerical data.")
    assert "statistics" in got, got
