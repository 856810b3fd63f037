"""A fronted "From X's point of view", "From the perspective of X", "From a Y perspective" makes the clause X's view:
blind round 34 stored "From BIND's point of view, /var/named is the root of the filesystem" as the book's own claim,
judged wrong (it is so only for the server that sees it).  The holder is the possessor, the "of" noun or the
described perspective; a viewpoint that names no holder of views ("From this point of view", "From the kernel's
point of view") leaves none, and the frame goes.
A "from" of place or origin is no viewpoint.  Invented sentences."""

from __future__ import annotations

import pytest

from proda.ingest.extract.claims import sentence_frames
from proda.ingest.extract.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def frames(nlp, text: str) -> list[tuple[str, str, str, str]]:
    return [(f.subject, f.predicate, f.object, h) for s in nlp(text).sents for f, h in sentence_frames(s)]


@pytest.mark.parametrize("text, holder", [
    ("From Linux's point of view, the device is an ordinary file.", "Linux"),
    ("From the perspective of conflict theory, schools reproduce inequality.", "conflict theory"),
    ("From a Marxist perspective, religion serves the ruling class.", "Marxist perspective"),
])
def test_a_viewpoint_holds_the_clause(nlp, text, holder):
    got = frames(nlp, text)
    assert got and all(h.lower() == holder.lower() for *_, h in got), got


@pytest.mark.parametrize("text", [
    "From this point of view, the device is an ordinary file.",
    "From the kernel's point of view, the device is an ordinary file.",  # a thing, no holder of views
])
def test_a_viewpoint_naming_no_holder_keeps_nothing(nlp, text):
    assert frames(nlp, text) == []


def test_a_from_of_place_is_no_viewpoint(nlp):
    got = frames(nlp, "From the kidneys, the ureters carry urine to the bladder.")
    assert got and all(h == "" for *_, h in got), got  # "": the book's own claim
