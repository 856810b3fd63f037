"""A pronoun subject after a phrase fronted on its own verb is not read as that phrase's noun.

Read-back of round 19 (political science, while measuring an attachment change): "In manufacturing, it has a
comparative advantage over other states" gave "manufacturing | has | comparative advantage": the fronted phrase
names the setting, "it" something named before; and "In <kind of nation>s, they accumulate fewer assets" gave the
kind "in" itself as the subject.  Such a pronoun is left unresolved (antecedents._resolve), so no frame is made of
it (a rare shape: 1 frame of 16 development chapters, 1 of 700 book sentences with a pronoun, both wrong).
Invented sentences; the sibling: a pronoun with no fronted phrase still resolves.
"""

from __future__ import annotations

from tests.statements_util import triples


def test_it_after_a_fronted_phrase_is_not_its_noun():
    got = triples("In agriculture, it has a clear advantage.")
    assert not any(s == "agriculture" for s, _, _ in got)


def test_they_after_a_fronted_phrase_is_not_its_noun():
    got = triples("In rural districts, they elect fewer representatives.")
    assert not any(s.startswith("rural districts") for s, _, _ in got)


def test_by_phrase_noun_is_not_the_subject():
    got = triples("By stimulating insulin release, it lowers blood sugar.")
    assert not any(s == "insulin release" for s, _, _ in got)


def test_a_pronoun_without_a_fronted_phrase_still_resolves():
    got = triples("The enzyme is small. It lowers the activation energy.")
    assert ("enzyme", "lowers", "activation energy") in got
