"""Training items, audit round 10 (judged sheets of anatomy 02/24/27, chemistry 04/08/18, sociology prose 05/12/20,
political science prose 10/13/14; 145/159 accepted).  Each class of reject still produced by the code of round 11 is
tested on invented general-English sentences; a sibling that stands alone keeps its item."""

from __future__ import annotations

from proda.ids import concept_id
from proda.train.items.generators import definition_items
from tests.items_util import kb_of, one, stands


# --- class 1: the subject is a definite noun phrase whose referent the paragraph gives ----------------------------

def test_the_bare_noun_the_sentence_before_narrowed_gives_no_cloze():
    """"When enough water evaporates, white crystals of the salt appear. The crystals are very soluble in _____":
    which crystals, the prompt does not say.  "The harbour" named plainly before, or not at all, stays."""
    before = "When enough water evaporates, small white crystals of the salt appear on cooling."
    assert one(("the crystals", "soluble_in", "water", "The crystals are bitter, very soluble in water, and smell "
                "of garlic."), before) is None
    assert stands(("the harbour", "shelters", "fishing boats", "The harbour shelters the fishing boats of the "
                   "northern coast."), "The harbour is deep.")
    assert stands(("the harbour", "shelters", "fishing boats", "The harbour shelters the fishing boats of the "
                   "northern coast."))
    assert stands(("the sugar", "released_into", "water", "The sugar is released into the warm water of the pool."),
                  "Fine white sugar is stored in the jar.")  # a mass noun told again is the same stuff


def test_a_relational_subject_without_its_owner_gives_no_cloze():
    """"The products formed depend on _____": the products of what, the sentence before says.  "The products of the
    mill depend on ..." names its owner."""
    assert one(("the products", "depend_on", "strength", "The products formed depend on the strength of the "
                "current, the size of the wheel, and the season.")) is None
    assert one(("the result", "is", "shortage", "The result is a long shortage of grain in the towns.")) is None
    assert stands(("the products of the mill", "depend_on", "strength", "The products of the mill depend on the "
                   "strength of the current."))


def test_a_labelled_member_of_a_series_the_paragraph_lists_gives_no_cloze():
    """"Zone C consists of ... Zone D holds _____": which zones, the paragraph named (a model told before).  A
    labelled name the paragraph gives alone ("Gate B") stays."""
    before = "Zone A is the old market. Zone B holds the docks. Zone C consists of small farms."
    assert one(("Zone D", "holds", "homes", "Zone D holds large homes, offices, and shopping streets."), before) is None
    assert stands(("Gate B", "opens_onto", "square", "Gate B opens onto the main square of the old town."),
                  "Many gates line the wall.")


def test_a_comparative_key_without_its_other_term_gives_no_cloze():
    """"The body uses more energy and generates _____" -> "more heat": more than when, the sentence before says.
    A comparison that names its other term ("more water vapor than cold air") stays."""
    assert one(("the engine", "generates", "heat", "The engine uses more fuel and generates more heat.")) is None
    assert stands(("warm air", "holds", "water vapor", "Warm air holds more water vapor than cold air."))
    assert stands(("the atoms", "made_of", "particles", "The atoms are made up of even smaller particles of three "
                   "kinds."))


# --- class 2: "also" adds the sentence to one before ---------------------------------------------------------------

def test_also_before_a_blank_that_ends_the_sentence_gives_no_cloze():
    """"Prime ministers have also utilized _____.", "Elemental oxygen also reacts with _____.": besides what, the
    sentence before says, and nothing after the blank, nor the few words before it, narrows it.  A sentence that
    goes on after the blank ("also synthesized in _____ through exposure to sunlight") or names more before it keeps
    its cue; "also called" only gives another name."""
    assert one(("governors", "utilized", "councils", "Governors have also utilized informal councils.")) is None
    assert one(("warm water", "dissolves", "salts", "Warm water also dissolves the salts of the northern "
                "lakes.")) is None
    assert stands(("warm water", "dissolves", "salts", "Warm water also dissolves the salts of the lakes through "
                   "slow seepage in spring."))
    assert stands(("heavy rains", "lead_to", "floods", "Heavy rains in the northern hills also lead to the floods "
                   "of the lower valley."))
    assert stands(("the river", "carries", "silt", "The river, also called the Old Stream, carries silt to the "
                   "delta."))
    assert stands(("warm water", "dissolves", "salts", "Warm water dissolves the salts of the northern lakes."))


# --- class 3: a key that is vague or names where a thing is told ---------------------------------------------------

def test_a_vague_key_gives_no_cloze():
    """"reacts with _____" -> "some compounds": the key names no thing.  A quantified noun with a modifier of its
    own ("several coastal towns") stays."""
    assert one(("warm water", "dissolves", "salts", "Warm water slowly dissolves some salts.")) is None
    assert one(("the council", "funds", "projects", "The council of the province funds various projects.")) is None
    assert stands(("the railway", "links", "towns", "The railway links several coastal towns in the north."))
    assert stands(("the retina", "composed_of", "layers", "The retina is composed of several layers and contains "
                   "cells for the first processing of light."))


def test_a_key_that_says_where_a_thing_is_told_gives_no_cloze():
    """"Various mixtures of solutes and water are described in _____" -> "chemistry": the sentence tells where the
    thing is treated, not a fact of it.  "is found in the northern lakes" is a fact."""
    assert one(("old maps", "described_in", "geography", "Old maps of the coast are described in geography.")) is None
    assert one(("the treaty", "discussed_in", "history", "The treaty and its terms are discussed in history "
                "classes.")) is None
    assert stands(("salt", "found_in", "lakes", "Salt is found in the northern lakes of the plateau."))
    assert stands(("bulbous cells", "present_in", "joint capsules", "Bulbous cells are also present in joint "
                   "capsules, where they measure stretch in the parts of the joint."))
    assert stands(("the paris treaty", "described_in", "terms", "The Paris treaty was described in terms of its trade "
                   "rules."))


