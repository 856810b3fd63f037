"""A chain step of two coordinated verbs, written as its two events: "increasing the GFR and enhancing the loss of
water to the urine" -> "The GFR is increased and the loss of water to the urine is enhanced"; "This increases the
intensity of contractions and prompts dilation of the cervix" -> "The intensity of contractions is increased and
dilation of the cervix is prompted".

Why (session 23, task B): ``bench_events.render`` writes a step of one event and leaves a step of two alone, so every
question quoting such a step was refused as unreadable and no item could mix it with whole sentences.  On the four
development KBs read for this (anatomy 05, 17, 19, 25) the refused steps were most often of this shape, and a whole
chain whose middle step is one gets no order item.  Each half is its own event: the book states both, the step's
sign is each verb's own (a "preventing" half stays "is prevented"), and each half is written by ``render`` with all of
its checks, so a half that ``render`` refuses (a pronoun, a hedge, a modal, a "by" agent, a context-bound phrase)
leaves the whole step unwritten.

Only the plain shape: one sentence whose main verb has one coordinated verb of the same form joined by "and" (not
"or", "but": one of two, or a contrast), that verb with no subject of its own (else two clauses, "X rises and Y
falls"), running to the end of the step; no modal or negation on the first verb (it would govern both, and the second
half would lose it); the shared subject, if any, a placeholder ("This", "which") that opens the step.
"""

from __future__ import annotations

_PUNCT = frozenset(".,;:!?")


def pair(doc, nlp) -> str | None:
    """The two events of a step of two coordinated verbs (``doc``: the step parsed; ``nlp`` parses each half), or
    None when the step is not of the module doc's shape or ``render`` refuses either half."""
    from proda.evaluate.bench_events import PLACEHOLDERS, render

    sents = list(doc.sents)
    if len(sents) != 1 or nlp is None:
        return None
    root = sents[0].root
    if root.pos_ != "VERB":
        return None
    conjs = [c for c in root.children if c.dep_ == "conj"]
    ccs = [c for c in root.children if c.dep_ == "cc"]
    if len(conjs) != 1 or len(ccs) != 1:
        return None
    conj, cc = conjs[0], ccs[0]
    if conj.pos_ != "VERB" or conj.tag_ != root.tag_ or cc.lower_ != "and" or not root.i < cc.i < conj.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in conj.children):
        return None  # "X rises and Y falls": two clauses, each with its subject
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in root.children):
        return None  # "may increase X and prompt Y": the modal governs both halves
    end = len(doc)
    while end and doc[end - 1].text in _PUNCT:
        end -= 1
    if min(t.i for t in conj.subtree) != cc.i + 1 or max(t.i for t in conj.subtree) != end - 1:
        return None  # the second verb's words must be all that follows "and"
    subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subj and (len(subj) != 1 or subj[0].i != 0 or subj[0].lower_ not in PLACEHOLDERS):
        return None  # a subject of its own: the step is a sentence, and ``render`` left it for a reason
    if not subj and root.tag_ != "VBG":
        return None  # only a participle pair ("increasing X and enhancing Y") needs no subject
    stop = cc.i - 1 if doc[cc.i - 1].text == "," else cc.i
    first = doc[:stop].text
    second = doc[cc.i + 1:end].text
    if subj:
        second = f"{subj[0].text} {second}"  # "This increases X and prompts Y": "This prompts Y"
    a, b = (render(nlp(h)) or render(nlp(other_end(h))) for h in (first, second))  # each half at either end
    if not a or not b:
        return None
    head = b.split()[0]
    said = next((w for w in second.split() if w.lower() == head.lower()), head)
    b = (said[:1] + b[1:]) if said[:1].islower() else b  # the second event keeps its first word's own case
    return f"{a}{',' if stop != cc.i else ''} and {b}"


def other_end(text: str) -> str:
    """The step with the full stop it was cut without, or without the one it kept: a second reading of the same words
    for ``renderer`` when the first gives no event.  Why: the small parser reads a clause differently by whether it
    ends a sentence; a step cut before the period ("causing the collecting duct to retain Na+") had "Na+" hung outside
    its clause and was refused as losing words, and one that kept it ("resulting in greater vasodilation, greater
    GFR, and more water lost in the urine.") was parsed with "water" as the subject of "lost".  Only a step the first
    parse left unwritten is read again, and ``render``'s checks apply to the new parse unchanged, so a step written
    before is written the same and a shape refused on its words (two events, a hedge, a pronoun) stays refused
    (session 18, the four development KBs: three more steps written, benchmark items 37 -> 41, anatomy 25: 8 -> 10)."""
    t = text.rstrip()
    return t[:-1].rstrip() if t.endswith(".") else t + "."
