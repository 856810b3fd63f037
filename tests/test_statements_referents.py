"""An argument that is "the equation", "the equations", "the specific interpretation" with nothing
saying which one gives no statement (audit round 17: "equations | suggest | j-major nesting", "equation's adjoint |
is | ...", "specific interpretation | depends_on | meaning");
a generic definite of another noun ("the heart pumps blood") and a named one ("the Maxwell equations") stay.

Invented sentences (proda/ingest/extract/remarks.py, unnamed_referent).
"""

from __future__ import annotations

from tests.statements_util import raw_frame, triples


def test_the_equations_of_the_paragraph_before():
    text = "The equations imply a nested loop over the rows."
    assert raw_frame(text, "imply")[0].subject == "equations"
    assert triples(text) == []


def test_the_possessor_is_the_equation_before():
    assert raw_frame("The formula's inverse is the natural logarithm.", "is")[0].subject == "formula's inverse"
    assert triples("The formula's inverse is the natural logarithm.") == []


def test_a_pointing_adjective_names_no_interpretation():
    text = "The particular interpretation depends on the sign of the limit."
    assert raw_frame(text, "depends")[0].subject == "particular interpretation"
    assert triples(text) == []


def test_kept_a_definite_noun_inside_a_clause_of_the_argument():
    # (development sweep: "investigations by the court to see how the facts fit into the codes applicable to the
    # situation": the case at hand, named by the argument itself)
    text = "Audits are reviews by an agency to check how the records fit the rules applicable to the case."
    assert raw_frame(text, "are")[0].subject == "audits"
    assert triples(text)


def test_a_bracketed_number_names_nothing_the_statement_keeps():
    assert triples("The equation (3.1) relates the pressure to the volume.") == []


def test_kept_a_generic_definite_of_another_noun():
    assert ("heart", "pumps", "blood through the body") in triples("The heart pumps blood through the body.")
    assert ("lungs", "exchange", "oxygen for carbon dioxide") in triples("The lungs exchange oxygen for carbon dioxide.")


def test_kept_a_named_or_restricted_shell_noun():
    assert ("Maxwell equations", "govern", "electromagnetic waves") in triples("The Maxwell equations govern "
                                                                               "electromagnetic waves.")
    assert ("quadratic formula", "yields", "roots of quadratic equation") in triples(
        "The quadratic formula yields the roots of a quadratic equation.")
    assert ("idea of limit", "underlies", "derivative") in triples("The idea of a limit underlies the derivative.")


def test_kept_a_complement_shared_by_coordinated_nouns():
    # (development sweep: "Nonmaterial culture ... consists of the ideas, attitudes, and beliefs of a society")
    assert triples("Folk religion consists of the ideas, customs, and rituals of a community.")


def test_a_numbered_place_in_the_text_is_no_subject():
    # ("Equation (8.29) is Cauchy's integral formula": the statement keeps "Equation" and drops the number)
    text = "Equation (7.12) is the law of cosines."
    assert raw_frame(text, "is")[0].subject == "Equation"
    assert triples(text) == []
    assert triples("Equations (3.4) and (3.5) define the partial derivative.") == []


def test_kept_a_named_owner_of_equations():
    assert ("Maxwell's equations", "describe", "electromagnetic waves") in triples(
        "Maxwell's equations describe electromagnetic waves.")


def test_the_property_proved_before():
    text = "The property is established by contradiction."
    assert raw_frame(text, "established")[0].object == "property"
    assert triples(text) == []
    # kept: a property named by its complement ("the property of X" reads as "X's property")
    assert ("conductivity of copper", "exceeds", "conductivity of iron") in triples(
        "The conductivity of copper exceeds the conductivity of iron.")
