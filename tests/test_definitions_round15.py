"""Concept names and definitions the independent judges of round 15 refused (chemistry and astronomy concepts), on
invented sentences; each refusal has a kept sibling.

1. "The name X refers to ...": the noun "name" names the construction ("name Milky Way" was the term); the term is X.
2. The defined term on the wrong side: "A described thing is called Y" names Y (the description was made a concept
   with Y as its other name); "A long description is defined as the Y" defines Y.
3. "the region of the diagram labeled 'X'": a label on a part of a figure, no definition of X.
4. A section heading "Calculation of X" / "Unit Cells of Metals" names a topic, not a term.
"""

from tests.definitions_util import defined


# --- 1: a sign noun before the term ---------------------------------------------------------------------------------

def test_the_noun_name_before_the_term_is_no_part_of_it():
    got = defined("The name Milky Way refers to a band of very faint stars in the sky.")
    assert "milky way" in got and "name milky way" not in got
    got = defined("The name Quiet Revolution refers to a period of rapid social change in the province.")
    assert "name quiet revolution" not in got


def test_a_term_whose_own_first_word_is_name_keeps_it():
    assert "name recognition" in defined("Name recognition is a measure of how well voters know a candidate.")
    assert "term social capital" not in defined("The term social capital refers to the networks that help people act.")
    assert "social capital" in defined("The term social capital refers to the networks that help people act.")


# --- 2: the named term is the object of "is called" / "is defined as" ----------------------------------------------

def test_a_description_called_a_name_defines_the_name():
    got = defined("The upper angle is called the vertical angle.")
    assert "vertical angle" in got and "upper angle" not in got
    got = defined("A negatively charged particle is known as an anion.")
    assert "anion" in got and "particle" not in got and "negatively charged particle" not in got


def test_a_description_called_a_name_makes_no_concept_of_the_description():
    from proda.ingest.extract.definitions import definitions_in
    from proda.ingest.termhood import full_nlp
    doc = full_nlp()("The upper angle is called the Vertical Angle, and the lower angle is called the Horizontal Angle.")
    names = {f.name.lower() for fs in definitions_in(doc, list(doc.sents)).values() for f in fs}
    assert "upper angle" not in names and "lower angle" not in names
    assert {"vertical angle", "horizontal angle"} <= names


def test_another_name_given_with_also_stays_an_alias():
    from proda.ingest.extract.definitions import definitions_in
    from proda.ingest.termhood import full_nlp
    doc = full_nlp()("The thighbone is also known as the femur.")
    found = [f for fs in definitions_in(doc, list(doc.sents)).values() for f in fs]
    assert [(f.name, f.aliases) for f in found] == [("thighbone", ["femur"])]


def test_one_unmodified_noun_called_a_name_stays_an_alias():
    from proda.ingest.extract.definitions import definitions_in
    from proda.ingest.termhood import full_nlp
    doc = full_nlp()("The patella is called the kneecap.")
    found = [f for fs in definitions_in(doc, list(doc.sents)).values() for f in fs]
    assert [(f.name, f.aliases) for f in found] == [("patella", ["kneecap"])]


def test_a_long_description_defined_as_a_short_name_defines_the_name():
    got = defined("The ratio of the mass of a sample to its volume is defined as the density.")
    assert "density" in got and not any(k.startswith("ratio") for k in got)


def test_a_term_defined_as_a_description_still_defines_the_term():
    assert "density" in defined("Density is defined as the ratio of the mass of a sample to its volume.")
    assert "molar mass" in defined("The molar mass is defined as the mass of one mole of a substance.")


# --- 3: a label on a figure -----------------------------------------------------------------------------------------

def test_a_label_on_a_part_of_a_figure_defines_nothing():
    assert "brine" not in defined(
        "For example, a depth of 50 m and a salinity of 3 % correspond to the region of the diagram labeled “brine.”")
    assert "desert" not in defined("The region of the map labeled “desert” receives little rain.")


def test_a_name_given_by_known_as_inside_a_sentence_still_defines():
    assert "mulch" in defined("Gardeners spread a thin layer of straw known as mulch over the soil.")


# --- 4: a section heading that names a topic ------------------------------------------------------------------------

def test_a_heading_naming_an_act_on_a_thing_or_parts_of_things_is_a_topic():
    from proda.ingest.extract.nlp import load_nlp
    from proda.ingest.extract.terms import heading_term
    nlp = load_nlp()
    assert heading_term(nlp("Estimation of Atomic Masses")) == ""
    assert heading_term(nlp("The Measurement of Wind Speed")) == ""
    assert heading_term(nlp("Crystal Shapes of Minerals")) == ""
    assert heading_term(nlp("Causes of Urban Riots")) == ""


def test_a_heading_naming_a_term_with_of_stays_a_term():
    from proda.ingest.extract.nlp import load_nlp
    from proda.ingest.extract.terms import heading_term
    nlp = load_nlp()
    assert heading_term(nlp("Standard Heat of Fusion")) == "standard heat of fusion"
    assert heading_term(nlp("Agents of Change")) == "agents of change"  # a plural head with a singular object
    assert heading_term(nlp("The Thyroid Gland")) == "thyroid gland"
