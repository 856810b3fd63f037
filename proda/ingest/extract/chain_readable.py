"""A step's text as an event sentence (audit round 12): a step cut at a connective keeps its clause's own words.

Why: a cascade step is quoted from its clause, and the clause often opens on the link that tied it to the step
before -- ", so less dust reaches the engine", ", which in turn meant there were fewer rural jobs".  Read alone (a
flashcard, an ordering item) such a step is a fragment.  Where the parse gives the clause its own subject, the link
is dropped and the clause stands as a sentence:

- a leading result connective (``readable_step.result_openers``: "so", "thus") before a clause with its own subject
  ("so less dust reaches the engine" -> "less dust reaches the engine");
- a leading relative "which" (after optional "in turn" / "then") on a verb of meaning (``readable_step.meaning_verbs``:
  "meant", "implied") whose complement clause has its own subject ("which in turn meant there were fewer rural jobs"
  -> "there were fewer rural jobs").

Nothing else changes: "which lowers the demand" (the relative's verb is the event) and "so that ..." (a purpose)
keep their words.
"""

from __future__ import annotations

from proda.ingest.extract.chain_rules import rules

_SUBJ = ("nsubj", "nsubjpass", "expl", "csubj")


def _words(span) -> list:
    return [t for t in span if not t.is_punct]


def _text_from(span, tok) -> str:
    """The step's text from ``tok`` on, its first letter as written."""
    doc = span.doc
    return doc.text[tok.idx: span.end_char].strip()


def readable(step_text: str, span) -> str:
    """``step_text`` with a leading connective / relative dropped where the clause after it has its own subject."""
    ws = _words(span)
    if len(ws) < 3:
        return step_text
    rs = rules()["readable_step"]
    first = ws[0]
    if first.lower_ in rs["result_openers"] and ws[1].lower_ != "that":
        verb = span.root  # "so" may hang on a word of the clause ("so less dust": on "less"), the clause's verb is the root
        if verb.pos_ in ("VERB", "AUX") and verb.i > first.i \
                and any(c.dep_ in _SUBJ and first.i < c.i < span.end for c in verb.children):
            return _text_from(span, ws[1])
        return step_text
    if first.lower_ == "which" and first.dep_ in ("nsubj", "nsubjpass"):
        verb = first.head
        if verb.lemma_.lower() in rs["meaning_verbs"]:
            comp = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
            if comp is not None and any(c.dep_ in _SUBJ for c in comp.children):
                start = min(t.i for t in comp.subtree if not (t.dep_ == "mark" and t.lower_ == "that"))
                return _text_from(span, span.doc[start])
    return step_text
