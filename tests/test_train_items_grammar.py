"""Training items a teacher accepts: each class the round-3 judges rejected (docs/audits/independent-2026-11-29/
round3/*-train.csv), with the book's sentences copied from the sheets, must give no item or a correct one."""

from __future__ import annotations

import random

from proda.ids import concept_id, statement_id
from proda.train import synth
from proda.train.items import gates
from proda.train.items.claims import claim, same_class
from proda.train.items.render import fact, prepare

TAYLOR = "Breonna Taylor was killed by police who were executing a no-knock search warrant at her apartment."
GARNER = ("Eric Garner was killed by an officer using a prohibited chokehold after Garner had allegedly committed a "
          "misdemeanor.")
SEMI = ("In semi-presidential systems, the president’s authority is not dependent on the legislature, but because of "
        "the shared power and responsibilities, the president must still work with the legislative branch to "
        "accomplish their goals.")
VENOUS = ("Initially, all venous blood flows into the sinus venosus, and contractions propel the blood from tail to "
          "head, or from the sinus venosus to the truncus arteriosus.")
LEVELS = ("The individual level of analysis focuses on the decision makers within a state and how the constraints the "
          "state places on them affect their chosen courses of action.")


def kb_of(rows, doc="corpus/07-ch/a.html", concepts=()):
    """A KB from (subject, predicate, object, quote) rows as extraction stores them (sign included), one chunk per
    quote, one chapter."""
    out = [{"id": statement_id(concept_id(s), p, concept_id(o)), "subject": s, "predicate": p, "object": o,
            "quote": q, "subject_id": concept_id(s), "object_id": concept_id(o), "chains": [], "chunk": f"k{k}",
            "document": doc, "polarity": -1 if " not " in f" {p} " else 1, "negated": " not " in f" {p} "}
           for k, (s, p, o, q) in enumerate(rows)]
    kb = synth.KB(out, list(concepts), [], {r["chunk"]: r["quote"] for r in out})
    prepare(kb)
    return kb


def st(kb, obj):
    return next(s for s in kb.statements if s["object"] == obj)


def test_a_past_event_keeps_its_tense_and_a_pronoun_in_the_subject_makes_no_replacement():
    """"Police who were executing ... at her apartment kills Breonna Taylor" (present tense for a past killing) and
    its replacement "... kills Eric Garner" (her apartment: a woman, so False is guessed)."""
    kb = kb_of([("police who were executing a no-knock search warrant at her apartment", "kills", "Breonna Taylor", TAYLOR),
                ("Derek Chauvin", "kills", "George Floyd", "Derek Chauvin killed George Floyd."),
                ("Daniel Pantaleo", "kills", "Eric Garner", "Daniel Pantaleo killed Eric Garner.")])
    s = st(kb, "Breonna Taylor")
    assert gates.tense(TAYLOR, "kill") == "past"
    text, how = claim(kb, s, True, False, random.Random(0))
    assert text == "Police who were executing a no-knock search warrant at her apartment killed Breonna Taylor"
    assert claim(kb, s, False, False, random.Random(0)) is None  # "her apartment" beside a man's name
    denial = claim(kb, s, False, True, random.Random(0))
    assert denial and "did not kill" in denial[0]
    # a present-tense fact stays in the present
    assert gates.tense("The pancreas secretes insulin into the blood.", "secrete") != "past"


def test_a_clause_spliced_into_the_subject_or_a_replacement_named_in_the_claim_makes_no_item():
    """"Officer using a prohibited chokehold after Garner had allegedly committed a misdemeanor kills Breonna
    Taylor": an adverbial clause inside the subject, and the claim names Garner as the victim."""
    subj = "officer using a prohibited chokehold after Garner had allegedly committed a misdemeanor"
    kb = kb_of([(subj, "kills", "Eric Garner", GARNER),
                ("police who were executing a no-knock search warrant at her apartment", "kills", "Breonna Taylor", TAYLOR)])
    s = st(kb, "Eric Garner")
    assert gates.spliced(GARNER, subj)
    assert claim(kb, s, True, False, random.Random(0)) is None
    assert claim(kb, s, False, False, random.Random(0)) is None
    assert gates.cued(f"An {subj} killed Breonna Taylor", "Breonna Taylor", subj) is False
    assert gates.cued(f"An {subj} killed Frank Garner", "Frank Garner", subj)


def test_articles_and_agreement_come_from_the_quote_and_the_head_noun():
    """"Hormones produced by the anterior pituitary drains into circulation": agreement with the head noun, and
    the quote's "the" kept."""
    q = ("Hormones produced by the anterior pituitary (in response to releasing hormones) enter a secondary capillary "
         "plexus, and from there drain into the circulation.")
    kb = kb_of([("hormones produced by the anterior pituitary", "drains into", "circulation", q),
                ("individual level of analysis", "focuses on", "decision makers", LEVELS)])
    assert fact(st(kb, "circulation")).startswith("Hormones produced by the anterior pituitary drain into the circulation")
    assert fact(st(kb, "decision makers")) == "The individual level of analysis focuses on the decision makers"
    assert gates.subject_plural("hormones produced by the anterior pituitary") is True
    assert gates.subject_plural("pancreas") is False
    assert not gates.reads_as_english("Hormones produced by the anterior pituitary drains into circulation", "drain",
                                      "Hormones produced by the anterior pituitary")
    assert not gates.reads_as_english("Kidneys produces urine", "produce")
    assert gates.reads_as_english("Kidneys produce urine", "produce")


