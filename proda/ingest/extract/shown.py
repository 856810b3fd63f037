"""Frames that describe the book's own demonstration, not the subject: what a picture of the page shows, what
happens in the example it walks through, and a subject the parser read out of another clause's objects.

Why (the POV-Ray tutorial's development sections, session 46): a tutorial teaches by one scene it builds and
renders, and its sentences say what that scene does.  "Look at the following example where a cylinder is used to
cut a hole in a larger box" was stored as "cylinder | is used to cut | hole in a larger box", "Blueish colors were
specified in the map, but the image shows a reddish media" as "image | shows | reddish media", "So far all of our
light sources have one thing in common. They produce sharp shadows." as "light sources | produce | sharp shadows"
(the pronoun means all of the scene's lights so far, not light sources).  The same holds of any book with figures
and worked examples ("the graph shows ...", "a case where ...").

Checks, read from the parse and general English word lists (``patterns/lexical.toml``):

* :func:`example_clause`: the frame's verb is a relative clause on an example or a part of the book ([args]
  example_owners, book_parts: "the following example where ...", "a case in which ...", "the figure, which ..."):
  it tells what happens in that one (not any noun of a worked example: "a sample that is too small, which leads to
  sampling errors" is a claim of the kind);
* :func:`picture_shows`: a verb of showing ([args] showing_verbs) whose subject is a picture of the page ([args]
  picture_nouns) with "the", "this", "these" or "our", no "of" phrase ("the graph of a parabola shows" names a
  kind of graph) and no modifier but its place on the page ("the Snellen chart" is a kind of chart);
* :func:`subject_after_object`: the subject starts right after a noun that is the object of another verb, with no
  comma between ("while giving the aperture a smaller value makes the area larger" gave the subject "smaller
  value"): a double object the parser split, or a fronted clause with its comma left out; either way the subject
  is not what the sentence says does it;
* :func:`done_to_one`: a present perfect passive with no agent whose subject is "the N", a common noun ("The
  cylinder has been subtracted from the intersection", "the connection has been made in copper", "The reactor has
  since been encapsulated in concrete"): what was just done to the one thing at hand, a state of the example or of
  one event, not a fact of the kind.  Verbs of finding and reporting ("has been shown to", "has been linked to",
  [args] perfect_report_verbs) state what is known and stay.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from proda.ingest.extract.lexdata import words

_SUBJECTS = ("nsubj", "nsubjpass")


def _clause_verb(v: Token) -> Token:
    """The verb of the clause ``v`` belongs to: the first of a coordination ("where X is cut and Y is filled") and
    the verb an infinitive completes ("is used [to cut]")."""
    while v.dep_ in ("conj", "xcomp") and v.head.pos_ in ("VERB", "AUX"):
        v = v.head
    return v


def example_clause(v: Token) -> bool:
    """The frame's verb ``v`` is a relative clause on an example noun or a part of the book."""
    c = _clause_verb(v)
    if c.dep_ != "relcl":
        return False
    owner = c.head.lemma_.lower()
    return owner in words("args.example_owners") or owner in words("args.book_parts")


def picture_shows(v: Token) -> bool:
    """"the image shows a reddish media": what one picture of the page shows (see the module docstring)."""
    if v.lemma_.lower() not in words("args.showing_verbs"):
        return False
    for s in v.children:
        if s.dep_ in _SUBJECTS and s.lemma_.lower() in words("args.picture_nouns") \
                and any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "these", "our") for c in s.children) \
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in s.children) \
                and all(any(w.lower_ in words("args.part_positions") for w in c.subtree)
                        for c in s.children if c.dep_ in ("amod", "compound", "nmod")):
            return True  # (a modifier other than its place on the page names a kind: "The Snellen chart demonstrates
            # visual acuity"; "the right-hand side plot" is one on the page)
    return False


def subject_after_object(sent: Span, v: Token) -> bool:
    """The subject of ``v`` opens right after another verb's object (see the module docstring)."""
    doc = sent.doc
    for s in v.children:
        if s.dep_ not in _SUBJECTS or s.left_edge.i <= sent.start:
            continue
        prev = doc[s.left_edge.i - 1]
        if prev.text.endswith(".") or s.left_edge.text[:1].isupper():
            continue  # "... decreasing pH. The increase in ...": a sentence the segmenter did not split
        if prev.dep_ in ("dobj", "dative") and prev.pos_ in ("NOUN", "PROPN", "PRON") and prev.head != v \
                and prev.head.pos_ == "VERB" and prev.head.i < prev.i:
            return True
    return False


def done_to_one(v: Token) -> bool:
    """A present perfect passive, no agent, on "the N" (see the module docstring)."""
    if v.tag_ != "VBN" or v.lemma_.lower() in words("args.perfect_report_verbs"):
        return False
    kids = list(v.children)
    if not (any(c.dep_ == "auxpass" and c.lower_ == "been" for c in kids)
            and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in kids)) \
            or any(c.dep_ == "agent" for c in kids):
        return False
    return any(c.dep_ == "nsubjpass" and c.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
               for c in kids)
