"""A doctrine or faith that spaCy labels NORP is no nation: "Christianity", "Marxism" name a belief, not a people.

Review R4 of 33286fd: that commit gives a heading concept the case its prose writes ("hinduism" -> "Hinduism"), so
``termhood.people`` now reads the capitalised name in its text, and the small model labels a faith NORP (the label
it gives nationalities and religious or political groups).  ``_place_or_nation`` took any NORP covering the whole
name as a nation named as an example, and the world-religions section lost "Hinduism" as a term (person flag set,
term false).  A NORP name whose last word is an abstract noun of belief or state (ending in "-ism" / "-ity", a
general English suffix: a doctrine, a system, a quality) names a doctrine, not a group of people; the group
("Hindus", "Christians") and places ("Morocco") are still read as before.  Sentences invented."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from proda.ingest.termhood import people  # noqa: E402
from proda.models import ConceptDraft  # noqa: E402


def _flagged(name: str, text: str) -> bool:
    return bool(people([("c", ConceptDraft(name=name, definition="", how="heading", source_quote=""))], {"c": text}))


def test_a_faith_named_in_its_text_is_no_nation():
    assert not _flagged("Christianity", "In the old town, Christianity spread through the merchants who came from "
                                        "the coast.")


@pytest.mark.parametrize("name, text", [
    ("Hindus", "The river valley is home to many Hindus, who gather there for the spring festival."),
    ("Morocco", "Trade between Morocco and its neighbours grew after the new port opened."),
])
def test_a_people_or_a_place_is_still_read_as_one(name, text):
    assert _flagged(name, text)
