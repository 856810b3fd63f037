"""Coordinated modifiers that share one noun: "Neural, endocrine, and autoregulatory mechanisms", "a proximal and a
distal phalanx", "the nasal and oral cavities".

Why: en_core_web_sm often reads the first modifier of such a list as a noun of its own, the head of the
coordination, with the last conjunct (modifier + noun) conjoined to it.  Split into one argument per conjunct, the
statement's end was the bare adjective: "Neural | affect | blood pressure", "thumb | contains | proximal", "pharynx
| runs from | nasal", "thoracic | follows | cervical region" (session 31's fresh sample judged the first a fragment;
eight such ends over the development chapters).  English does not use an adjective as a noun phrase there: each
such conjunct modifies the noun the last one names, so it is read with that noun ("neural mechanisms", "proximal
phalanx").

How, a pipeline component over one Doc (after the parser and lemmatizer): for each coordination whose last conjunct
is a noun with a modifier before it, the earlier conjuncts are marked as sharing its noun when every one of them is
a bare word (no modifier, phrase or clause of its own; a determiner, an adverb such as "then" and punctuation
allowed), every one is an adjective by the lemmatizer's adjective index, and at least one is no noun there.  A word
that is both ("nasal", "public", "the elderly") is left as the parser read it unless another word of its list
settles the reading: "the elderly and young children" stays as it was.  The mark is a token extension
(:data:`KEY`: how many tokens on the last conjunct is), so it survives ``Span.as_doc`` and ``Doc.from_docs`` (the
offline extractor joins a chunk to the next one's start); :func:`shared_noun` reads it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from proda.ingest.extract.parse_repairs import word_classes

KEY = "proda_shared_noun"
if not Token.has_extension(KEY):
    Token.set_extension(KEY, default=0)
_BARE = ("det", "predet", "punct", "cc", "conj", "advmod", "preconj")
_MODIFIERS = ("amod", "compound", "nmod")


@Language.factory("proda_shared_modifiers")
def _make(nlp: Language, name: str):
    index = word_classes(nlp)
    adjectives, nouns = frozenset(index.get("adj", [])), frozenset(index.get("noun", []))

    def mark(doc: Doc) -> Doc:
        for h in doc:
            if h.dep_ != "conj" and any(c.dep_ == "conj" for c in h.children):
                for i, last in sharing(h, adjectives, nouns):
                    doc[i]._.set(KEY, last - i)
        return doc
    return mark


def _chain(h: Token) -> list[Token]:
    """``h`` and its conjuncts in order (nouns and adjectives only)."""
    out, todo = [], [h]
    while todo:
        t = todo.pop(0)
        out.append(t)
        todo += [c for c in t.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "ADJ")]
    return sorted(out, key=lambda t: t.i)


def sharing(h: Token, adjectives: frozenset[str], nouns: frozenset[str]) -> list[tuple[int, int]]:
    """(earlier conjunct, last conjunct) index pairs of the coordination headed by ``h`` whose earlier conjuncts are
    bare adjectives sharing the last conjunct's noun; [] when the list is not of that shape."""
    cjs = _chain(h)
    if len(cjs) < 2 or h.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return []
    last, earlier = cjs[-1], cjs[:-1]
    if last.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ in _MODIFIERS and c.i < last.i for c in last.children):
        return []
    for c in earlier:
        capital = c.text[:1].isupper() and c.i != c.sent.start
        if capital or not c.is_alpha or any(k.dep_ not in _BARE for k in c.children) \
                or any(k.dep_ == "conj" and k.pos_ not in ("NOUN", "PROPN", "ADJ") for k in c.children) \
                or c.lower_ not in adjectives:
            return []
    if not any(c.lower_ not in nouns for c in earlier):
        return []  # "the elderly and young children": every word may name people; the parse stands
    return [(c.i, last.i) for c in earlier]


def shared_noun(c: Token) -> Token | None:
    """The last conjunct whose noun the bare adjective ``c`` modifies ("Neural" -> "mechanisms"), else None."""
    step = c._.get(KEY)
    return c.doc[c.i + step] if step and 0 <= c.i + step < len(c.doc) else None
