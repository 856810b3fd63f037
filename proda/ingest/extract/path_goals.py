"""A path's goal kept with its source: "Food passes from the esophagus into the stomach" was stored "food | passes
from | esophagus", "Countries change from rule of law to rule by law" as "countries | sometimes change from | rule
of law", "The thermal band is converted from QCAL to at-sensor radiance" as "... is converted from | QCAL".

Why: a verb of motion, transfer or change with both a source ("from A") and a goal ("to/into/toward/onto B") says
where something goes; its "from" object alone says only where it left, which a teacher reads as cut (session 31's
fresh sample: "oxygen | are carried from | pregnant person", a fragment; 22 such statements in the development
chapters, session 32's sweep).  The object then reads "A into B", the book's path whole; a goal that cannot be read
as an argument (a pronoun, a clause) leaves the frame refused, as any cut argument is.  A "to" that marks an
infinitive ("develop from simple epithelium to form ...") is no goal, nor a phrase of another verb.
"""

from __future__ import annotations

from spacy.tokens import Token

GOALS = ("to", "into", "toward", "towards", "onto")


def goal_prep(obj_head: Token, v: Token, last: int) -> Token | None:
    """The goal preposition of the path whose source ``from`` phrase has the object ``obj_head`` on verb ``v``, after
    token ``last`` (the object's end): on the verb or, where the parser hung it there, on the source noun."""
    src = obj_head.head
    if obj_head.dep_ != "pobj" or src.lower_ != "from" or src.head.i != v.i:
        return None
    cands = [c for c in list(v.children) + list(obj_head.children)
             if c.dep_ == "prep" and c.lower_ in GOALS and c.i > last
             and any(x.dep_ == "pobj" for x in c.children)]
    if not cands:
        return None
    g = min(cands, key=lambda c: c.i)
    between = obj_head.doc[last + 1:g.i]
    if any(t.is_punct or t.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ") for t in between):
        return None  # "... from A, and B goes to C": the "to" is another clause's
    return g
