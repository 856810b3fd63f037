"""A pronoun resolved to a noun that introduces a name keeps the name, and a pronoun after two alternatives is left
alone (blind round 28, GRASS imagery page: "the GRASS command d.rgb can be used or the graphical GIS manager (wxGUI).
It assigns each channel to a color ..." stored "GRASS command | assigns | ...", judged wrong: "it" is d.rgb, and a
class noun without the name says it of every command).

- ``arguments.arg_at``: the antecedent takes the identifier the parse hung elsewhere (``argument_cuts.identifier_tail``),
  as a direct argument does; a dotted name in lower case ("d.rgb", "v.build") is an identifier (``_IDENT``);
- ``antecedents.continued_subject``: a noun the parse coordinated with the verb ("can be used or the manager") is a
  second subject the pronoun may mean: no resolution.
Siblings: a pronoun after one named command resolves to it with its name; "e.g." is no identifier; an unnamed
subject still carries on."""

from __future__ import annotations

from proda.ingest.extract.argument_cuts import _IDENT
from tests.statements_util import triples


def test_the_antecedent_keeps_the_name_it_introduces():
    text = ("The GRASS command d.rgb combines the first three channels. It assigns each channel to a color which is "
            "then mixed while displayed.")
    assert ("GRASS command d.rgb", "assigns", "each channel to a color which is then mixed while displayed") in \
        triples(text), triples(text)


def test_a_pronoun_after_two_alternatives_is_not_resolved():
    text = ("To quickly combine the first three channels to a near natural color image, the GRASS command d.rgb can "
            "be used or the graphical GIS manager (wxGUI). It assigns each channel to a color which is then mixed "
            "while displayed.")
    assert not any(p == "assigns" for _, p, _ in triples(text)), triples(text)


def test_an_unnamed_subject_still_carries_on():
    text = "The liver is the largest gland. It produces bile."
    assert ("liver", "produces", "bile") in triples(text), triples(text)


def test_dotted_names_are_identifiers_and_abbreviations_are_not():
    assert all(_IDENT.fullmatch(w) for w in ("d.rgb", "v.build", "r.mapcalc", "os.path"))
    assert not any(_IDENT.fullmatch(w) for w in ("e.g.", "i.e.", "U.S.", "etc."))


def test_a_noun_moved_onto_the_verb_from_a_phrase_is_no_alternative():
    """anatomy 14 (development): "position" hung on the verb, its "and" on "basis": "They" is still the receptors."""
    text = ("Receptors can be classified structurally on the basis of cell type and their position in relation to "
            "stimuli they sense. They can also be classified functionally on the basis of the transduction of stimuli.")
    assert any(s == "receptors" and p.startswith("can be classified") and "transduction" in o
               for s, p, o in triples(text)), triples(text)
