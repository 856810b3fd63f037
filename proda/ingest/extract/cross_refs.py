"""A statement that only says where something is set out: a cross-reference, no fact of the subject.

Why: a book points its reader elsewhere in sentences a frame reads as a claim: "The use of multi-output trees for
regression is demonstrated in Multi-output Decision Tree Regression" (an example's title), "The original algorithm
is detailed in this paper", "Various mixtures of solutes and water are described in chemistry".  Stored, each
teaches the title of a page or the name of a field as if it were knowledge ("Complete this sentence: The use of
multi-output trees for regression is demonstrated in _____.", round 29).

How: the frame's verb is a verb of setting out (``[verbs] exposition``: demonstrate, detail, describe, discuss ...)
in the passive, and the predicate ends on "in": the object is the place of the exposition.  An active "X describes
Y" (a theory describing a relation) and a passive with its agent ("is described by the Nernst equation") stay.
"""

from __future__ import annotations

from proda.ingest.extract.lexdata import words


def cross_reference(fr, doc) -> bool:
    """Whether the frame ``fr`` of ``doc`` is a passive verb of setting out whose object is where it is set out."""
    if not (0 <= fr.verb < len(doc)) or fr.predicate.split()[-1:] != ["in"]:
        return False
    verb = doc[fr.verb]
    passive = verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)
    return passive and verb.lemma_.lower() in words("verbs.exposition")
