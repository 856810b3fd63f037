"""A cascade told by the writer or to the reader, not by the subject: an anecdote in the first person ("No one ever
said anything to me ..., so ... I did read a number of them") or an aside that ends in advice to the reader ("the
notation grows a little thick. This cannot be helped, so ... be prepared for a hard slog").

Why a module of its own: audit round 17 (a mathematics book, whose writer often speaks in his own voice) rejected
both chains; a prose textbook rarely has them, so no chain check looked.  The parse says both in general English:
a pronoun of the first person singular (``I``, ``me``, ``my``: :func:`remarks.first_person`, the statements' check of
the writer's voice) and a step whose
verb is an imperative (a base form with no subject, no modal and no "to").  "you" is left alone: textbooks tell
processes to a generic "you" ("When you exercise, the heart beats faster").
"""

from __future__ import annotations

from proda.ingest.extract.remarks import first_person


def _imperative(span) -> bool:
    """The step's main verb (or its first auxiliary: "be prepared") is a bare base form with no subject.  Not one
    whose clause gives the content ("Recall that estrogen rises ...", "Note that ..."): the clause is the step."""
    root = span.root
    if root.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "ccomp")
                                               for c in root.children):
        return False
    auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass") and c.i < root.i]
    lead = auxes[0] if auxes else root
    return lead.tag_ == "VB" and not any(c.tag_ == "MD" or c.lower_ == "to" for c in root.children) \
        and not (lead.i > 0 and lead.doc[lead.i - 1].lower_ == "to")


def told_by_writer(spans) -> bool:
    """Whether a cascade of these step spans is the writer's anecdote or an aside to the reader."""
    return any(any(first_person(t) for t in sp) or _imperative(sp) for sp in spans)
