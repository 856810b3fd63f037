"""Arguments that count or are cut at a suspended hyphen: refused by :func:`arguments.arg_at` (moved out of
:mod:`arguments` unchanged, session 28, to keep that module under its size).

Why: "two blue spheres" counts the page's items (a worked example, no general fact), but "a first-order reaction"
is no count; "treats first-, second- and third-degree burns" read as "burns" drops the modifiers the parse hung
elsewhere.
"""

from __future__ import annotations

from spacy.tokens import Token


def suspended_cut(toks: set[Token]) -> bool:
    """The parse hung a suspended-hyphen modifier before the argument on another word ("treats first-, second- and
    third-degree burns": "burns" alone): a word ending in "-" before the phrase, reached with no verb, preposition,
    determiner or comma between, is a modifier the argument drops (review R21).  One inside it ("second- and third-wave
    feminism") is kept with its phrase; an argument that ends on one ("includes | second-") is its noun's half."""
    doc, first = next(iter(toks)).doc, min(t.i for t in toks)
    if len(doc[max(t.i for t in toks)].text) > 1 and doc[max(t.i for t in toks)].text.endswith("-"):
        return True
    sent = doc[first].sent
    for x in reversed(doc[sent.start:first]):
        if x in toks or x.pos_ in ("VERB", "AUX", "ADP", "DET", "PRON", "PART", "SCONJ") or x.text in (",", ";"):
            return False
        if len(x.text) > 1 and x.text.endswith("-") and x.text[:-1].isalpha():
            return True
    return False


def counted(t: Token) -> bool:
    """A number word in an argument; an ordinal spelt out and joined by a hyphen to the next word is the first
    half of a compound modifier ("a first-order reaction", "second-degree burns"), no count."""
    if not (t.like_num or t.pos_ == "NUM"):
        return False
    return not (t.pos_ == "ADJ" and t.is_alpha and t.i + 2 < len(t.doc) and t.doc[t.i + 1].text == "-"
                and t.doc[t.i + 2].is_alpha and t.doc[t.i + 2].pos_ != "CCONJ")  # (not "second- and third-wave")
