"""Session 28, T3: a stative verb with no passive in English, or a relation verb whose passive says nothing without
its lost subject, is not written as an agentless passive event (``bench_events_stative.no_passive``, lists in
``patterns/bench_stative.toml``).  Every step below is a clause of a development chapter (anatomy, chemistry,
sysadmin, databases, accounting) that ``bench_events.render`` wrote, before the fix, as the passive shown beside it.
Their neighbours, verbs of action and a measure verb with no quantity, are still written.  Session 28, F3 added
"house", "form" with a part for object, "make" with a complement and "take into account" (T3's leftovers)."""

import pytest

from proda.evaluate.bench_events import render


@pytest.mark.parametrize("step", [
    "which have antibacterial properties.",  # was "Antibacterial properties are had"
    "which has a central carbon atom bonded to two oxygen atoms (O=C=O).",  # "... is had"
    "possessing greater entropy.",  # "Greater entropy is possessed"
    "meaning the membrane potential moves toward zero.",  # "... are meant"
    "which undergo changes in color upon exposure to sufficient concentrations of specific substances.",
    "which resembles the lymphoid follicles of the lymph nodes.",  # "... are resembled"
    "lasting a total of 270 ms.",  # "A total of 270 ms is lasted"
    "weighing about three pounds in an adult.",  # "About three pounds in an adult are weighed"
    "which contains actin and myosin.",  # "Actin and myosin are contained"
    "which contain brush border enzymes that complete the digestion of carbohydrates and proteins.",
    "which includes extensive documentation.",  # "Extensive documentation is included"
    "involving powerful tools which are often difficult to master.",  # "... are involved"
    "which line the collecting ducts.",  # "The collecting ducts are lined"
    "which represents the extent of the acid or base ionization reaction.",  # "... is represented"
    "which takes place in mitochondria.",  # "Place is taken in mitochondria"
    "which plays a role in metabolism.",  # "A role in metabolism is played"
    "which can take some time.",  # "Some time can be taken"
    # s28-F3, from the same pools: "house" as a relation, "form" as "make up" with a part for object, an object with
    # its complement, a fixed phrase before the object
    "which house a grid of arteries and veins.",  # "A grid of arteries and veins is housed"
    "forming a portion of the spermatic cord.",  # "A portion of the spermatic cord is formed"
    "forming one component of the spermatic cord.",  # "One component of the spermatic cord is formed"
    "forming part of the antigen-binding site on the antibody molecules.",  # "Part of ... is formed"
    "making electrical signaling slower.",  # "Electrical signaling slower is made"
    "making the binding a specific chemical event ().",  # "The binding a specific chemical event () is made"
    "taking into account the molecular structure.",  # "The molecular structure is taken"
])
def test_stative_and_relation_verbs_are_not_written_as_passives(nlp, step):
    assert render(nlp(step)) is None


@pytest.mark.parametrize("step, event", [
    ("which triggers secretion of TSH from the anterior pituitary.",
     "Secretion of TSH from the anterior pituitary is triggered"),
    ("which measures size.", "Size is measured"),  # a measure verb without a quantity is an action
    ("forming bronchial buds.", "Bronchial buds are formed"),
    ("forming a brush border.", "A brush border is formed"),  # "form" as "build" keeps its passive
    ("making a significant contribution to the flow of blood.",
     "A significant contribution to the flow of blood is made"),  # "make" with no complement
    ("which requires a much stronger electrical signal because of the larger size of the ventricular cardiac muscle.",
     "A much stronger electrical signal is required because of the larger size of the ventricular cardiac muscle"),
    ("receiving about 25 percent of the cardiac output at rest.",
     "About 25 percent of the cardiac output is received at rest"),
])
def test_verbs_of_action_are_still_written(nlp, step, event):
    assert render(nlp(step)) == event