# --- class 4: definitions from a sentence that does not define the term -------------------------------------------

def defined(*concepts):
    kb = kb_of([], concepts=[{"id": concept_id(c["name"]), "term": True, **c} for c in concepts])
    return sorted(d.concept_ids[0] for d in definition_items(kb, 0))


def test_a_sentence_that_evaluates_the_term_is_no_definition():
    """"Political polarization is a disadvantage of presidential regimes that presents ...": a verdict about it."""
    assert defined({"name": "rail freight", "definition": "Rail freight is a drawback of inland cities that "
                    "presents a cost for local firms."},
                   {"name": "free trade", "definition": "Free trade is an advantage of coastal towns that "
                    "draws merchants."}) == []
    assert defined({"name": "river port", "definition": "A river port is a harbour that lies on a river and "
                    "serves inland towns."}) == [concept_id("river port")]


def test_a_gloss_of_the_complement_does_not_define_the_subject():
    """"The king of Morocco is the head of state—that is, the leader who represents ...": the gloss says what a
    head of state is; the sentence only says who holds that role."""
    assert defined({"name": "mayor of Lyon", "definition": "The mayor of Lyon is the head of government—that is, "
                    "the official who runs the city council."}) == []
    assert defined({"name": "mayor", "definition": "A mayor is an official who runs a city council."}) == [
        concept_id("mayor")]


def test_a_name_that_is_no_term_gets_no_definition_item():
    """A footnote's "The September number is an average of two polls": a month's figure, no term; "pure X": an
    everyday modifier on a name the text defines without it."""
    assert defined({"name": "March figure", "definition": "The March figure is an average of two surveys taken "
                    "in the spring."}) == []
    # (no look adjective on "liquid": "a clear, cold liquid that freezes at ..." is a description, which gets no
    # definition item of its own, test_items_described)
    pure = {"name": "clean river water", "definition": "Clean river water is a cold liquid that freezes at "
            "zero degrees in the winter."}
    water = {"name": "river water", "definition": "water that flows in a river"}
    assert defined(pure, water) == [concept_id("river water")]
    assert defined(pure) == [concept_id("clean river water")]
    kb = kb_of([], concepts=[{"id": concept_id(pure["name"]), "term": True, **pure}])
    kb.chunks["t"] = "River water runs. " * 5
    assert definition_items(kb, 0) == []  # the book says "river water" often, "clean river water" once


# --- class 5: a glossary entry the text gives to a look-alike symbol -------------------------------------------------

def test_a_gloss_the_text_says_of_a_look_alike_symbol_gets_no_definition_item():
    """"NADH: high-energy molecule needed for glycolysis" while the text says "oxidizes NADH into the NAD+ needed by
    glycolysis": the text gives the gloss's words to the other form.  Here invented symbols; a text that says them
    of the term itself, or that names the look-alike in other words, keeps the item."""
    xqh = {"id": concept_id("XQZH"), "name": "XQZH", "term": True, "definition": "bright molecule needed for rusting"}
    zrb = {"id": concept_id("ZRB2"), "name": "ZRB2", "term": True, "definition": "dark molecule made by the lamp"}
    kb = kb_of([], concepts=[xqh, zrb])
    kb.chunks = {"k0": "The lamp turns XQZH into the XQZ+ needed by rusting. The ZRB+ forms in the wet soil. The lamp "
                 "gives ZRB2 off."}
    assert [d.concept_ids[0] for d in definition_items(kb, 0)] == [zrb["id"]]
    kb.chunks = {"k0": "The lamp makes the XQZH needed by rusting."}
    assert len(definition_items(kb, 0)) == 2



def test_a_singular_noun_an_indefinite_phrase_just_narrowed_gives_no_cloze():
    """Round 21 (anatomy row 35, "The disease is present from _____"): "Cholera is a dangerous intestinal disease.
    The disease spreads quickly to _____": which disease, the prompt does not say.  Not a name given by "called"
    ("a sticky paste called mortar ... The mortar"), nor a noun not narrowed before."""
    row = ("the disease", "spreads_to", "nearby villages",
           "The disease spreads quickly to nearby villages during the rainy season.")
    assert one(row, "Cholera is a dangerous intestinal disease.") is None
    assert stands(row)
    assert stands(("the mortar", "binds", "bricks", "The mortar binds the bricks of the wall together firmly."),
                  "Builders use a sticky paste called mortar.")


def test_an_article_of_another_noun_narrows_no_singular_subject():
    """Review R5 of 55c6738: the "a"/"an" must be the noun's own ("a rare disease"), read in the parse, not an
    article of a noun before it ("A rise in the heart rate ...": the rise's) or of the phrase the noun modifies
    ("an electron cloud": the cloud's).  The heart and the electron are the plain kinds; their clozes stay."""
    assert stands(("the heart", "pumps", "blood", "The heart pumps blood through the body."),
                  "A rise in the heart rate follows hard exercise.")
    assert stands(("the electron", "carries", "charge", "The electron carries a negative charge."),
                  "An atom has a small nucleus and an electron cloud.")
    assert one(("the disease", "spreads_to", "nearby villages",
                "The disease spreads quickly to nearby villages during the rainy season."),
               "Cholera is a dangerous intestinal disease.") is None
