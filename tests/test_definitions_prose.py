"""Definitions found in prose without a glossary (issue #11's recall target): two constructions a teacher reads as
definitions that the sentence rules missed on non-held-out chapters of sociology, political science, chemistry and
anatomy — "X is one that/who/in which ..." and "X, which is a Y <restriction>" — and the look-alikes they must not
read as definitions (the clause explains the whole "A of X", counted things, "one of the ...")."""

from __future__ import annotations

import pytest

from proda.ingest.extract.definitions import definitions_in
from proda.ingest.termhood import _nlp, valid_definitions
from proda.models import ConceptDraft


def _defined(sentence: str) -> dict[str, str]:
    """name -> rule of every definition the sentence rules find and the stored-definition check keeps."""
    doc = _nlp()(sentence)
    found = [f for fs in definitions_in(doc, list(doc.sents)).values() for f in fs if f.definition]
    kept = valid_definitions([ConceptDraft(name=f.name, definition=f.definition, how=f.how) for f in found])
    return {d.name.lower(): d.how for d in kept if d.definition}


@pytest.mark.parametrize("name,sentence", [
    ("instrumental leader", "An instrumental leader is one who is goal-oriented and largely concerned with "
                            "accomplishing set tasks."),  # sociology 06
    ("precipitation reaction", "A precipitation reaction is one in which dissolved substances react to form one "
                               "(or more) solid products."),  # chemistry 04
    ("amphipathic molecule", "An amphipathic molecule is one that contains both a hydrophilic and a hydrophobic "
                             "region."),  # anatomy 03
])
def test_x_is_one_that_defines_x(name, sentence):
    assert _defined(sentence).get(name) == "is_a"


@pytest.mark.parametrize("name,sentence", [
    ("organic solidarity", "In industrial societies, mechanical solidarity is replaced with organic solidarity, which "
                           "is social order based around an acceptance of economic and social differences."),
    ("pressure", "Gases exert pressure, which is force per unit area."),  # chemistry 09
])
def test_x_which_is_a_restricted_y_defines_x(name, sentence):
    assert _defined(sentence).get(name) == "which_is"


@pytest.mark.parametrize("wrong,sentence", [
    # the clause explains "the vapor pressure of water", which the parse hangs on "water"
    ("water", "The vapor pressure of water, which is the pressure exerted by water vapor in equilibrium with liquid "
              "water in a closed container, depends on the temperature."),
    # counted things described, not a term defined
    ("district courts", "In the US Article III federal court system, there are 94 district courts, which are trial "
                        "courts organized into 12 circuits or regions."),
    # the apposition explains "the dictatorship of the proletariat", not "the proletariat"
    ("proletariat", "This represents what Marxists call the dictatorship of the proletariat, a temporary period when "
                    "the workers would organize, take control of the state, and engage in the cleanup operations "
                    "needed to usher in communism."),
    # "one of" ranks X among others; a demonstrative ties the genus to the paragraph
    ("cyclin", "A cyclin is one of the primary classes of cell cycle control molecules."),
    ("fragile government", "A fragile government is one that is at serious risk of failing in either of these two "
                           "ways or of experiencing violent regime change."),
])
def test_look_alikes_define_nothing(wrong, sentence):
    assert wrong not in _defined(sentence)
