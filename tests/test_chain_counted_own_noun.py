"""``chain_counted`` (review R2 of d2adda3): the counted noun must be the one the colon's list names.

Before, the first "N stages/steps" anywhere before the colon was taken as the list's noun, so a count of stages in
an opening phrase turned another clause's list into a sequence of "stages" ("After three rounds of talks ... named
three envoys: A, B, and C" -> the A, B and C steps).  Now a clause of its own between the counted noun and the colon
(a finite verb with a subject other than that noun) says the list belongs to that clause: no chain.  A verb whose
subject is the counted noun itself ("The three stages, in order, were: ...") keeps the list.  A lead-in saying the
stages run side by side or at once (``[counted] unordered``) gives no order either.  Invented sentences."""

from __future__ import annotations

import pytest

from tests.chains_util import chains_of


@pytest.mark.parametrize("text", [
    "After three stages of voting, the assembly elected three consuls: Brutus, Cassius, and Casca.",
    "In three steps, the orchestra tuned its strings: the violins, the violas, and the cellos.",
    "Over four stages of the race, the riders wore their colours: red, blue, green, and white.",
    "Three steps of the land reform ran side by side: surveying, titling, and taxing.",
    "The court heard the case in three stages all at once: pleading, evidence, and argument.",
])
def test_a_list_that_another_clause_or_no_order_governs_gives_no_chain(nlp, text):
    pytest.importorskip("spacy")
    assert not chains_of(nlp, text, "Stages"), [(c.kind, c.steps) for c in chains_of(nlp, text, "Stages")]


@pytest.mark.parametrize("text, steps", [
    ("The three stages of the canal project, in order, were: digging, lining, and flooding.",
     ["digging", "lining", "flooding"]),
    ("The four stages of a sonata movement are as follows: exposition, development, recapitulation, and coda.",
     ["exposition", "development", "recapitulation", "coda"]),
    ("A star of the sun's mass passes through three stages that last billions of years: main sequence, red giant, "
     "and white dwarf.", ["main sequence", "red giant", "white dwarf"]),
])
def test_a_list_of_the_counted_nouns_own_clause_is_still_a_sequence(nlp, text, steps):
    pytest.importorskip("spacy")
    chains = chains_of(nlp, text, "Stages")
    assert [c.steps for c in chains] == [steps], [(c.kind, c.steps) for c in chains]
