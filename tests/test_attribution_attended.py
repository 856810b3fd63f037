"""A clause on "the way ..." that somebody focuses on, examines or emphasises is that somebody's view (audit round 14).

"Nash (1964) focused his argument on the way racism is functional for the dominant group" was stored as the book's
claim "way racism | is_functional_for | dominant group": the parser hung "is" on "focused" as a second clause (and
read "way" as part of its subject), so the clause lost the holder whose argument it is.  Invented sentences, one
construction each.
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


def test_the_way_clause_a_school_focuses_on_carries_the_school_as_holder(nlp):
    got = held(nlp, "Conflict theorists focus on the way inequality is useful to elites.")
    assert all(h == "Conflict theorists" for *_, h in got), got


def test_a_way_clause_read_with_way_in_its_subject_gives_no_frame(nlp):
    # the parse put "way" into the clause's subject ("way housework"): garbled, and somebody's view
    got = held(nlp, "Feminist theorists focus on the way housework is invisible to economists.")
    assert got == [], got


def test_a_pronoun_focusing_on_the_way_gives_no_view_without_holder(nlp):
    assert all(h for *_, h in held(nlp, "They focus on the way inequality is useful to elites.")), \
        held(nlp, "They focus on the way inequality is useful to elites.")


def test_a_separate_clause_after_what_somebody_focuses_on_stays_the_book_s(nlp):
    # kept sibling: the second clause is no content of "focus on" (", and" between), the book's own claim
    got = held(nlp, "Conflict theorists focus on inequality, and inequality is harmful to health.")
    assert ("inequality", "is harmful to", "health", "") in got, got
    assert ("conflict theorists", "focus on", "inequality", "") in got, got


def test_a_reported_finding_keeps_its_holder_as_before(nlp):
    # kept sibling: "Researchers found that X" is handled by the reporting verbs, unchanged
    got = held(nlp, "Researchers found that stress causes heart disease.")
    assert got == [("stress", "causes", "heart disease", "Researchers")], got


def test_a_cited_author_the_tagger_read_as_a_common_noun_is_a_holder(nlp):
    # "Nash (1964)" was tagged a common noun, so its argument had no holder; a capitalised word with a year in
    # parentheses is a cited author
    got = held(nlp, "Wood (1971) argued that schooling is useful for employers.")
    assert got == [("schooling", "is useful for", "employers", "Wood")], got


def test_a_common_noun_with_a_number_in_parentheses_is_no_holder(nlp):
    # kept sibling: no year, no author
    got = held(nlp, "Copper (29) argued that schooling is useful for employers.")
    assert all(h != "Copper" for *_, h in got), got
