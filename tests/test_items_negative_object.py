"""A statement whose object opens with a negative determiner ("Mature red cells contain no nucleus") is a denial in
its words though stored with polarity +1 (the frame keeps "no" in the object).  Denying it would give "Mature red
cells do not contain no nucleus" (``render.fact(s, negate=True)`` does), a double negative, and replacing its object
a claim the book never makes.  Regression guard (session 12, beside review R17's possession finding): the claim
builder already gives no false claim of such a statement (the object's "no" counts as a qualifier); an affirmative
fact of the same KB is still denied."""

from __future__ import annotations

import random

from proda.train.items.claims import claim
from proda.train.items.render import prepare
from tests.test_synth import GLANDS, _kb


def _kb_with(obj: str):
    kb = _kb(GLANDS + [("mature red cells", "contain", obj), ("mature red cells", "contain", "hemoglobin")])
    prepare(kb)
    return kb


def test_an_object_with_no_gives_no_false_claim():
    kb = _kb_with("no nucleus")
    s = next(s for s in kb.statements if s["object"] == "no nucleus")
    assert claim(kb, s, False, True, random.Random(0)) is None
    assert claim(kb, s, False, False, random.Random(0)) is None


def test_an_affirmative_fact_is_still_denied():
    kb = _kb_with("no nucleus")
    s = next(s for s in kb.statements if s["subject"] == "pancreas" and s["object"] == "insulin")
    got = claim(kb, s, False, True, random.Random(0))
    assert got is not None and "not" in got[0]
