"""How the statement tests read a text: the (subject, predicate, object) of every frame the extractor keeps
(``claims.sentence_frames``, the refusals applied) for each sentence the test's pipeline finds."""

from __future__ import annotations

from proda.ingest.extract.claims import sentence_frames
from proda.ingest.extract.frames import frames
from proda.ingest.extract.nlp import load_nlp


def triples(text: str) -> list[tuple[str, str, str]]:
    """The kept frames of ``text`` as triples, in sentence order."""
    return [(f.subject, f.predicate, f.object) for s in load_nlp()(text).sents for f, _ in sentence_frames(s)]


def raw_frame(text: str, verb: str) -> tuple:
    """(frame, sentence) of the parser's frame on ``verb`` in ``text``'s first sentence, before the sentence-level
    checks: a refusal test asks its gate of that frame directly, so it cannot pass because the extractor returned
    nothing."""
    sent = next(load_nlp()(text).sents)
    return next(f for f in frames(sent) if sent.doc[f.verb].lower_ == verb), sent
