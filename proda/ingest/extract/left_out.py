"""What a frame leaves outside it that its claim needs (independent audit round 15).

Why a module of its own: each check answers a reject of round 15 that no earlier rule caught, and each asks of the
sentence what the frame's words do not carry:

* a range a verb of extent states ("Stars range in surface temperature from a few thousand degrees to 50,000
  degrees" stored "stars | range_in | surface temperature"): with "range", "vary", "extend" (lexical
  left_out.range_verbs) the from-to is the fact; cut before it, the frame says nothing true of its own
  (:func:`range_left_out`);
* a hedge in parentheses inside an argument ("spheres of (mostly) hydrogen gas" stored "spheres of hydrogen gas"):
  the argument drops the bracket and with it the hedge, stating more than the book (:func:`bracketed_hedge`).

Each check reads the parse and general English words (``patterns/lexical.toml`` [left_out]); when one fires the frame
is dropped (precision first).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from proda.ingest.extract.lexdata import words


def _in_frame(t: Token, fr) -> bool:
    return fr.start <= t.i < fr.end


def range_left_out(sent: Span, fr) -> bool:
    """A verb of extent (lexical left_out.range_verbs) with a "from" phrase whose span (with its "to") the frame
    does not hold: "Planets range in mass [from a tenth of the Earth to 300 Earths]".  A frame whose object holds
    the whole range ("range | from A to B") stays."""
    v = sent.doc[fr.verb]
    if v.lemma_.lower() not in words("left_out.range_verbs"):
        return False
    heads = [v] + [c for c in v.children if c.dep_ == "prep"]
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ == "from" and c.i > v.i:
                span = [t for t in c.subtree] + [x for t in v.children if t.dep_ == "prep" and t.lower_ == "to"
                                                 and t.i > c.i for x in t.subtree]
                if not all(_in_frame(t, fr) for t in span):
                    return True
    return False


def bracketed_hedge(sent: Span, fr) -> bool:
    """A hedge adverb in parentheses (lexical left_out.bracket_hedges: "(mostly)", "(usually)") inside the frame's
    span and not among its words: the argument text leaves bracketed words out, so the frame states the claim
    without its hedge.  A hedge outside the brackets ("mostly hydrogen") is in the argument and stays."""
    doc = sent.doc
    hedges = words("left_out.bracket_hedges")
    said = f"{fr.subject} {fr.predicate} {fr.object}".lower().replace("_", " ").split()
    for t in doc[max(fr.start, sent.start):min(fr.end, sent.end)]:
        if t.lower_ in hedges and t.i > sent.start and t.i + 1 < sent.end and doc[t.i - 1].text == "(" \
                and doc[t.i + 1].text == ")" and t.lower_ not in said:  # "is made largely of": kept in the verb
            return True
    return False
