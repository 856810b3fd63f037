"""Training items, reviewer's findings on the round-14 gates (2026-11-30): a copula stem whose subject says which one
thing is meant keeps its cloze; a hedged open-ended effect of a bare subject gives none; an ordinal is counted off
in the term's own text, not the whole KB's."""

from __future__ import annotations

from proda.ids import concept_id
from tests.items_util import answers, kb_of, one, stands
from proda.train.items.cloze import cloze


# --- class 1: the subject's own restricting words fix the blank -----------------------------------------------------

def test_a_copula_stem_whose_subject_singles_out_one_thing_keeps_its_cloze():
    """"The SI unit of energy is _____." (the joule), "The hormone that lowers blood glucose is _____." (insulin),
    "The largest gland in the human body is _____.": an "of" phrase, a relative clause, a superlative or an ordinal
    on the subject says which thing is meant, so one answer fits."""
    assert stands(("the metric unit of length", "is", "metre", "The metric unit of length is the metre."))
    assert stands(("the enzyme", "is", "lipase", "The enzyme that splits dietary fat is lipase."))
    assert stands(("the tallest peak", "is", "summit", "The tallest peak in the northern range is the old summit."))
    assert stands(("the first planet", "is", "mercury", "The first planet from the sun is Mercury."))
    assert stands(("the chief port", "is", "harbour", "The chief port of the northern coast is the old harbour."))


def test_a_subject_that_names_nothing_narrower_still_gives_no_cloze():
    """The sibling subjects without a restricting word ("The elbow", "Graffiti", "The garden", "A tower") still
    leave the whole predicate open."""
    assert one(("the elbow", "is", "origin", "The elbow is the origin of the long tendons of the wrist.")) is None
    assert one(("graffiti", "is", "feature", "Graffiti is a special feature of the modern city.")) is None
    assert one(("the garden", "filled_with", "flowers", "The garden is filled with flowers.")) is None
    assert one(("a tower", "is", "landmark", "A tower of the old castle is a landmark.")) is None


def test_a_subject_the_kb_names_as_a_term_counts_its_own_modifier():
    """"Endocrine communication involves _____.": the adjective-noun compound is a term of the KB, so the stem says
    which process is meant; the same light-verb stem with an everyday compound ("Local factors") gives none."""
    row = ("coastal erosion", "involves", "waves", "Coastal erosion involves the waves of the open sea.")
    kb = kb_of([row], concepts=[{"id": concept_id("coastal erosion"), "name": "coastal erosion", "term": True}])
    assert cloze(kb, kb.statements[0]) is not None
    assert one(("local factors", "affect", "harvest", "Local factors can affect the harvest yields.")) is None


def test_a_hedged_open_effect_of_a_bare_subject_gives_no_cloze():
    """"Drug use may increase _____.": a modal of possibility with a verb of change says one of many possible
    effects; the same verb with its own phrase ("within minutes") or stated outright on a named cause stays."""
    assert one(("coffee", "may_increase", "heart rate", "Coffee may increase the heart rate.")) is None
    assert one(("heavy rain", "can_cause", "floods", "Heavy rain can cause severe floods.")) is None
    assert stands(("coffee", "may_increase", "heart rate", "Coffee may increase the heart rate within minutes."))
    assert stands(("the heart", "pumps", "blood", "The heart pumps blood through the vessels of the body."))


# --- class 2: an ordinal is counted off in the term's own document ---------------------------------------------------

def test_an_ordinal_counted_off_only_in_another_document_keeps_the_term():
    """"second messenger" was refused because another chapter of the KB counts off "first ... messenger" (here
    "courier"): the list
    is read in the document that defines the term.  Its own document's "fourth stage ... fifth stage" still names a
    list item, not a term."""
    from proda.train.items.generators import definition_items
    other = "In the relay model the hormone is the first courier that reaches the cell surface."
    own = ("A second courier is a small molecule that carries a signal inside the cell. The fourth stage is the "
           "weeding of the rows. The fifth stage is the harvest, when the grain is cut and stored.")
    kb = kb_of([("hormone", "is", "first courier", other), ("second courier", "carries", "signal", own)],
               concepts=[{"id": concept_id("second courier"), "name": "second courier", "term": True,
                          "definition": "A second courier is a small molecule that carries a signal inside the cell."},
                         {"id": concept_id("fifth stage"), "name": "fifth stage", "term": True,
                          "definition": "The fifth stage is the harvest, when the grain is cut and stored."}])
    kb.statements[0]["document"], kb.statements[1]["document"] = "doc_a", "doc_b"
    kb.chunks = {kb.statements[0]["chunk"]: other,
                 kb.statements[1]["chunk"]: own}
    got = {d.concept_ids[0] for d in definition_items(kb, 0)}
    assert got == {concept_id("second courier")}


# --- class 3: one list of relation genera for the cloze and the definition reader -----------------------------------

def test_a_relation_genus_is_no_definition_and_a_plural_pro_form_is():
    """The shared list (lexical [cloze] relation_genera) bars "the home of", "a place of", "one of" as a definition's
    genus; "Open questions are ones that ..." names the subject's own class and defines."""
    got = answers({"name": "harbour", "definition": "The harbour is the home of the northern fishing fleet."},
                  {"name": "senate", "definition": "The senate is one of the two chambers of the national assembly."},
                  {"name": "open questions", "definition": "Open questions are ones that can be answered in many "
                   "different ways."})
    assert set(got) == {concept_id("open questions")}
