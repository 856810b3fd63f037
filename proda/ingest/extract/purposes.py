"""A purpose after a prepositional object joins the object: "relies on China [to keep North Korea in line]".

Why a module of its own: audit round 10 rejected "international community | relies on | China" (the book: relies
on China to keep North Korea in line): after "rely on X", "count on X", "turn to X", the infinitive says what X is
relied on for, and without it the frame claims a general dependence the book does not state.  Only after a verb of
reliance or means (lexical verbs.reliance: rely, depend, count, turn, look, use, call ...) is the infinitive the
object's: after any other verb it is the subject's purpose ("Many retirees move to Florida [to escape the cold]",
review R15 #3 rejected "Florida to escape the cold winters" as the object), and the frame is left as it was.
Joined only when it is short, plain and adjacent (no comma, no personal pronoun -- a possessive "their" is read
within the frame, round 21 --, no clause of its own inside); an adjacent one that is not refuses the frame (round
21: the bare frame says a dependence the book does not), one apart from the object leaves the frame as it was.
"""

from __future__ import annotations

from spacy.tokens import Span

from proda.ingest.extract.lexdata import words

_MAX = 12  # tokens of the joined infinitive clause


def purpose_joined(sent: Span, fr):
    """``fr`` with the infinitive of purpose right after its prepositional object joined to the object, or ``fr``;
    ``None`` when that infinitive is there but cannot be joined (audit round 21: "Society relies on schools to teach
    about human sexuality as well as basic skills such as budgeting ...—topics that ..." gave "society | relies_on |
    schools": what schools are relied on for is the claim, and the bare frame says a dependence the book does not)."""
    doc = sent.doc
    v = doc[fr.verb]
    if not fr.rule.startswith("phrasal") or v.lemma_.lower() not in words("verbs.reliance"):
        return fr
    last = fr.object.split()[-1] if fr.object.split() else ""
    for c in v.children:
        if c.dep_ not in ("advcl", "xcomp") or c.tag_ != "VB" or any(m.dep_ == "mark" for m in c.children) \
                or not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            continue
        toks = sorted(c.subtree, key=lambda t: t.i)
        while len(toks) > 1 and toks[-1].is_punct:
            toks.pop()  # "to maintain power, a minority party ...": the clause's comma hung under its object
        a, b = toks[0].i, toks[-1].i + 1
        if a == 0:
            return fr
        if doc[a - 1].text != last:
            w = doc[a - 1]
            while w.dep_ == "conj" and w.head.i < w.i:
                w = w.head
            # "appealed to the United States and the Soviet Union to think ...": the first conjunct's frame too
            # lacks what it was appealed to for (session 41's political science sample, judged wrong)
            return None if w.i != a - 1 and w.text == last else fr
        if len(toks) > _MAX or b - a != len(toks) \
                or any(t.is_punct or t.tag_ in ("PRP", "WDT", "WP") or t.dep_ in ("relcl", "ccomp", "advcl")
                       or (t.dep_ == "det" and t.lower_ in words("cloze.demonstratives"))
                       for t in toks if t.i != c.i and t.i > a):
            return None  # right after the object but too long or not plain to join: the bare object is no claim
        return fr.model_copy(update={"object": f"{fr.object} {doc[a:b].text}", "end": max(fr.end, b)})
    return fr
