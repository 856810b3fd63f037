"""A bare definite shell noun as the defined term (audit round 17, applied mathematics: "Define technique." answered
"The technique is the method of unknown coefficients, ..."; "What does the term theorem mean?" answered "The theorem
is the rock upon which the general theory of the matrix is built."): "the technique", "the theorem" is the one the
sentence before named, and the sentence says which one it is or what it is like.  Sentences invented."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.definitions_util import defined  # noqa: E402


@pytest.mark.parametrize("sentence, name", [
    ("The procedure is the method of repeated halving, and it is based on the midpoint rule plus careful "
     "bookkeeping.", "procedure"),
    ("The theorem is the keystone upon which the whole theory of groups is built.", "theorem"),
    ("The proof is the bridge upon which the rest of the chapter is built.", "proof"),
])
def test_the_definite_shell_noun_is_no_defined_term(nlp, sentence, name):
    assert name not in defined(sentence, nlp)


@pytest.mark.parametrize("sentence, name", [
    ("A theorem is a statement that has been proved from the axioms of a system.", "theorem"),  # the class itself
    ("The scientific method is a process of inquiry that tests hypotheses against evidence.", "scientific method"),
    ("The derivative is the instantaneous rate of change of a function.", "derivative"),  # no shell noun
    # review R21 (finding 3): "appendix" names an organ as well as a part of a book, so it is no shell noun
    ("The appendix is a narrow pouch attached to the cecum.", "appendix"),
])
def test_a_class_or_a_named_term_still_defines(nlp, sentence, name):
    assert name in defined(sentence, nlp)
