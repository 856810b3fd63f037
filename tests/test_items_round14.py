"""Training items, read-back of 2026-11-30 (anatomy 11, sociology prose 21 + 03; 53/60 items right) and round 10's
notes: each class of reject is tested on invented general-English sentences; a sibling that stands alone keeps its
item."""

from __future__ import annotations

from proda.ids import concept_id
from tests.test_items_round12 import kb_of, one, stands
from proda.train.items.cloze import cloze


# --- class 1: a stem that says nothing but its subject --------------------------------------------------------------

def test_a_copula_stem_with_nothing_but_the_subject_gives_no_cloze():
    """"The elbow is _____." (-> "the origin of the long tendons of the wrist"), "Graffiti is _____." (-> "a
    special feature of the modern city"): the blank is the whole predicate, and many answers fit."""
    assert one(("the elbow", "is", "origin", "The elbow is the origin of the long tendons of the wrist.")) is None
    assert one(("graffiti", "is", "feature", "Graffiti is a special feature of the modern city.")) is None
    assert one(("the village", "is", "symbol", "The village itself is a symbol.")) is None


def test_a_light_verb_stem_with_nothing_but_the_subject_gives_no_cloze():
    """"The garden is filled with _____.", "Local factors can affect _____.", "Many farmers encounter _____.": a
    verb that fits any object and nothing else to go on."""
    assert one(("the garden", "filled_with", "flowers", "The garden is filled with flowers.")) is None
    assert one(("local factors", "affect", "harvest", "Local factors can affect the harvest yields.")) is None
    assert one(("many farmers", "encounter", "drought", "Many young farmers encounter drought, as well.")) is None


def test_a_stem_with_words_of_its_own_keeps_its_cloze():
    """A verb with its own meaning ("pumps", "adapt to"), a phrase beside the blank ("in dry summers") or a
    copula whose blank defines its subject ("the bone that ...", "the study of ...") still fixes the answer."""
    assert stands(("the heart", "pumps", "blood", "The heart pumps blood through the vessels of the body."))
    assert stands(("rivers", "adapt_to", "change", "Rivers, like other landforms, adapt to climatic change."))
    assert stands(("farmers", "encounter", "drought", "Many farmers encounter drought in dry summers."))
    assert stands(("the femur", "is", "bone", "The femur is the long bone that joins the hip to the knee."))
    assert stands(("glaciology", "is", "study", "Glaciology is the study of ice sheets and mountain glaciers."))
    assert stands(("the tibia", "is", "bone", "The tibia is the largest bone in the lower leg."))
    assert stands(("the crust", "is", "rock", "The crust is rock just above the hot mantle."))


def test_a_copula_stem_keeps_its_cloze_where_the_kb_defines_the_subject_so():
    """"A levy is _____." answered by the definition the KB stores for "levy" (a copula-only stem is enough when the
    blank is the defined term's definition); the same sentence without that definition stored gives none."""
    row = ("a levy", "is", "tax", "A levy is a tax raised once by the town council.")
    kb = kb_of([row], concepts=[{"id": concept_id("a levy"), "name": "levy", "term": True,
                                 "definition": "A levy is a tax raised once by the town council."}])
    assert cloze(kb, kb.statements[0]) is not None
    bare = ("a toll", "is", "fee", "A toll is a small fee.")
    kb = kb_of([bare], concepts=[{"id": concept_id("a toll"), "name": "toll", "term": True,
                                  "definition": "A toll is a small fee."}])
    assert cloze(kb, kb.statements[0]) is not None
    assert one(bare) is None
