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
blood pressure"); relation verbs; light-verb idioms ("takes place", "plays a role")."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset]:
    from proda.ingest.extract.lexdata import toml_table

    data = toml_table("bench_stative.toml")
    return {k: frozenset(" ".join(w.lower().split()) for w in v) for k, v in data.items()}


def _quantity(obj) -> bool:
    """The object counts or measures: a number in it ("about 1.8 meters", "a total of 270 ms")."""
    return any(t.like_num or t.tag_ == "CD" for t in obj.subtree)


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
    return None