def test_a_replacement_must_be_the_same_kind_of_thing_as_the_key():
    """"Individual level of analysis focuses on wine production": an object of the same verb, but no decision
    maker, so the claim is absurd and False is guessed."""
    kb = kb_of([("individual level of analysis", "focuses on", "decision makers", LEVELS),
                ("French economy", "focuses on", "wine production", "The French economy focuses on wine production.")])
    s = st(kb, "decision makers")
    assert not same_class(kb, s, "wine production")
    assert claim(kb, s, False, False, random.Random(0)) is None
    # the same class noun before the head ("the hormone glucagon", "hormones called glucocorticoids") is a kind
    kb2 = kb_of([("alpha cell", "produces", "hormone glucagon",
                  "The alpha cell produces the hormone glucagon and makes up approximately 20 percent of each islet."),
                 ("cells of zona fasciculata", "produce", "hormones called glucocorticoids",
                  "The cells of the zona fasciculata produce hormones called glucocorticoids because of their role."),
                 ("thyroid", "secretes", "thyroid hormone", "The thyroid secretes thyroid hormone."),
                 ("pituitary", "secretes", "growth hormone", "The pituitary secretes growth hormone.")])
    got = claim(kb2, st(kb2, "hormone glucagon"), False, False, random.Random(0))
    assert got == ("The alpha cell produces hormones called glucocorticoids", "object_replacement")


def test_a_dropped_qualifier_makes_no_item():
    """"In semi-presidential systems" dropped (taught as universal), "Initially" dropped (embryo taught as adult),
    "Deprived of glucose" dropped ("What do cells rely on?" has no single answer)."""
    assert gates.dropped_qualifier(SEMI, "be_dependent_on", "president’s authority", "legislature")
    assert gates.dropped_qualifier(VENOUS, "flow_into", "venous blood", "sinus venosus") == "Initially"
    glucose = "Deprived of glucose, cells increasingly rely on fat stores for fuel."
    assert gates.dropped_qualifier(glucose, "rely_on", "cells", "fat stores")
    assert gates.dropped_qualifier("Insulin lowers blood glucose when blood glucose rises.", "lower", "Insulin",
                                   "blood glucose") == "when blood glucose rises"
    # linking phrases narrow nothing
    assert not gates.dropped_qualifier("In addition, the testes produce the peptide hormone inhibin.", "produce",
                                       "testes", "peptide hormone inhibin")
    assert not gates.dropped_qualifier("As mentioned above, many U.S. students do not attend college.", "attend",
                                       "U.S. students", "college")
    kb = kb_of([("venous blood", "flows into", "sinus venosus", VENOUS),
                ("blood in superior and inferior venae cavae", "flows into", "right atrium",
                 "The blood in the superior and inferior venae cavae flows into the right atrium, which pumps blood."),
                ("cells", "rely on", "fat stores", glucose)])
    assert claim(kb, st(kb, "sinus venosus"), True, False, random.Random(0)) is None
    items, _ = synth.generate(kb, seed=0, per_statement=6)
    assert not any("sinus venosus" in i.prompt + i.answer and "Initially" not in i.answer for i in items
                   if i.type == "true_false"), [i.prompt for i in items]
    assert not any("rely on" in i.prompt for i in items if i.subtype != "cloze"), [i.prompt for i in items]
    # a cloze shows the book's sentence itself: the condition and the adverb stay in its prompt
    (relies,) = [i for i in items if i.subtype == "cloze" and "rely on" in i.prompt]  # one, never none
    assert "Deprived of glucose, cells increasingly rely on _____ for fuel." in relies.prompt


def test_an_open_question_needs_one_answer():
    """"What do neurons secrete?" from "Hypothalamic hormones are secreted by neurons"; "What does negative feedback
    loop control?" where another subject of the same family says negative feedback controls something else."""
    kb = kb_of([("neurons", "secrete", "hypothalamic hormones",
                 "Hypothalamic hormones are secreted by neurons, but enter the anterior pituitary through blood vessels."),
                ("negative feedback loop", "controls", "release of ADH", "The release of ADH is controlled by a negative feedback loop."),
                ("negative feedback", "controls", "levels of GnRH", "The levels of GnRH are controlled by negative feedback."),
                ("follicle-stimulating hormone", "regulates", "reproductive system",
                 "The reproductive system is regulated by follicle-stimulating hormone.")])
    items, _ = synth.generate(kb, seed=0, per_statement=6, type_mix={"open_qa": 1.0})
    prompts = [i.prompt for i in items]
    assert not any("neurons" in p for p in prompts), prompts
    assert not any("negative feedback" in p for p in prompts), prompts
    assert any("follicle-stimulating hormone" in p for p in prompts), prompts


