"""Names that are no term whatever their evidence (audit round 17, applied mathematics: "preface", "citation",
"present subsection" and "x3" judged no terms; "Define time t.", "What does the term ϵ2 mean?" judged wrong):
the book's own apparatus and a formula's symbols (``proda.ingest.extract.nonterms``).  Names invented."""

from __future__ import annotations

import pytest

from proda.ingest.extract.l1_terms import l1_term


@pytest.mark.parametrize("name, ev", [
    ("preface", {"heading": True}),                        # a part of the book heading its own section
    ("citation", {"docs": 1, "sections": 6, "chunks": 6}),  # the writer's aside, recurring
    ("present subsection", {"docs": 1, "sections": 3}),    # pointing into the book
    ("paragraph", {"defined": True}),                      # "This paragraph is optional reading."
    ("footnotes", {"docs": 1, "sections": 4}),
    ("bibliographies", {"docs": 1, "sections": 3}),        # a plural in "-ies": nonterms had its own singular
    ("y4", {"docs": 1, "sections": 3}),                    # an indexed symbol
    ("ω2", {"defined": True}),                             # "The ω2 is a small quantity of the second order."
    ("speed v", {"defined": True}),                        # "speed v, the length of ... alone"
    ("even q", {"defined": True}),                         # "even q, which means ..."
    ("SB =", {"abbreviation": True}),                      # cut from an equation
])
def test_the_books_apparatus_and_a_formulas_symbols_are_no_terms(name, ev):
    assert not l1_term(name, ev)


@pytest.mark.parametrize("name, ev", [
    ("reference electrode", {"heading": True}),            # a word of the subject beside a document noun
    ("operational definition", {"defined": True}),
    ("nth root of y", {"defined": True}),                   # a function of a variable
    ("β decay", {"heading": True}),                         # a letter naming a kind
    ("vitamin K", {"defined": True}),                       # a capital letter names a kind
    ("unit circle", {"defined": True}),
    # review R21 (findings 3, 7): two-sense words, an organ and a workout as well as parts of a book
    ("appendix", {"defined": True}),
    ("exercise", {"defined": True}),
    ("R & D", {"defined": True}),                           # an ampersand is a word ("and"), no formula sign
    ("research & development", {"abbreviation": True}),
])
def test_terms_beside_them_stay(name, ev):
    assert l1_term(name, ev)


@pytest.mark.parametrize("name", ["practical statistician", "statisticians", "marine biologist"])
def test_a_practitioner_named_in_passing_is_no_term(name):
    """"The applied mathematician begins from a different base" (round 17): a person the prose speaks of."""
    assert not l1_term(name, {"docs": 1, "sections": 4, "chunks": 5, "free": 5})


def test_a_practitioner_the_text_defines_and_a_field_stay():
    assert l1_term("surgical technicians", {"defined": True})  # a career the text defines
    assert l1_term("marine biology", {"heading": True})
