"""Definitions found in prose without a glossary (issue #11's recall target): two constructions a teacher reads as
definitions that the sentence rules missed on non-held-out chapters of sociology, political science, chemistry and
anatomy — "X is one that/who/in which ..." and "X, which is a Y <restriction>" — and the look-alikes they must not
read as definitions (the clause explains the whole "A of X", counted things, "one of the ...")."""

from __future__ import annotations

import pytest

from tests.definitions_util import defined as _defined


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


@pytest.mark.parametrize("name,how,sentence", [
    ("originalism", "appos_gloss", "These conservatives often embrace originalism, the view that the Constitution "
                                   "should be interpreted in light of the understanding of its meaning at the time of "
                                   "its adoption."),  # political science 03
    ("political secularism", "gloss", "Religious extremists reject political secularism, or the view that explicitly "
                                      "religious sets of principles should not administer government."),
])
def test_a_general_class_noun_with_its_own_clause_glosses_x(name, how, sentence):
    assert _defined(sentence).get(name) == how


@pytest.mark.parametrize("wrong,sentence", [
    # the clause explains "the vapor pressure of water", which the parse hangs on "water"
    ("water", "The vapor pressure of water, which is the pressure exerted by water vapor in equilibrium with liquid "
              "water in a closed container, depends on the temperature."),
    # a comparison ("a molecule like O2") describes the thing named, it does not define a term (chemistry 18)
    ("formula s2", "Sulfur boils at 445 °C and forms a vapor consisting of S2, S6, and S8 molecules; at about 1000 °C, "
                   "the vapor density corresponds to the formula S2, which is a paramagnetic molecule like O2 with a "
                   "similar electronic structure and a weak sulfur-sulfur double bond."),
    # "water based" grades the noun, it is no class with a restriction (anatomy 24)
    ("bodily fluids", "These vitamins move easily through bodily fluids, which are water based, so they are not "
                      "stored in the body."),
    # counted things described, not a term defined
    ("district courts", "In the US Article III federal court system, there are 94 district courts, which are trial "
                        "courts organized into 12 circuits or regions."),
    # the apposition explains "the dictatorship of the proletariat", not "the proletariat"
    ("proletariat", "This represents what Marxists call the dictatorship of the proletariat, a temporary period when "
                    "the workers would organize, take control of the state, and engage in the cleanup operations "
                    "needed to usher in communism."),
    # items of one list: "a way to communicate" is the next item, not what entertainment is
    ("entertainment", "The Internet and social media have become everything—a tool for information, a tool for "
                      "entertainment, a way to communicate, and a way to become empowered."),  # political science 12
    # "one of" ranks X among others; a demonstrative ties the genus to the paragraph
    ("cyclin", "A cyclin is one of the primary classes of cell cycle control molecules."),
    ("fragile government", "A fragile government is one that is at serious risk of failing in either of these two "
                           "ways or of experiencing violent regime change."),
])
def test_look_alikes_define_nothing(wrong, sentence):
    assert wrong not in _defined(sentence)
