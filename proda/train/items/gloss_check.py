"""A glossary entry the book's own text contradicts: no definition item is made from it.

Why (audit round 9, anatomy): the glossary said "pectineus: muscle that abducts and flexes the femur at the hip"
where the chapter says twice "The pectineus adducts and flexes the femur at the hip"; the item taught the typo as
fact. A typo of this kind keeps the sentence and changes one word, so the check is an alignment: a sentence of the
book about the term (the term, then within a few words the aligned run) that repeats a run of the gloss word for
word (by lemma) except one content word that differs from the gloss's as a slip or a swapped prefix does. Which of
the two is right cannot be told, and a wrong fact taught is worse than none, so the item is dropped; a gloss the
text repeats word for word, or says in other words, keeps it."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from proda.train.items.phrases import parse

MIN_RUN = 5  # lemmas aligned, the changed one included: a shorter match is chance ("of the", "in a")
NEAR = 4  # words between the term and the aligned run ("The pectineus [adducts", "The ulna is [located")
_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


SAME_END = 4  # letters two words share at their end when one is the other with its prefix swapped


@lru_cache(maxsize=4096)
def _lemmas(text: str) -> tuple[tuple[str, str, bool, str], ...]:
    """(lemma, coarse part of speech, stop word, lower-case word) per word of ``text``, punctuation left out."""
    return tuple((t.lemma_.lower(), t.pos_, t.is_stop, t.lower_) for t in parse(text)
                 if not t.is_punct and not t.is_space)


def _swapped(a: str, b: str) -> bool:
    """Two words that differ as a slip of the pen or a swapped prefix do ("abduct"/"adduct", "increase"/"decrease",
    "afferent"/"efferent"): the same ending of ``SAME_END`` letters.  A word of other stock ("particle"/"unit",
    "aspect"/"facet") is the text saying the same in other words."""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n >= SAME_END


def _one_word_changed(gloss, sent, start: int) -> bool:
    """A run of ``gloss`` found in ``sent`` from a position in ``sent[start:start + NEAR]`` (just after the term)
    with exactly one content word changed (another lemma of the same ending, ``_swapped``; not the same part of
    speech, which the parse of a gloss gets wrong: "abducts" a verb, "adducts" a noun) and two aligned words after
    it."""
    for j in range(start, min(len(sent), start + NEAR + 1)):
        for i in range(len(gloss)):
            run, changed = 0, []
            while i + run < len(gloss) and j + run < len(sent):
                (a, _, sa, _), (b, _, sb, _) = gloss[i + run], sent[j + run]
                if a != b:
                    if changed or sa or sb or not a.isalpha() or not b.isalpha() or not _swapped(a, b):
                        break
                    changed.append(run)
                run += 1
            if changed and run >= MIN_RUN and changed[0] < run - 2:
                return True
    return False


class Book:
    """The book's sentences (as written and lower case), split once for all its glossary entries and indexed by
    word, so each entry reads only the sentences that hold its term's last word."""

    def __init__(self, text: str):
        self.sents = [(x.strip(), x.strip().lower()) for x in _SPLIT.split(text) if x.strip()]
        self.index: dict[str, list[int]] = defaultdict(list)
        for k, (_, low) in enumerate(self.sents):
            for w in set(re.findall(r"\w+", low)):
                self.index[w].append(k)

    def about(self, name: str) -> list[tuple[str, str]]:
        ws = re.findall(r"\w+", name.lower())
        return [self.sents[k] for k in self.index.get(ws[-1], [])] if ws else []


def sentences(text: str) -> Book:
    return Book(text)


def contradicted(name: str, gloss: str, book: Book) -> bool:
    """A sentence of ``book`` says of ``name`` what its gloss says with one word changed ("adducts" for
    "abducts")."""
    low = name.lower()
    term = _lemmas(name)
    g = _lemmas(gloss)
    if len(g) < MIN_RUN or not term:
        return False
    said = set(re.findall(r"\w+", gloss.lower()))
    for sent, s_low in book.about(name):
        at = s_low.find(low)
        if at < 0 or s_low[at + len(low): at + len(low) + 1] == ":":  # the glossary line itself
            continue
        if len(said & set(re.findall(r"\w+", s_low))) < MIN_RUN - 1:
            continue  # too few of the gloss's words to repeat a run of it: not parsed
        s = _lemmas(sent)
        words = [x[3] for x in term]
        ends = [k + len(term) for k in range(len(s)) if [x[3] for x in s[k:k + len(term)]] == words]
        if any(_one_word_changed(g, s, e) for e in ends):
            return True
    return False


# a symbol-like term ("NADH", "FADH2", "NAD+"): capitals, digits and signs, no lower-case run of a word
_SYMBOL = re.compile(r"^[A-Z][A-Z0-9+\-]{1,7}$")
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9+\-]*")
MIN_SAID = 2  # content words of the gloss, in its order, said right after a look-alike: "[NAD+] needed by glycolysis"


def _look_alike(a: str, b: str) -> bool:
    """Two symbols of one stem that differ in their last one or two signs ("NADH"/"NAD+", "FAD"/"FADH2"): the
    forms of one molecule or ion a glossary slip confuses."""
    if a == b or not (_SYMBOL.match(a) and _SYMBOL.match(b)):
        return False
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n >= 3 and max(len(a), len(b)) - n <= 2


def _content(text: str) -> list[str]:
    return [lem for lem, pos, stop, _ in _lemmas(text) if not stop and lem.isalpha() and pos != "PUNCT"]


def said_of_variant(name: str, gloss: str, book: Book) -> bool:
    """A sentence of ``book`` says what the gloss of symbol ``name`` says of a look-alike symbol (audit round 10:
    "NADH: high-energy molecule needed for glycolysis" while the text says "oxidizes NADH into the NAD+ needed by
    glycolysis"): right after the look-alike come ``MIN_SAID`` content words the gloss has in the same order.
    Which of the two forms is right cannot be told, so the item is dropped."""
    if not _SYMBOL.match(name):
        return False
    g = _content(gloss)
    pairs = set(zip(g, g[1:]))
    stem = name[:3].lower()
    for sent, low in book.sents:
        if stem not in low:
            continue  # symbol terms are few: a scan of the sentences that hold the stem
        for m in _TOKEN.finditer(sent):
            if not _look_alike(name, m.group(0)):
                continue
            after = _content(" ".join(sent[m.end():].split()[:6]))
            if set(zip(after, after[1:])) & pairs and after[:1] and after[0] in g:
                return True
    return False


__all__ = ["Book", "contradicted", "said_of_variant", "sentences"]
