"""Definitions the fresh judges of round 14 refused (chemistry and sociology training items), on invented sentences;
each refusal has a kept sibling.

1. "called X, which means Y" translates the name X, it does not define X ("Aqua regia means royal water").
2. "X is a stronger / more reactive Y than Z": a comparison, not a definition.
3. "X—the Y of Z—with ...": a gloss set off by dashes ends at its closing dash.
5. A sentence whose figure reference was lost ("visible in .", "(see , step 3)") is broken: no definition.
"""

from tests.definitions_util import defined


# --- 1: the meaning of a name given by a naming verb ----------------------------------------------------------------

def test_which_means_after_a_name_given_translates_the_name():
    assert "oil of vitriol" not in defined("The strong solvent is called oil of vitriol, which means glassy oil.")
    assert "oil of vitriol" not in defined("This compound is known as oil of vitriol, which means glassy oil.")


def test_which_means_after_a_term_with_no_naming_verb_still_defines():
    assert "osmosis" in defined("Osmosis, which means the movement of water across a membrane, keeps cells alive.")


# --- 2: a comparative genus with its "than" --------------------------------------------------------------------------

def test_a_comparative_genus_with_than_compares_and_defines_nothing():
    assert "fluorine" not in defined("Fluorine is a stronger oxidizing agent than chlorine.")
    assert "potassium" not in defined("Potassium is a more reactive metal than sodium.")


def test_a_comparative_inside_the_genus_clause_or_after_it_still_defines():
    assert "fluorine" in defined("Fluorine is a halogen that is more reactive than chlorine.")
    assert "superacid" in defined("A superacid is an acid stronger than pure sulfuric acid.")


# --- 3: a gloss between dashes ends at the closing dash -------------------------------------------------------------

def test_a_dash_gloss_ends_at_its_closing_dash():
    from tests.definitions_util import kept_definitions
    got = {d.definition for d in kept_definitions(
        "Thomson compared the elementary charge—the charge of a single proton—with his measured values.")}
    assert got == {"elementary charge—the charge of a single proton"}


def test_a_dash_gloss_with_no_closing_dash_keeps_its_clause():
    from tests.definitions_util import kept_definitions
    got = {d.definition for d in kept_definitions(
        "Thomson measured the elementary charge—the charge of a single proton that sits in the nucleus.")}
    assert got == {"elementary charge—the charge of a single proton that sits in the nucleus"}


# --- 5: a lost figure reference -------------------------------------------------------------------------------------

def test_a_sentence_with_a_lost_figure_reference_defines_nothing():
    assert "sublimation" not in defined("Sublimation is the change of a solid directly into a gas, as shown in .")
    assert "sublimation" not in defined("Sublimation is the change of a solid directly into a gas (see , step 2).")


def test_the_same_gloss_with_its_reference_written_out_still_defines():
    assert "sublimation" in defined("Sublimation is the change of a solid directly into a gas, as shown in Figure 2.")
    assert "sublimation" in defined("Sublimation is the change of a solid directly into a gas (see Figure 2, step 2).")
