"""A subject the small parser hung on its verb as a compound: "Vasoconstriction increases pressure".

Why: en_core_web_sm often reads a sentence-initial noun phrase as a compound modifier of the verb after it when the
verb's form could be a noun ("increases", "forms", "releases", "work", "range"): "Vasoconstriction increases pressure
within a vein", "The atlas articulates with the dens", "The endothelium releases local chemicals called endothelins",
"Intergroup relations range from a tolerant approach of pluralism to intolerance" all came out as a root verb with
no subject, so no statement, no chain step and no definition could be read from them (development census,
session 31: about one sentence in 1,500 of the development chapters, most of them plain claims of the book).  Where
the parser also tagged the verb a plural noun ("Cardiogenic shock results from ...", "The patella articulates with
...": one sentence in 700) the root is retagged a verb first, under stricter conditions (:func:`noun_read_verb`).

How, a pipeline component over one Doc (after the tagger, parser and lemmatizer): a root verb in a finite form
(VBZ, VBD, VBP) with no subject of its own, a complement after it, and right before it a noun the parser made its
``compound``, whose number agrees with the verb (a singular noun before "-s", a plural before the bare form; any
before a past tense), gets that noun as its ``nsubj``; the determiners, adjectives and nouns the parser hung on the
verb before the noun move onto it, so the subject's phrase is whole ("The chorionic membrane").  Left alone: a
plural noun after a singular one whose stem is also a verb ("the national government exerts control": "exerts" is
the verb, the parser's "control" a noun), since then the other reading is as likely.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")
# what follows a verb that says something of its subject (a bare "X forms." is left to the parser)
_AFTER = ("dobj", "prep", "attr", "acomp", "xcomp", "ccomp", "advmod", "prt", "oprd", "dative", "agent", "npadvmod")
# dependents of a noun phrase the parser may have hung on the verb instead of the noun
_PHRASE = ("det", "amod", "compound", "nummod", "poss", "nmod", "quantmod", "punct")
_AGREES = {"VBZ": ("NN", "NNP"), "VBP": ("NNS", "NNPS"), "VBD": ("NN", "NNP", "NNS", "NNPS")}


def word_classes(nlp: Language) -> dict:
    """The lemmatizer's ``lemma_index`` table (word lists per class: "noun", "verb", "adj", "adv"), {} when the
    pipeline has none: which classes a word form can belong to, beyond the tag the tagger chose in context."""
    if "lemmatizer" in nlp.pipe_names:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is not None and lookups.has_table("lemma_index"):
            return lookups.get_table("lemma_index")
    return {}


WORD_CLASSES = ("noun", "verb", "adj", "adv")  # the lemma index's classes (its table keys are hashed strings)


@lru_cache(maxsize=1)
def default_word_sets() -> dict[str, frozenset[str]]:
    """:func:`word_classes` of the default pipeline (``load_nlp()``), each class a frozen set: the word lists read
    outside a pipeline component (a verb's, a noun's dictionary check; the PDF reader's hyphen check), built once."""
    from proda.ingest.extract.nlp import load_nlp

    index = word_classes(load_nlp())
    return {k: frozenset(index.get(k, ())) for k in WORD_CLASSES}


@Language.factory("proda_compound_subjects")
def _make(nlp: Language, name: str):
    index = word_classes(nlp)
    verbs, adjectives = frozenset(index.get("verb", [])), frozenset(index.get("adj", []))

    def repair(doc: Doc) -> Doc:
        for v in doc:
            noun = compound_subject(v, verbs, adjectives)
            if noun is not None:
                if v.pos_ != "VERB":  # read as a plural noun (noun_read_verb): a verb in -s
                    v.tag_, v.pos_ = "VBZ", "VERB"
                _attach(v, noun)
        return doc
    return repair


def compound_subject(v: Token, verbs: frozenset[str] = frozenset(),
                     adjectives: frozenset[str] = frozenset()) -> Token | None:
    """The noun right before root verb ``v`` that the parser made its compound and that is its subject, else None.
    A root read as a plural noun that is a verb (:func:`noun_read_verb`) is read as a verb in -s; the parse is not
    changed here (the caller retags it when it attaches the subject)."""
    tag, pos = ("VBZ", "VERB") if noun_read_verb(v, verbs, adjectives) else (v.tag_, v.pos_)
    if v.dep_ != "ROOT" or pos != "VERB" or tag not in _AGREES or v.i == v.sent.start:
        return None
    kids = list(v.children)
    if any(c.dep_ in _SUBJECTS for c in kids) or not any(c.dep_ in _AFTER and c.i > v.i for c in kids):
        return None
    noun = v.doc[v.i - 1]
    if noun.head.i != v.i or noun.dep_ != "compound" or noun.pos_ not in ("NOUN", "PROPN") \
            or noun.tag_ not in _AGREES[tag]:
        return None
    before = v.doc[noun.i - 1] if noun.i > v.sent.start else None
    if noun.tag_ == "NNS" and before is not None and before.tag_ in ("NN", "NNP") and noun.lemma_.lower() in verbs:
        return None  # "the national government exerts control": "exerts" may be the verb
    return noun


def noun_read_verb(v: Token, verbs: frozenset[str], adjectives: frozenset[str] = frozenset()) -> bool:
    """Root ``v`` was tagged a plural noun but is the verb of a sentence: "Cardiogenic shock results from the
    inability of the heart ...", "The patella articulates with the patellar surface of the femur", "Each accessory
    digestive organ aids in the breakdown of food".  A lower-case word in -s whose lemma is a verb (the lemmatizer's
    verb index), after a singular noun the parser made its compound, with a preposition right after it that has its
    object (not a verb: "The bar charts in represent changes", a reference lost), not "of" ("cell functions of the
    liver" is a noun phrase), in a sentence that ends with a full stop (a heading does not) and no conjunct of the root
    that is an adjective (a second misreading: "into the right and left primary bronchi")."""
    if v.dep_ != "ROOT" or v.tag_ != "NNS" or not v.is_lower or v.lemma_.lower() not in verbs or v.i == v.sent.start:
        return False
    doc = v.doc
    noun = doc[v.i - 1]
    if noun.head.i != v.i or noun.dep_ != "compound" or noun.tag_ not in ("NN", "NNP") or v.sent[-1].text != "." \
            or any(c.dep_ == "conj" and c.lower_ in adjectives for c in v.children):
        return False  # "The trachea branches into the right and left primary bronchi": "left" read as a verb
    nxt = doc[v.i + 1] if v.i + 1 < v.sent.end else None
    if nxt is None or nxt.head.i != v.i or nxt.dep_ != "prep" or nxt.lower_ == "of":
        return False
    obj = next((c for c in nxt.children if c.dep_ in ("pobj", "pcomp")), None)
    after = doc[obj.i + 1] if obj is not None and obj.i + 1 < v.sent.end else None
    if after is not None and obj.lower_ in verbs and after.head.i == obj.i and after.dep_ == "prep" \
            and after.lower_ != "of":
        return False  # "Fat stores in the hypodermis aid in ...": "aid" is the verb, "stores" a noun
    return obj is not None and not _verb_after(doc[nxt.i + 1], verbs, adjectives)


def _verb_after(w: Token, verbs: frozenset[str], adjectives: frozenset[str]) -> bool:
    """``w``, right after the preposition, is a verb (tagged one, or an "adjective" that is only a verb: "in
    represent changes"): the preposition lost its object and the root is a noun after all."""
    return w.tag_ in ("VB", "VBP", "VBZ", "VBD", "MD") or (w.tag_ == "JJ" and w.lower_ in verbs
                                                            and w.lower_ not in adjectives)


def _attach(v: Token, noun: Token) -> None:
    """Make ``noun`` the subject of ``v`` and move the run of noun-phrase dependents before it onto it: the longest
    span ending at the noun whose words hang on the verb as parts of a noun phrase or on a word of the span ("The
    fibular or peroneal artery": "peroneal" hangs on "fibular"); a comma or a clause hung on the verb ends it."""
    doc = v.doc
    noun.dep_ = "nsubj"
    start = noun.i
    for a in range(noun.i - 1, v.sent.start - 1, -1):
        t = doc[a]
        if t.head.i == v.i and (t.dep_ not in _PHRASE or t.text in (",", ";", ":")):
            break
        if all((u.head.i == v.i and u.dep_ in _PHRASE) or a <= u.head.i <= noun.i for u in doc[a:noun.i]):
            start = a
    for t in doc[start:noun.i]:
        if t.head.i == v.i:
            t.head = noun
