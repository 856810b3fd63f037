"""The writer's own remarks (audit round 17).

Why a module of its own: the round-17 judges rejected, on a book whose author talks to the reader, statements that
are no fact of the subject but the writer's asides ("Thirty years of keeping my own private notes in hex have
persuaded me that the leap justifies the risk", "the razor is overused in some circles ... in this writer's view",
"The writer is not aware of any conventionally established symbols ...").  The checks read the parse and general
English word lists (``[remarks]`` in ``patterns/lexical.toml``), never one book's words:

* :func:`writer_speaks`: the sentence is the writer's own -- a first-person singular pronoun ("I", "me", "my")
  outside quotation marks, or a bare definite noun naming the writer ("the writer", "this author").  A textbook's
  "we" is the reader and the writer working together ("as we have seen, the derivative of the sine is the cosine")
  and stays; so does a sentence that only mentions the reader ("As the reader likely knows, a right triangle is
  ..."): the claim after it is the book's.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from proda.ingest.extract.lexdata import words

_QUOTES = ('"', "“", "”")


def _quoted(t: Token) -> bool:
    """Whether ``t`` stands inside quotation marks opened earlier in its sentence."""
    marks = [x.text for x in t.sent if x.i < t.i and x.text in _QUOTES]
    straight = marks.count('"')
    return marks.count("“") > marks.count("”") or straight % 2 == 1


def _first_person(t: Token) -> bool:
    """"I", "me", "my", "mine", "myself" as a pronoun, none written in capitals ("ME": an abbreviation).  "I" only
    with a verb that agrees with it ("I think", "I have", "I never meant", "I should"): not the numeral of "Type I
    collagen", "World War I", "angiotensin I.", nor the identity matrix of a mathematics book ("the matrix I is ...",
    "the six I are ...", "I, J, K")."""
    low = t.lower_
    if low not in words("remarks.first_person") or t.tag_ not in ("PRP", "PRP$") or (len(t.text) > 1 and t.text.isupper()):
        return False
    if low != "i":
        return True
    before = t.doc[t.i - 1] if t.i > t.sent.start else None
    if before is not None and before.pos_ in ("NOUN", "PROPN") and before.text[:1].isupper():
        return False  # "Type I collagen": the tagger reads "collagen" as a verb that agrees
    for x in t.doc[t.i + 1:t.sent.end]:
        if x.pos_ in ("ADV", "PART") or x.dep_ in ("advmod", "neg"):
            continue  # "I never meant", "I do not know"
        return x.pos_ in ("VERB", "AUX") and x.tag_ in ("VBP", "VBD", "MD") and x.lower_ not in ("are", "were")
    return False


def _writer(t: Token) -> bool:
    """"the writer", "this author", "the present writer": a definite noun naming the one who writes, with no name,
    complement or clause that makes it somebody else ("the author of the study", "the writer Toni Morrison")."""
    if t.lemma_.lower() not in words("remarks.writer_nouns") or t.pos_ != "NOUN" or t.tag_ != "NN":
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in t.children):
        return False
    return not any(c.dep_ in ("compound", "appos", "prep", "relcl", "acl", "nmod") for c in t.children) \
        and not (t.i + 1 < len(t.doc) and t.nbor(1).pos_ == "PROPN")


def writer_speaks(sent: Span) -> bool:
    """The sentence is the writer's remark about himself, his views or his book (see the module docstring)."""
    return any((_first_person(t) or _writer(t)) and not _quoted(t) for t in sent)
