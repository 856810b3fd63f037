"""An "of" noun that keeps its own partner phrase ("the reaction of acids with alcohols") is read whole, with the
phrase, where it stands right after the argument and reads alone; argument_cuts._inner_phrase_cut refused the
argument cut before it and the frame was lost (session 21, E6: "Borates result from the reactions of a base with an
oxyacid").  Invented sentences; a partner phrase that does not read alone leaves the refusal as it was."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


@pytest.mark.parametrize("text,claim", [
    ("Esters form through the reaction of acids with alcohols.",
     ("esters", "form through", "reaction of acids with alcohols")),
    ("The reaction of sodium with chlorine produces table salt.",
     ("reaction of sodium with chlorine", "produces", "table salt")),
    ("Enzymes speed up the reaction of glucose with oxygen.",
     ("enzymes", "speed up", "reaction of glucose with oxygen")),
])
def test_the_partner_phrase_is_read_with_its_noun(claims, text, claim):
    assert claim in claims(text), claims(text)


@pytest.mark.parametrize("text", [
    "Esters form through the reaction of acids with 2 moles of alcohol.",  # a number: the phrase does not read alone
    "Esters form through the reaction of acids with alcohols that contain a long chain.",  # a clause in the phrase
    "Esters form through the reaction of acids with other alcohols.",  # a word pointing back (session 22, E4)
])
def test_a_partner_phrase_that_does_not_read_alone_still_refuses(claims, text):
    assert not [c for c in claims(text) if c[2].startswith("reaction of acids")], claims(text)


# (session 22, E4) the phrase hung on the head noun past a word the argument stopped before ("the reaction of the
# metal [tetrahalides with water]": the parser hung "tetrahalides" as an apposition) is still a cut

def test_a_partner_phrase_past_the_argument_refuses_it():
    from tests.statements_util import triples

    got = triples(
        "The acidic behavior of the oxides with higher charges is exemplified by the reaction of the metal "
        "trichlorides with water.")
    assert not [t for t in got if t[0] == "reaction of metal"], got


# (session 22, E4) "is obtained / prepared by the reaction of A with B": the method, not who obtains it

def test_a_method_after_by_is_no_agent():
    from tests.statements_util import triples

    got = triples("Pure iodine is obtained by the reaction of sodium iodide with chlorine.")
    assert not [t for t in got if t[1] in ("obtains", "obtain")], got
    got = triples("Hydrogen can be prepared by the electrolysis of water.")
    assert not [t for t in got if "prepare" in t[1]], got


def test_a_passive_of_another_verb_keeps_its_agent():
    from tests.statements_util import triples

    assert ("liver", "synthesizes", "cholesterol") in [(a, b, c.lower()) for a, b, c in triples(
        "Cholesterol is synthesized by the liver.")]
    assert ("reaction of acids with bases", "forms", "salts") in triples("Salts are formed by the reaction of acids with bases.")
