"""A passive relation item asks about its passive subject; where the same chapter says the same of a narrower phrase
("the opening between the left atrium and ventricle" beside "the opening between the atrium and ventricle", review
R2 of 39e91f6 on anatomy 19), the general phrase has two answers in the book and its question keys only one.
Invented sentences."""

from __future__ import annotations

from proda.train.items.relations import relation_items
from tests.items_util import kb_of

_FRONT = ("front brake cable", "crosses", "gap between front wheel and frame",
          "The gap between the front wheel and frame is crossed by the front brake cable.")
_ANY = ("rear brake cable", "crosses", "gap between wheel and frame",
        "The gap between the wheel and frame is crossed by the rear brake cable.")


def _stems(*rows):
    return [d.stem.lower() for d in relation_items(kb_of(list(rows)), 0)]


def test_the_general_phrase_beside_a_narrower_one_is_not_asked():
    stems = _stems(_FRONT, _ANY)
    assert not [s for s in stems if "gap between the wheel and frame" in s], stems
    assert [s for s in stems if "gap between the front wheel and frame" in s], stems


def test_the_general_phrase_alone_is_asked():
    assert [s for s in _stems(_ANY) if "gap between the wheel and frame crossed by" in s]
