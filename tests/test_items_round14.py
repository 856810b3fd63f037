"""Training items, read-back of 2026-11-30 (anatomy 11, sociology prose 21 + 03; 53/60 items right) and round 10's
notes: each class of reject is tested on invented general-English sentences; a sibling that stands alone keeps its
item."""

from __future__ import annotations

from proda.ids import concept_id
from tests.items_util import answers, kb_of, one, stands
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
    # a list of things whose blank is what they have in common (the read-back judged "Sports uniforms, company logos,
    # and traffic signs are _____." -> "symbols" right)
    assert stands(("oaks", "are", "trees", "Oaks, beeches, and maples are deciduous trees."))
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


# --- class 2: a definition item from a sentence that relates the term, or from an anecdote -------------------------

def test_a_sentence_that_names_the_term_as_the_origin_of_something_is_no_definition():
    """"Define palm." answered by "The palm is the origin of the intrinsic muscles of the hand.": the sentence relates
    the term to another thing, not what it is.  "The femur is the long bone that joins ..." defines."""
    got = answers({"name": "elbow", "definition": "The elbow is the origin of the long tendons of the wrist."},
                  {"name": "harbour", "definition": "The harbour is the home of the northern fishing fleet."},
                  {"name": "femur", "definition": "The femur is the long bone that joins the hip to the knee."})
    assert set(got) == {concept_id("femur")}


def test_a_dash_gloss_reads_as_a_sentence_and_a_gloss_in_an_anecdote_gives_no_item():
    """"Define law enforcement." was answered "Law enforcement: law enforcement—a field that seeks bilingual
    employees" (from "Fluent in both ..., Lucy is studying law enforcement—a field that ..."): a gloss told of one
    person's story says why it matters to her, not what the term is, and the term was said twice.  A dash gloss in a
    sentence of the book's own argument reads "Crop rotation is the practice of ..."."""
    story = "Fluent in French and German, Marie is studying forestry—a field that hires many seasonal workers."
    rule = "Farmers have long relied on crop rotation—the practice of growing different crops on one field in turn."
    got = answers({"name": "forestry", "definition": "forestry—a field that hires many seasonal workers"},
                  {"name": "crop rotation",
                   "definition": "crop rotation—the practice of growing different crops on one field in turn"},
                  chunks={"k1": story, "k2": rule})
    assert set(got) == {concept_id("crop rotation")}
    assert got[concept_id("crop rotation")].explanation.startswith(
        "Crop rotation is the practice of growing different crops on one field in turn.")
    got = answers({"name": "fallow land", "definition": "fallow land—that is, a field left unsown for a season"})
    assert got[concept_id("fallow land")].explanation.startswith("Fallow land is a field left unsown for a season.")


# --- class 3: one enumerated member of a list named as a term --------------------------------------------------------

def test_an_ordinal_member_of_a_list_the_book_enumerates_gets_no_definition_item():
    """"What does the term "fifth condition" mean?" ("The fifth condition is mobilization for action, ...") names the
    fifth item of a list the book counts off, not a term.  "second messenger" (no other ordinal messenger in the
    text) and "third law of motion" (its "of" phrase names the series) stay."""
    text = ("The first stage is the sowing of the seed. The fourth stage is the weeding of the rows. The fifth stage "
            "is the harvest, when the grain is cut and stored. A second messenger is a small molecule that relays a "
            "signal inside the cell. The third law of motion is the principle that every action has an equal and "
            "opposite reaction.")
    got = answers({"name": "fifth stage", "definition": "The fifth stage is the harvest, when the grain is cut and "
                   "stored."},
                  {"name": "second messenger", "definition": "A second messenger is a small molecule that relays a "
                   "signal inside the cell."},
                  {"name": "third law of motion", "definition": "The third law of motion is the principle that every "
                   "action has an equal and opposite reaction."},
                  chunks={"k1": text})
    assert set(got) == {concept_id("second messenger"), concept_id("third law of motion")}


# --- class 4: a key placed only relative to the paragraph's time ---------------------------------------------------

def test_a_key_that_is_earlier_or_recent_than_the_paragraph_says_gives_no_cloze():
    """"Sociologists ... built on _____ and developed ..." -> "earlier sociological ideas": earlier than what, the
    paragraph says, and the key names nothing a student could give; likewise "changed in _____" -> "recent years".
    A key with its own thing ("the designs of Roman aqueducts") or one placed by the sentence itself ("passed to
    subsequent generations") stays."""
    assert one(("the engineers", "built_on", "designs", "Two young engineers built on earlier bridge designs and "
                "developed a new kind of arch.")) is None
    assert one(("the village", "changed_in", "years", "While the layout of the village may have changed in recent "
                "years, its market square is still the centre of trade.")) is None
    assert stands(("the engineers", "built_on", "designs", "Two young engineers built on the designs of Roman "
                   "aqueducts and developed a new kind of arch."))
    assert stands(("harmful alleles", "passed_to", "generations", "Harmful alleles that kill their carriers early "
                   "are never passed to subsequent generations."))


