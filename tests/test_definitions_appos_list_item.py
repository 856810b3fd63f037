""""the A in X, the B in C, ..., and the D in E": a noun phrase after a bare comma that follows a word deep inside an
item of a comma list is the list's next item, not X's apposition gloss.

Round 20 judged wrong three stored definitions of this shape, each X the object of a preposition inside one item
of a list and the "gloss" the next item ("the pleural fluid in the pleural cavities, the pericardial fluid in the
cardiac sac, ..."; "the mercury atom in the linear HgCl2 molecule, the zinc atom in ..."; "swelling of the
subcutaneous tissues, an increase in the normal size of the limb, and ...").  The ", or Y" route already asked
:func:`definition_unsaid.inner_object` (round 19); the apposition routes now ask it too, with Y opening right after
the comma.  An apposition on the object of a verb's preposition, outside any list, stays a gloss.  Sentences
invented, in other disciplines."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from definitions_util import defined  # noqa: E402


@pytest.mark.parametrize("name, sentence", [
    ("upper valley", "These include the gravel that lines the riverbed, silt, the sand in the upper valley, the clay "
                     "in the lower plain, the peat in the marshes, and the chalk of the hills."),
    ("outer canal", "These include the fluid that fills the eye, sweat, the wax in the outer canal, the fluid in the "
                    "inner ear, the mucus in the nose, and the saliva in the mouth."),
])
def test_a_comma_after_a_word_inside_a_list_item_opens_no_gloss(name, sentence):
    assert name not in defined(sentence), defined(sentence)


@pytest.mark.parametrize("name, sentence", [
    ("mercantilism", "The colonies were founded under mercantilism, the doctrine that a nation grows rich by selling "
                     "more than it buys."),
    ("plate tectonics", "Geologists explain these chains of mountains with plate tectonics, the theory that the crust "
                        "moves in large slabs."),
])
def test_an_apposition_outside_a_list_stays(name, sentence):
    assert defined(sentence).get(name) == "appos_gloss", defined(sentence)
