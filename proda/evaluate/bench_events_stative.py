"""Verbs the bench event writer must not turn into an agentless passive (session 28, T3).

Why: ``bench_events.render`` writes a subjectless step ("which contains actin and myosin", "possessing greater
entropy", "meaning 'power to those who get things done'") as the passive of its verb with the object as subject.
For a verb of action the passive keeps the event ("which triggers the release of ACTH" -> "The release of ACTH is
triggered").  For a stative verb of having or meaning English has no passive at all ("Greater entropy is possessed",
"Antibacterial properties are had", "... is meant"), and for a verb of relation the passive without its subject states
nothing ("Actin and myosin are contained", "Two or more distinct reactions ... are involved", "The collecting ducts
are lined"): the relation was the lost subject's.  Such a step keeps its own words (``render`` returns None).

The verbs are kept as data (``patterns/bench_stative.toml``), by meaning, read off spaCy's lemma of the verb: stative
verbs with no passive; verbs of measure only with a quantity object ("weighing about three pounds", not "measuring
blood pressure"); relation verbs; light-verb idioms ("takes place", "plays a role").  Session 28, F3: "form" in
its sense "make up" with a part for object ("forming a portion of the spermatic cord"), a verb with an object and its
complement ("making electrical signaling slower") and a verb with a fixed phrase before its object ("taking into
account the molecular structure")."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset]:
    """The toml's lists by name, each a set of lower-case words or phrases (single spaces)."""
    from proda.ingest.extract.lexdata import toml_table

    data = toml_table("bench_stative.toml")
    return {k: frozenset(" ".join(w.lower().split()) for w in v) for k, v in data.items()}


def _quantity(obj) -> bool:
    """The object counts or measures: a number in it ("about 1.8 meters", "a total of 270 ms")."""
    return any(t.like_num or t.tag_ == "CD" for t in obj.subtree)


def _part_of(obj) -> bool:
    """The object names a part of a whole: a part noun with its own "of" phrase ("a portion of the spermatic cord",
    "part of the antigen-binding site", "one component of ...")."""
    return obj.lemma_.lower() in _lists()["part_nouns"] and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)


_ADJ_TAGS = ("JJ", "JJR", "JJS", "RBR")


def _object_complement(obj) -> bool:
    """The object carries a complement of the verb ("making electrical signaling slower", "making the blood vessels
    narrower", "making the binding a specific chemical event"), read off the small parser's shapes: the adjective
    taken for the object's head, an adjective or comparative hung after the head, or a second determiner inside the
    phrase (two noun phrases read as one).  A complement the parse hung on the verb is written after it and stays
    ("rendering the blood less acidic" -> "The blood is rendered less acidic")."""
    if obj.tag_ in _ADJ_TAGS:
        return True
    if any(c.i > obj.i and c.tag_ in _ADJ_TAGS and c.dep_ in ("advmod", "amod", "acomp", "oprd")
           for c in obj.children):
        return True
    dets = [c for c in obj.children if c.dep_ == "det" and c.i < obj.i]
    return len(dets) > 1 and any(t.pos_ in ("NOUN", "PROPN", "VERB") for t in obj.doc[dets[0].i + 1: dets[-1].i])


def no_passive(root, obj) -> str | None:
    """Why the verb ``root`` with direct object ``obj`` has no agentless passive to write (the list's name), or
    None when it has one."""
    lists, lemma = _lists(), root.lemma_.lower()
    if lemma in lists["no_passive"]:
        return "no_passive"
    if lemma in lists["agent_needed"]:
        return "agent_needed"
    if lemma in lists["measure"] and _quantity(obj):
        return "measure"
    if f"{lemma} {obj.lemma_.lower()}" in lists["idioms"]:
        return "idioms"
    if lemma in lists["makeup"] and _part_of(obj):
        return "makeup"
    if lemma in lists["complement"] and _object_complement(obj):
        return "complement"
    if any(f"{lemma} {c.lower_} {p.lower_}" in lists["prep_idioms"] for c in root.children if c.dep_ == "prep"
           and c.i < obj.i for p in c.children if p.dep_ == "pobj"):
        return "prep_idioms"
    return None
