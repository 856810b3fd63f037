"""A name given in a second predicate that shares the subject ("Hard scars that form after burns have a raised surface
and are called keloid scars"; issue 11 item 3): the subject, described by the first predicate, is named, and the
sentence defines the name.  Kept out: a pronoun, pointing or proper-name subject ("It ... and is known as ...",
"Uranium ... and is referred to as a heavy metal": an example of a class, not the class), a name given only
sometimes or once, a past naming, a list of names.
"""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.definitions_util import defined  # noqa: E402


@pytest.mark.parametrize("sentence, name", [
    ("Hard scars that form after deep burns have a raised surface and are called keloid scars.", "keloid scars"),
    ("Millions of tiny fungi live in the soil around roots and are referred to as the root fungi.", "root fungi"),
    ("Large farms owned by investors who never visit them are run by managers and are known as absentee farms.",
     "absentee farms"),
])
def test_a_shared_subject_named_in_a_second_predicate_is_defined(nlp, sentence, name):
    assert name in defined(sentence, nlp)


@pytest.mark.parametrize("sentence", [
    "It lies below the surface and is known as the root layer.",  # a pronoun subject
    "These cells divide quickly and are called stem cells.",  # a pointing subject
    "Copper has a reddish color and is referred to as a soft metal.",  # an element named as one of a class
    "Large farms have many workers and are sometimes called estates.",  # only sometimes
    "Large farms had many workers and were called estates.",  # a past naming
    "Large farms have many workers and are called estates, ranches, or plantations.",  # a list of names
])
def test_a_second_predicate_naming_without_a_defined_subject_defines_nothing(nlp, sentence):
    assert not defined(sentence, nlp)