def test_a_garbled_formula_or_a_heading_makes_no_item():
    """"Kinetic energy: ... 12mv2" (for 1/2 mv^2) and "Catalysts Do Not Affect Equilibrium" (a heading)."""
    d = ("energy associated with an object's motion, equal to one-half the product of the object's mass and the square "
         "of its velocity, 12mv2 (where m = mass and v = velocity)")
    kb = synth.KB([], [{"id": "c1", "name": "kinetic energy", "definition": d, "type": "term"}])
    assert synth.generate(kb, seed=0)[0] == []
    assert gates.garbled_formula(d) and not gates.garbled_formula("CO2 and H2O at 25 °C")
    kb2 = kb_of([("catalysts", "do not affect", "equilibrium", "Catalysts Do Not Affect Equilibrium")])
    assert gates.heading("Catalysts Do Not Affect Equilibrium")
    assert claim(kb2, kb2.statements[0], True, True, random.Random(0)) is None


def test_a_possessor_cut_from_the_object_is_no_fact():
    """"Explain the effect of low blood glucose levels on release": "its release" lost whose release it is."""
    q = "Glucagon plays an important role in blood glucose regulation; low blood glucose levels stimulate its release."
    kb = kb_of([("low blood glucose levels", "stimulate", "release", q)])
    assert not kb.supported(kb.statements[0])


def test_a_sentence_that_places_a_term_without_saying_what_it_is_defines_nothing():
    """Round 3 (political science, sociology): "a systemic threat", "an example of", "the byproduct of", "a natural
    part of", "a classic realist way of seeing", "a form of air pollution", a second clause about someone else."""
    from proda.train.items.phrases import defines

    rejected = [
        ("polarization", "Polarization is a systemic threat that can affect politics all across a political system."),
        ("North Korea", "North Korea is an example of a modern state that leans on deterrence through military means."),
        ("security dilemma", "The security dilemma is the byproduct of a system in which states are motivated to act "
                             "in their own interest."),
        ("conflict", "Conflict is a natural part of a system in which multiple organizations vie for access to "
                     "limited common resources."),
        ("balance of power", "The balance of power is a classic realist way of seeing the structure of the "
                             "international system."),
        ("radioactivity", "Radioactivity is a form of air pollution."),
        ("urbanization", "Urbanization is the study of the social, political, and economic relationships in cities, "
                         "and someone specializing in urban sociology studies those relationships."),
        ("refugee", "A refugee is defined as an individual who has been forced to leave his or her country in order "
                    "to escape war, while asylum-seekers are those whose claim to refugee status has not been validated."),
    ]
    for name, sentence in rejected:
        assert not defines(name, sentence), name
    accepted = [
        ("gout", "Gout is a form of arthritis that results from the deposition of uric acid crystals within a body joint."),
        ("environmental racism", "Environmental racism refers to the way in which minority group neighborhoods are "
                                 "burdened with a disproportionate number of hazards."),
        ("master status", "A master status is a label that describes the chief characteristic of an individual."),
    ]
    for name, sentence in accepted:
        assert defines(name, sentence), name


def test_definition_stems_read_as_english():
    """"What is Commitment?", "What is police?", "What is thyroid gland?": the term in its own case, and "What is X?"
    only where no article is missing (a plural term)."""
    concepts = [{"id": f"c{k}", "name": n, "definition": d, "type": "term"} for k, (n, d) in enumerate([
        ("Commitment", "Commitment refers to the investments that we make in the community."),
        ("thyroid gland", "large endocrine gland responsible for the synthesis of thyroid hormones"),
        ("pulmonary veins", "veins that carry highly oxygenated blood into the left atrium")])]
    for seed in range(4):
        items, _ = synth.generate(synth.KB([], concepts), seed=seed)
        prompts = [i.prompt for i in items]
        assert len(items) == 3, prompts
        assert not any("Commitment" in p or "What is thyroid gland" in p for p in prompts), prompts


def test_acts_of_one_verb_family_are_one_kind_and_inner_articles_come_from_the_quote():
    """"the release of GnRH" and "secretion of PTH" are both acts of producing; "decision makers" is no act;
    "cells of zona fasciculata" reads as the quote has it, "the cells of the zona fasciculata"."""
    from proda.train.items.claims import action_family
    from proda.train.items.render import with_article

    assert action_family("secretion") == action_family("release") != ""
    assert action_family("makers") == "" and action_family("levels") == ""
    assert with_article("cells of zona fasciculata", "The cells of the zona fasciculata produce hormones called "
                        "glucocorticoids.") == "the cells of the zona fasciculata"
    assert with_article("Breonna Taylor", TAYLOR) == "Breonna Taylor"
