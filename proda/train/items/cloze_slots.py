"""Blanks in a slot other than the noun phrase of the statement's object, where that object fills none.

The passive agent (S14-I, development KBs): "The frame of the windpipe is formed by thick bands of cartilage" is
stored as "thick bands of cartilage | form | frame of windpipe"; its object is the sentence's subject, which no
cloze blanks (the blank must fill an object slot, and the subject is what the sentence is about), so the sentence
taught nothing -- 37 of anatomy's 218 statements that found no blank.  Its subject, the agent after "by", fills a
slot (the object of the agent preposition) and is what the sentence says of its subject: "... is formed by _____."
keeps the patient, the tense and any hedge in the prompt, as every cloze does.  Only where the object is the passive
subject of the very verb whose agent phrase holds the statement's subject; every gate of the object's cloze
(pronouns, pointing back, the paragraph, a thin stem) still reads the blank.

The verb's own preposition: "The renal artery supplies blood to the kidney" is stored "renal artery | supply | blood
to the kidney", an object of two constituents (the verb's object and the verb's "to" phrase), so no one noun phrase
holds it (76 statements of the four development books).  The noun phrase of that preposition is the blank
("supplies blood to _____."): the specific part of the statement, while the bare thing moved ("blood") would be a
key the verb all but gives.  Only a direct object followed at once by a preposition of a path's source or end
hung on the same verb (lexical vacuous.change_preps: from, to, into, toward); a clause ("requires surgery to remove
...") is left, and so is any other preposition: the development sweep's "plays a crucial role [in our globalized
world]", "serve a latent function [in society]" (a light noun's own phrase the parse hung on the verb), "follow
the bronchi [in the lungs and branch]" (a verb read as a noun), "at different rates" (a manner) gave vague or
garbled keys.
"""

from __future__ import annotations

from proda.ingest.extract.lexdata import words
from proda.train.items.phrases import grown_roots, parse, spans


def _passive_verb(doc, obj: str, quote: str):
    """The verb whose passive subject (nsubjpass) is the noun phrase of ``obj`` in the quote, or None."""
    for _a, _b, t in grown_roots(doc, obj, quote):  # "blood" of "blood flow": the subject's phrase is "blood flow"
        if t.dep_ == "nsubjpass":
            return t.head
    return None


def agent_blank(quote: str, s: dict, blank_span) -> tuple[int, int] | None:
    """Token span [a, b) of the agent phrase that holds ``s``'s subject, where ``s``'s object is the subject of
    the same passive verb; ``blank_span`` is the object blank finder of ``cloze`` (slot, length, closed phrase)."""
    doc = parse(quote)
    verb = _passive_verb(doc, s["object"], quote)
    if verb is None:
        return None
    got = blank_span(quote, s["subject"])
    if got is None:
        return None
    root = doc[got[0]:got[1]].root
    by = root.head
    if root.dep_ == "pobj" and by.dep_ == "agent" and by.head.i == verb.i:
        return got
    return None


def tail_blank(quote: str, s: dict, blank_span) -> tuple[int, int] | None:
    """Token span [a, b) of the noun phrase of the verb's preposition that ends ``s``'s object, where the object
    is the verb's direct object followed at once by that preposition ("blood [to the kidney]")."""
    doc = parse(quote)
    for a, b in spans(s["object"], quote):
        inside = set(range(a, b))
        roots = [t for t in doc[a:b] if t.head.i not in inside or t.head.i == t.i]
        if len(roots) != 2:
            continue
        obj, prep = roots
        if not (obj.dep_ == "dobj" and prep.dep_ == "prep" and prep.head.i == obj.head.i
                and prep.i == obj.right_edge.i + 1 and prep.lower_ in words("vacuous.change_preps")):
            continue
        pobj = [c for c in prep.children if c.dep_ == "pobj"]
        if len(pobj) != 1 or pobj[0].left_edge.i != prep.i + 1:
            continue
        got = blank_span(quote, doc[prep.i + 1:b].text)
        if got is not None and doc[got[0]:got[1]].root.i == pobj[0].i:
            return got
    return None


__all__ = ["agent_blank", "tail_blank"]
