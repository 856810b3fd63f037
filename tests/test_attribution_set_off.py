"""A reporting clause set off inside or after the sentence makes the claim somebody's view (audit round 13).

"Preindustrial societies, X explained, were held together by ..." was stored without its holder: the parser hangs
"explained" on the main verb as ``parataxis`` and the main clause is read as the book's own claim.  "..., Smith
claims." (the reported clause before its verb) gave nothing at all.  Invented sentences, one construction each.
"""

from __future__ import annotations

import pytest

from proda.ingest.extract.claims import sentence_frames
from proda.ingest.extract.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def held(nlp, text: str) -> list[tuple[str, str, str, str]]:
    """(subject, predicate, object, holder) of every kept frame of ``text``, all its sentences in one parse."""
    return [(f.subject, f.predicate, f.object, h) for s in nlp(text).sents for f, h in sentence_frames(s)]


def test_a_reporting_clause_set_off_inside_the_sentence_gives_its_holder(nlp):
    got = held(nlp, "Medieval villages, Bloch explained, were governed by custom.")
    assert got and all(h == "Bloch" for *_, h in got), got
    got = held(nlp, "Feudal lords, Weber noted, controlled the courts.")
    assert got and all(h == "Weber" for *_, h in got), got


def test_a_set_off_reporting_clause_with_a_pronoun_holder_gives_nothing(nlp):
    # who "he" is lies outside the sentence: the view cannot be taught without its holder
    assert held(nlp, "Ancient cities, he wrote, grew around temples.") == []


def test_a_reporting_clause_after_the_sentence_gives_its_holder(nlp):
    got = held(nlp, "Open markets reward risk, Smith claims.")
    assert got == [("open markets", "reward", "risk", "Smith")], got
    assert held(nlp, "Craft guilds protected their members, she explained.") == []


def test_according_to_keeps_its_holder_on_a_verb_that_can_also_report(nlp):
    # "holds", "shows", "finds" are reporting verbs too; as the main verb under "according to" the clause is still
    # the holder's view (before: the holder was lost and the claim stored as the book's)
    got = held(nlp, "According to Marx, the ruling class holds power.")
    assert got and all(h == "Marx" for *_, h in got), got


def test_the_book_s_own_claim_beside_a_set_off_clause_is_unchanged(nlp):
    # kept sibling: no reporting clause, no holder
    got = held(nlp, "Medieval villages were governed by custom.")
    assert got and all(h == "" for *_, h in got), got
    # a set-off phrase that is no reporting clause ("for example") gives no holder
    got = held(nlp, "Medieval villages, for example, were governed by custom.")
    assert all(h == "" for *_, h in got), got
