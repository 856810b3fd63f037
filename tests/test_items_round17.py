"""Training items, reviewer R15 (2026-11-30): a relation genus that names a class when an indefinite article and its
own restricting clause come with it ("A polling place is a place where ..."), and cloze stems whose "the" subject is
a relation or evaluative noun ("The function of the heart is _____.").  Invented sentences; each refusal has a kept
sibling."""

from __future__ import annotations

from proda.ids import concept_id
from tests.items_util import answers


# --- 1: "a place where ...", "a member of X who ...": a class noun with its own restriction defines ----------------

def test_an_indefinite_relation_genus_with_its_own_restriction_defines():
    """6848ecc merged the relation genera and lost "A polling place is a place where voters cast their ballots",
    "A senator is a member of the Senate who represents a state", "The Doppler effect is an effect in which ...",
    "A node is a center of electrical activity in the heart": an indefinite class noun narrowed by its own clause or
    phrase says what X is."""
    got = answers({"name": "voting booth", "definition": "A voting booth is a place where citizens mark their "
                   "ballots in private."},
                  {"name": "bazaar", "definition": "A bazaar is a place where traders and shoppers meet."},
                  {"name": "councillor", "definition": "A councillor is a member of the city council who represents "
                   "a ward."},
                  {"name": "placebo effect", "definition": "The placebo effect is an effect in which a patient "
                   "improves after a sham treatment."},
                  {"name": "ganglion", "definition": "A ganglion is a center of nerve cell bodies outside the "
                   "spinal cord."})
    assert set(got) == {concept_id(n) for n in ("voting booth", "bazaar", "councillor", "placebo effect",
                                                  "ganglion")}


def test_a_definite_relation_genus_still_relates_and_defines_nothing():
    """The refused siblings (9f41220, 6848ecc): "The palm is the origin of ...", "the home of", "one of", and the
    definite "the center of the solar system" relate X to one other thing; an indefinite genus with nothing after it
    ("an effect") and a barred genus outside the class list ("an example of ...") still give no item."""
    got = answers({"name": "elbow", "definition": "The elbow is the origin of the long tendons of the wrist."},
                  {"name": "harbour", "definition": "The harbour is the home of the northern fishing fleet."},
                  {"name": "senate", "definition": "The senate is one of the two chambers of the national assembly."},
                  {"name": "sun", "definition": "The sun is the center of the solar system."},
                  {"name": "monarchy", "definition": "Monarchy is the subject of a long debate among historians."},
                  {"name": "drought", "definition": "A drought is an example of a slow natural disaster."})
    assert got == {}


# --- 4: cloze stems (reviewer R15 on 67df648 / 631e1f5) ------------------------------------------------------------

from tests.items_util import one, stands  # noqa: E402


def test_a_relation_or_evaluative_subject_head_fixes_no_copula_blank():
    """"The function of the heart is _____.", "The role of the courts is _____.", "The effect of aging is _____.",
    "The people who live there are _____.", "The main problem is _____.": the of-phrase or clause says whose
    function, which people, but the head names an open relation or a verdict ([cloze] open_subject_heads), so many
    descriptions fit.  A head that names a kind of thing keeps its restricting words as cues ("The SI unit of ...",
    "The hormone that ...", "The largest gland in ...", "The master gland of ...")."""
    assert one(("the function of the kidney", "is", "filtration of blood",
                "The function of the kidney is the filtration of blood.")) is None
    assert one(("the role of the senate", "is", "review of bills",
                "The role of the senate is the careful review of bills.")) is None
    assert one(("the effect of aging", "is", "loss", "The effect of aging is a gradual loss of bone mass.")) is None
    assert one(("the people who live in the valley", "are", "descendants",
                "The people who live in the valley are descendants of miners.")) is None
    assert stands(("the si unit of power", "is", "watt", "The SI unit of power is the watt."))
    assert stands(("the hormone that raises blood glucose", "is", "glucagon",
                   "The hormone that raises blood glucose is glucagon."))
    assert stands(("the largest bone in the human body", "is", "femur",
                   "The largest bone in the human body is the femur."))
    assert stands(("the master switch of the circuit", "is", "main breaker",
                   "The master switch of the circuit is the main breaker."))


def test_a_hedged_verb_of_any_causal_family_leaves_the_blank_open():
    """"Stress may induce _____." (-> "high blood pressure"): "induce" is of the lexicon's cause family, like
    "cause" and "trigger" of [cloze] open_effect_verbs; under "may" it names one of many possible effects.  The same
    verb stated outright, with a word of its own in the stem, stays."""
    assert one(("stress", "may induce", "high blood pressure", "Stress may induce high blood pressure.")) is None
    assert one(("cold weather", "can provoke", "asthma attacks", "Cold weather can provoke asthma attacks.")) is None
    assert stands(("stress", "induces", "release of cortisol",
                   "Stress induces the release of cortisol from the adrenal glands."))


def test_a_stem_that_repeats_the_key_s_head_phrase_gives_no_cloze():
    """"The federal government did not reinstate _____ until 1988 and has rarely imposed the death penalty ..." (->
    "the death penalty for federal crimes"): the stem says the key's own phrase.  The same sentence without the
    repeat, and a stem that shares only a modifier of the key ("mineral salts" ... "mineral deposits"), stay.  A later
    bare mention of the key's head ("mineral salts" ... "marine fish excrete salts") names the blank's own thing and
    gives it away: refused since s27-T (cloze_stem.head_named_after; audit round 26 rejected "organized in _____;
    each zone matches ..." as a cue)."""
    assert one(("congress", "reinstate", "death penalty for military crimes", "Congress did not reinstate the "
                "death penalty for military crimes until 1990 and has rarely imposed the death penalty or carried it "
                "out.")) is None
    assert stands(("congress", "reinstate", "death penalty for military crimes", "Congress did not reinstate the "
                   "death penalty for military crimes until 1990 and has rarely carried out an execution since then."))
    assert stands(("freshwater fish", "absorb", "mineral salts", "Freshwater fish absorb mineral salts through "
                   "their gills, while mineral deposits build up in the kidneys of old fish."))
    assert not stands(("freshwater fish", "absorb", "mineral salts", "Freshwater fish absorb mineral salts through "
                       "their gills, while marine fish excrete salts through their kidneys."))
