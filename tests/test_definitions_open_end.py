"""Read-back (session 11): a definition whose sentence ends on a copula or a function word ("... whose solubility
product is.") ran into an equation or a figure the text lost; taught verbatim it breaks off mid-clause.  Such a text
is refused as a stored definition and as a definition item; one ending on a noun is kept."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from proda.ids import concept_id  # noqa: E402
from proda.ingest.extract.definition_gates import open_ended  # noqa: E402
from tests.definitions_util import defined  # noqa: E402
from tests.items_util import answers  # noqa: E402

OPEN = "Barium sulfate is a poorly soluble salt whose solubility product is."
CLOSED = "Barium sulfate is a poorly soluble salt that is used in medical imaging."


@pytest.mark.parametrize("text", [OPEN, "Osmotic pressure is the pressure given by the.",
                                  "A titration curve is a plot of.", "The rate law is the expression of rate and."])
def test_text_ending_on_a_function_word_is_open(text):
    assert open_ended(text)


def test_text_ending_on_a_noun_is_not_open():
    assert not open_ended(CLOSED)
    assert not open_ended("Brine is a solution of salt in water")
    assert not open_ended("Civic voice is action that expresses a citizen's political will.")  # "will": a noun


def test_definition_running_into_an_equation_is_not_stored():
    assert "barium sulfate" not in defined(OPEN)


def test_definition_ending_on_a_noun_is_stored():
    assert "barium sulfate" in defined(CLOSED)


def test_definition_item_running_into_an_equation_is_refused():
    got = answers({"name": "barium sulfate", "definition": OPEN}, chunks={"k": OPEN})
    assert concept_id("barium sulfate") not in got


def test_definition_item_ending_on_a_noun_is_kept():
    got = answers({"name": "barium sulfate", "definition": CLOSED}, chunks={"k": CLOSED})
    assert concept_id("barium sulfate") in got
