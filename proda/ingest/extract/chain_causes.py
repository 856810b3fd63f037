"""A causal sentence as two steps of a cascade: "X leads to Y." is the cause X and the effect Y (session 22, E7).

Why: "The increase in volume leads to a decrease in pressure. This causes air to flow into the lungs." names three
events in order -- the increase, the decrease, the inflow -- but the cascade (``chain_cascades``) reads each clause as
one step, so the run has two and no chain (``limits.min_steps``).  E7's sample of process paragraphs in four books
(docs/audits/dev-2026-12-03/E7.md) found this the largest cause of missed chains outside lists and narratives; E3
(session 20) found it in chemistry, sociology and political science alike.

Only where the run would otherwise fall one step short (``cut_before_verb`` is asked of the first step of a two-step
run): a longer run stands as found.  Only a sentence whose main verb is of the lexicon's "cause" family (a verb that
says nothing but that X brings Y about: "lead to", "result in", "cause", "contribute to", "trigger"), active (a passive
"Y is caused by X" tells the effect first), not negated, with a noun subject that opens the step and is no pronoun or
demonstrative ("This leads to Y" names no event of its own).  "Produce", "create", "prompt"-like verbs of other
families are left out: "Nitrosamines produce cancer. This has prompted ..." (E3's census) makes a maker and its
product, and the "This" is the finding.
"""

from __future__ import annotations

from proda.ingest.extract.chain_leads import _verb_family
from proda.ingest.extract.chain_rules import rules

_CAUSE_FAMILY = "cause"


def cut_before_verb(span) -> int:
    """Where the step ``span`` splits into its cause (the subject) and its effect (the verb on), or -1.

    The cut lies right after the subject's last word, so the effect step opens on the verb group ("can lead to Y",
    "ultimately led to Y"); only auxiliaries, a negation-free adverb or nothing may stand between subject and verb."""
    root = span.root
    if root.pos_ != "VERB" or _verb_family(root) != _CAUSE_FAMILY:
        return -1
    if any(c.dep_ in ("neg", "nsubjpass", "auxpass", "csubj") for c in root.children):
        return -1
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.i > root.i:
        return -1
    first = next((t for t in span if not t.is_punct), None)
    if first is None or subj.left_edge.i != first.i:
        return -1  # "Sensory symptoms are common, and autonomic failures can lead to ...": the subject opens no step
    dem = rules()["cascade"]["demonstratives"]
    if any(t.pos_ == "PRON" or t.lower_ in dem for t in subj.subtree):
        return -1  # "This leads to ...", "The sum of these changes initiates ...": a pointer back, no event of its own
    if any(t.pos_ in ("VERB", "AUX") for t in subj.subtree) or any(c.dep_ == "conj" for c in subj.children):
        return -1  # a subject with its own clause, or a list of parallel causes ("Lung disease, shock, and anxiety")
    if not names_event(subj):
        return -1
    cut = subj.right_edge.i + 1
    if not all(t.dep_ in ("aux", "advmod") and not t.is_punct for t in span.doc[cut:root.i]):
        return -1  # ", however," or an aside between: the subject is not simply what the verb's clause is about
    if not any(c.dep_ in ("dobj", "prep", "ccomp", "xcomp") and c.i > root.i for c in root.children):
        return -1  # no effect named after the verb
    if any(t.dep_ == "advcl" and t.i > root.i and any(m.dep_ == "mark" for m in t.children) for t in span):
        return -1  # "X causes Y, as Z stimulates W that ...": a subordinate clause after the effect tells how or why
        # it comes about (round 22: the melanin sentence read UV -> melanin -> melanocytes, the book's mechanism
        # reversed); what follows may go on from that clause, not from Y, so the sentence stays one step
    return cut


def split_cause(segs: list[tuple], sents) -> tuple[list[tuple], bool]:
    """A run's segments (sentence index, token start, token end, linked, then-only) with its first cut into cause and
    effect where the run is one step short of a chain and its second step follows as an outcome (not only "then");
    and whether it was cut (the cause step, a noun phrase, is then no clause to check as one)."""
    if len(segs) != rules()["limits"]["min_steps"] - 1 or segs[1][4]:
        return segs, False
    i, a, z, linked, then = segs[0]
    k = cut_before_verb(sents[i].span.doc[a:z])
    if not a < k < z:
        return segs, False
    return [(i, a, k, linked, then), (i, k, z, True, False), *segs[1:]], True


def names_event(subj) -> bool:
    """Whether the subject noun phrase names an event or a state, not an agent: its head an event or state noun
    (``cascade.event_nouns``, ``state_nouns``), a measure noun or a head moved by a change word ("High blood glucose
    levels", "High temperature": ``shared``), or a head noun with an ending of events and states
    (``cascade.event_suffixes``: "disruption", "deficiency", "pressure", "passage").  "The brain triggers ...",
    "Oxytocin causes ...", "Progesterone triggers ...": who acts is no step of the process (dev sweep, E7)."""
    c, sh = rules()["cascade"], rules()["shared"]
    lemma = subj.lemma_.lower()
    if lemma in c["event_nouns"] or lemma in c["state_nouns"] or lemma in sh["measure_nouns"]:
        return True
    if any(t.lower_ in sh["change_words"] for t in subj.subtree if t.i < subj.i):
        return True
    return subj.pos_ == "NOUN" and len(lemma) > 5 and lemma.endswith(tuple(c["event_suffixes"]))
