"""A heading "HEAD of X" whose head names a side of X the section treats is a topic, not a term (round 22 blind audit:
"scope of executive cabinets" became a concept; on the development chapters "structure of cardiac muscle", "role of
ADH", "lifecycle of leukocytes", "consequences of poverty", "sources of ATP" did too).

The heads are general English (``terms.heading_topic_heads``); a head that makes a name with its "of" ("Agents of
Socialization", "Levels of Organization", "Theory of Evolution") and a heading without "of" stay terms.  Headings are
invented.
"""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


@pytest.mark.parametrize("heading", [
    "Scope of Regional Councils",
    "Structure of Smooth Muscle",
    "The Role of Trade Unions",
    "Lifecycle of Platelets",
    "Consequences of Unemployment",
    "Sources of Glucose",
    "Stages of Grief",
])
def test_a_side_of_a_thing_is_a_topic(nlp, heading):
    from proda.ingest.extract.terms import heading_term

    assert heading_term(nlp(heading)) == ""


@pytest.mark.parametrize("heading,term", [
    ("Agents of Change", "agents of change"),
    ("Levels of Organization", "levels of organization"),
    ("Standard Heat of Fusion", "standard heat of fusion"),
    ("The Endocrine System", "endocrine system"),
    ("The Thyroid Gland", "thyroid gland"),
])
def test_a_name_with_of_or_without_it_stays_a_term(nlp, heading, term):
    from proda.ingest.extract.terms import heading_term

    assert heading_term(nlp(heading)) == term
