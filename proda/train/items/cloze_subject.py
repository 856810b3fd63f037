"""Cloze gates on the sentence's subject: whether the sentence is about something named in another sentence, so the
blank cannot be told from the prompt (a pronoun or "this ..." subject, an anaphoric word alone, a labelled part of
the book, an everyday noun narrowed by adjectives alone).  Moved out of ``cloze`` unchanged (s28-T2: file size);
``cloze.blank_or_refusal`` still calls them in the same place and names the refusal "cloze:_about_elsewhere" as
before (the funnel's key); ``about_elsewhere`` and ``PRONOUN_SUBJECT`` are public (review item 10)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from proda.ingest.extract.lexdata import words
from proda.train.items.phrases import general_word

if TYPE_CHECKING:
    from proda.train.items.cloze import Quotes

PRONOUN_SUBJECT = words("cloze.pronoun_subjects")


def about_elsewhere(doc, chunk: str = "", quotes: Quotes | None = None) -> bool:
    """The main clause's subject is a pronoun or opens with "this"/"these"/"such": the sentence is about something
    named in another sentence, so the blank cannot be told from the prompt."""
    if doc[0].text.lower() in PRONOUN_SUBJECT and not _names_both(doc[0]):
        return True  # "This curved, superior margin of the ilium is ...", "They hunted ..."
    for t in doc:
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT":
            first = t.left_edge.text.lower()
            if t.pos_ == "PRON" or t.text.lower() in PRONOUN_SUBJECT or (
                    first in PRONOUN_SUBJECT and not _names_both(t.left_edge)):
                return True
            if t.lower_ in words("args.anaphoric_modifiers") or book_part(doc[t.left_edge.i: t.i + 1], t):
                return True  # "The same is true for ...", "The latter depends on ...", "Part III moves to ..."
            deps = {c.dep_ for c in t.children}
            # "The large anterior opening is ...": an everyday noun narrowed by adjectives alone, without "of" or a
            # name (not "the hip bones", "the end of each metatarsal"), and said only here in its chunk (not "the
            # autonomic nervous system", a name the text repeats): the opening of what was said before
            phrase = doc[t.left_edge.i + 1: t.i + 1].text.lower()
            return (first == "the" and "amod" in deps and not deps & {"prep", "compound", "poss", "appos", "relcl"}
                    and general_word(t.text) and chunk.lower().count(phrase) < 2
                    and (quotes.count(phrase) if quotes else 0) < 2)
    return False


def _names_both(t) -> bool:
    """"Both X and Y ...": "both" opens a coordination that names what the sentence is about (S14-I funnel: "Both
    marriage and family create ...", "Both respiratory rate and depth are controlled by ..." gave no cloze), not
    the pronoun of "Both are ..." or "Both of them ..." (the subject itself)."""
    return t.lower_ == "both" and t.dep_ in ("det", "preconj") and any(c.dep_ == "conj" for c in t.head.children)


_LABEL = re.compile(r"^(\d+(\.\d+)*|[IVXLC]+|[A-Z])$")


def book_part(phrase, head) -> bool:
    """A subject that names a labelled part of the book ("Part III", "Chapter 4", "Section 2.1"): the sentence tells
    the book's plan, not a fact of its subject.  Not "the front part of the car" (no label) nor "Section 2 of the
    new law" (a part of something the phrase names)."""
    if any(c.dep_ == "prep" for c in head.children):
        return False
    toks = list(phrase) + [c for c in head.children if c.dep_ in ("nummod", "appos") and c.i > head.i]
    return any(a.lower_ in words("cloze.book_parts") and _LABEL.match(b.text) for a, b in zip(toks, toks[1:]))
