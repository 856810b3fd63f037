"""An additive focus word on the statement's verb: "Education also fulfills latent functions", "In addition, the
testes produce inhibin", "... secrete renin as well".

Why (audit round 21, sociology train row 2): "According to the text, what does education fulfill?" keyed "latent
functions" from "Education also fulfills latent functions": the sentence says other answers exist (manifest
functions), so the key is not the only one.  A question that asks the object of the verb ("what does X <verb>?",
"What kind of thing is X?") is not asked from such a sentence; a question that names both ends ("How does X affect Y?") is.  A
cloze keeps the word in its prompt and is left alone: on the development KBs a cloze gate on it removed 10 items: 4 a
teacher keeps, 4 doubtful, 2 wrong ("Bones also protect internal organs from _____": "also" stresses the verb or the subject, the blank
is still the one).

Not additive: the word on another verb of the sentence ("treat injuries but they also treat ..."), a verb joined to
an earlier one in the sentence ("triggers A and also stimulates B": the other answer is there), "not only A but also
B", "also called / known as" (another name), "in addition to A" and "as well as A" (the other term is in the
sentence).  The words are data (``[additive]`` of the extractor's ``patterns/lexical.toml``,
read through ``lexdata.words`` like every other word list)."""

from __future__ import annotations

from proda.ingest.extract.lexdata import words
from proda.train.items.gates import _verb
from proda.train.items.phrases import parse, spans


def _cues() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    return words("additive.adverbs"), tuple(tuple(p.split()) for p in sorted(words("additive.phrases")))


def _cue(doc, t) -> bool:
    """``t`` opens an additive word or phrase, used as one (not "but also", "as well as", "in addition to")."""
    adverbs, phrases = _cues()
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    if t.lower_ in adverbs:
        # "but also" (after "not only"), "and also" (a verb joined to one before): the other term is in the sentence
        # a degree word on the adjective or adverb right after it ("pumps blood too quickly", "raised prices too
        # much") adds nothing (review R5)
        if nxt is not None and t.head.i == nxt.i and nxt.pos_ in ("ADJ", "ADV"):
            return False
        return t.pos_ == "ADV" and not (t.i > 0 and doc[t.i - 1].lower_ in ("but", "only", "and"))
    for a, b in phrases:
        if t.lower_ == a and nxt is not None and nxt.lower_ == b:
            after = doc[t.i + 2].lower_ if t.i + 2 < len(doc) else ""
            return after not in ("as", "to", "of")  # "as well as A", "in addition to A": the other term is here
    return False


def _verbs(v) -> set[int]:
    """The verb and the auxiliaries or copula hung on it: "also" may sit on any ("will also stimulate")."""
    return {v.i} | {c.i for c in v.children if c.dep_ in ("aux", "auxpass", "neg")}


def additive_verb(doc, v, lo: int = -1, hi: int = -1) -> bool:
    """An additive cue modifies verb ``v`` (its advmod or prep, or it stands next to the verb or right after the
    object span ``lo:hi``), and ``v`` is no conjunct of an earlier verb of the sentence."""
    if v is None or v.dep_ == "conj" and v.head.i < v.i and v.head.pos_ in ("VERB", "AUX"):
        return False
    if v.lemma_.lower() in words("cloze.naming_verbs"):
        return False  # "also called X", "also known as X": another name
    if any(t.lower_ == "in" and t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "addition" and doc[t.i + 2].lower_ == "to"
           for t in doc):
        return False  # "In addition to A, X must also Y": the sentence names the other term
    near = _verbs(v)
    for t in doc:
        if not _cue(doc, t):
            continue
        if t.head.i in near or t.i + 1 in near or (hi >= 0 and t.i == hi):
            return True
    return False


def additive(s: dict) -> bool:
    """The quote of statement ``s`` says its object is one of several: an additive cue on its verb."""
    q = (s.get("quote") or "").strip()
    if not q:
        return False
    doc = parse(q)
    v = _verb(doc, s["lemma"], s["object"], q)
    at = spans(s["object"], q)
    lo, hi = at[0] if at else (-1, -1)
    return additive_verb(doc, v, lo, hi)


__all__ = ["additive", "additive_verb"]
