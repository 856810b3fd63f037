"""A third-person pronoun left inside a statement's argument (issue 11, s24-F).

Why: "The liver requires vitamin K to produce many of them" gave "liver | requires | vitamin K to produce many of
them": the argument's head is a noun, so the head-pronoun resolution (:func:`arguments` with
:func:`antecedents._resolve`) never looks at it, yet "them" stands for things named in another sentence, and the
statement teaches nothing or something wrong.  A pronoun of ``args.left_pronouns`` (it, they, them, this, these,
those used as a noun) inside the frame's object, and not the object's own head, drops the frame when no noun of its
number precedes it in its sentence, or when it points back by itself (``args.pointing_pronouns``: "can do this").
Possessives ("its", "their") are :func:`owners.owner_unclear`'s; "those who ..." names its referent in its own
clause; an "it" the parse reads as a placeholder ("makes it possible to ...") stands for the clause after it.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from proda.ingest.extract.lexdata import words


def pronoun_left(sent: Span, fr) -> bool:
    """Whether the object of frame ``fr`` holds a pronoun (``args.left_pronouns``) that is not its head."""
    doc = sent.doc
    said = set(re.findall(r"\w+", fr.object.lower()))
    left = set(words("args.left_pronouns"))
    for t in doc[fr.verb + 1:sent.end]:  # (the object may run past ``fr.end``: a clause read whole)
        if t.pos_ != "PRON" or t.lower_ not in left or t.lower_ not in said:
            continue
        if t.head.i == fr.verb and t.dep_ in ("dobj", "attr", "nsubjpass", "dative"):
            continue  # the object's own head: resolved or refused where the argument is built
        if t.dep_ == "expl" or any(c.dep_ in ("relcl", "acl") for c in t.children):
            continue  # a placeholder, or "those who ...": the clause names what it stands for
        if t.lower_ == "it" and any(c.dep_ in ("ccomp", "xcomp") and c.i > t.i for c in t.head.children):
            continue  # "makes it possible to ...": the clause after it is what "it" stands for
        if t.lower_ in words("args.pointing_pronouns") or not _named_before(t, sent):
            return True
    return False


def _named_before(p, sent: Span) -> bool:
    """Whether a noun of the pronoun's number precedes it in its own sentence ("the blood before it travels", "the
    proteins ... where they are modified"): what it stands for is then in the statement's own sentence."""
    plural = p.lower_ in ("they", "them", "those")
    for t in sent.doc[sent.start:p.i]:
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("compound", "nmod"):
            if (t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in t.children)) == plural:
                return True
    return False
