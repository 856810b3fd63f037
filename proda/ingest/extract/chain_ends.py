"""The ends of a chain's name, read from its steps (``chains._thing_ends``, issue 11 / audit round 23): an end cut
before a clause that modifies its noun, and a first end that is one everyday word named with its event.

Why: a cascade whose ends did not read as things was named by its section heading alone, which says where, not which
process ("Wireless Communication" over a double-slit cascade).  Its own ends usually do name it once a participle or
relative clause is cut off ("two closely spaced waves coming into contact at the detector" -> "two closely spaced
waves"), and a one-word subject reads as a process with its event ("light passing through the two slits").
"""

from __future__ import annotations

import re

from proda.ingest.extract.chain_events import Event, concept_name
from proda.ingest.extract.chain_rules import rules


def clause_cut(arg: str, steps) -> str:
    """``arg`` up to a clause that modifies one of its nouns, as the step's parse reads it (a relative clause, a
    participle: "two waves coming into contact" -> "two waves"); ``arg`` as it stands where no step holds it."""
    for st in reversed(steps):
        hits = list(re.finditer(rf"(?<!\w){re.escape(arg.lower())}(?!\w)", st.span.text.lower()))
        if hits:
            at = st.span.start_char + hits[-1].start()
            sp = st.span.doc.char_span(at, at + len(arg), alignment_mode="expand")
            if sp is None:
                return arg
            k = next((t.left_edge.i for t in sp[1:] if t.dep_ in ("acl", "relcl") and t.head.i < t.left_edge.i), None)
            if k is None:
                return arg
            return concept_name(sp.doc[sp.start:k].text) if k > sp.start else arg
    return arg


def with_event(subj: str, ev: Event, steps) -> str:
    """ "light" + "passes through" + "the two slits" -> "light passing through the two slits": a one-word subject named
    with what it does in its step; "" where the event has no object, is negated or its verb is no plain finite one."""
    from lemminflect import getInflection, getLemma

    pred, obj = ev.step.predicate.split(), clause_cut(concept_name(ev.step.object), steps) if ev.step.object else ""
    verb = next((t for st in steps for t in st.span if t.text == pred[0]), None) if pred else None
    if verb is None or verb.pos_ != "VERB" or not obj or ev.negated:
        return ""  # "does not cross", "is converted": an auxiliary opens the predicate, no plain event
    lemma = (getLemma(pred[0].lower(), upos="VERB") or ("",))[0]
    ing = (getInflection(lemma, tag="VBG") or ("",))[0] if lemma else ""
    out = " ".join([subj, ing, *pred[1:], obj]) if ing else ""
    return out if ing and len(out.split()) <= rules()["naming"]["max_end_words"] else ""