# --- from the sample of kept clozes read for this round: a conclusion drawn from the sentence before ---------------

def test_a_sentence_that_concludes_from_the_one_before_gives_no_cloze():
    """"Hydrogen, therefore, is present in excess, and chlorine is _____." (a worked example's step) and "Public
    opinion is thus vital for _____ ...": "therefore"/"thus" on the main verb draws the clause from the sentence
    before.  On a later clause of the sentence the reason is inside it ("Warm water holds less oxygen, and fish
    therefore move to ..."), and after the blank it adds what the sentence gives: the cloze stays."""
    assert one(("zinc", "is", "metal", "Copper, therefore, is present in excess, and zinc is the limiting "
                "metal.")) is None
    assert one(("the tide", "moves", "stones", "The evening tide is thus strong enough to move the heavy stones of "
                "the pier.")) is None
    assert stands(("fish", "move_to", "water", "Warm water holds less oxygen, and fish therefore move to deeper "
                   "water in summer."))
    assert stands(("a flood", "can_change", "course", "A single flood can change the course of a river and, "
                   "consequently, the shape of the valley."))
    assert stands(("strong acids", "destroy", "glass", "Glass dissolves slowly in hot acid; thus, strong acids destroy "
                   "glass vessels."))  # the reason is the sentence's own first clause


def test_a_bare_everyday_key_before_its_own_relative_clause_gives_no_cloze():
    """"attached to _____ that is used by the part of the body" -> "a substance", "Nuclei can undergo _____ that
    change their number of protons" -> "reactions": the key is one everyday word the clause after it describes,
    any word of its kind fits.  "a short, muscular vessel that connects ..." names its thing."""
    assert one(("the tracer", "attached_to", "substance", "The tracer is made in a small reactor and then attached "
                "to a substance that the kidney takes up.")) is None
    assert one(("the cells", "undergo", "changes", "Plant cells can undergo changes that alter their shape and "
                "their size over many weeks of slow growth in the dark.")) is None
    assert stands(("the ductus", "is", "vessel", "The ductus venosus is a short, narrow vessel that links the "
                   "umbilical vein to the vena cava."))


def test_a_blank_cut_before_a_plural_noun_the_parse_took_for_a_verb_gives_no_cloze():
    """"Breast milk then drains toward _____ pores to be consumed ..." -> "the nipple": the parse read "pores" as a
    verb, and the blank cut the noun phrase "the nipple pores" in two.  "toward _____ to be released" (the noun
    phrase whole) stays."""
    assert one(("sap", "flows_toward", "leaf", "Sap then flows toward the leaf pores to be used by the plant.")) is None
    assert stands(("sweat", "moves_toward", "skin", "Sweat then moves toward the skin surface to be released into "
                   "the air."))


# --- class 2, found on the dev KBs: a gloss that is a quantity, a name that is a clause -----------------------------

def test_an_appositive_quantity_and_a_clause_named_as_a_term_get_no_definition_item():
    """"ibuprofen, an atom economy of 40" (the book's "40%" after a synthesis of it) was rendered "Ibuprofen is an
    atom economy of 40."; "physical exertion stimulates proprioceptors" (a clause before ", which are receptors
    ...") was asked "Define physical exertion stimulates proprioceptors.".  "rebar, a steel rod ..." and a name
    with a participle ("reinforced concrete"), a noun-and-verb "-s" word ("muscle cell functions") or a Latin "pars"
    keep their items."""
    text = ("Rebar, a steel rod that strengthens poured concrete, is cheap. After a storm, heavy rain erodes "
            "riverbanks, which are streams of fresh water that run to the sea. Reinforced concrete is a building "
            "material that holds steel rods to carry loads.")
    got = answers({"name": "the dam", "definition": "the dam, a height of 120"},
                  {"name": "heavy rain erodes riverbanks", "definition": "Heavy rain erodes riverbanks are streams of "
                   "fresh water that run to the sea."},
                  {"name": "muscle cell functions", "definition": "Muscle cell functions are the tasks that muscle "
                   "cells carry out in the body."},
                  {"name": "arteria pars dorsalis", "definition": "arteria pars dorsalis: branch of the leg artery "
                   "that runs along the back of the foot"},
                  {"name": "rebar", "definition": "rebar, a steel rod that strengthens poured concrete"},
                  {"name": "reinforced concrete", "definition": "Reinforced concrete is a building material that "
                   "holds steel rods to carry loads."}, chunks={"k1": text})
    assert set(got) == {concept_id("rebar"), concept_id("reinforced concrete"), concept_id("muscle cell functions"),
                        concept_id("arteria pars dorsalis")}
