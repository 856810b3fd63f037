""""Multiple bonds consist of ...": a made_of sentence whose subject carries a vague modifier ("multiple", "large",
"several") is about the modified phrase, and the stored name would keep only the bare head ("bonds") -- no
definition (round-13 judges; as the is_a rule).  A subject without one ("Covalent bonds", "Each fuel assembly")
still defines.
"""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.definitions_util import defined  # noqa: E402


@pytest.mark.parametrize("sentence", [
    "Multiple bonds consist of a σ bond located along the axis between two atoms and one or two π bonds.",
    "A large portion of the jaw is composed of the masseter muscle, which closes the mouth.",
])
def test_a_vague_modifier_on_the_subject_defines_nothing(nlp, sentence):
    assert not defined(sentence, nlp)


@pytest.mark.parametrize("sentence, name", [
    ("Covalent bonds consist of electron pairs that two atoms share.", "covalent bonds"),
    ("Each fuel assembly consists of fuel rods that contain many small uranium pellets.", "fuel assembly"),
])
def test_a_subject_without_a_vague_modifier_still_defines(nlp, sentence, name):
    assert name in defined(sentence, nlp)
