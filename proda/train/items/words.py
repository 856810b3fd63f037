"""Word-level helpers of item generation: phrases matched inside sentences across number, head nouns, content
words, option lengths and chapters.  Kept apart from :mod:`kb` (the KB's indexes and truth checks) because the claim,
cloze and generator modules use them on plain strings, without a KB."""

from __future__ import annotations

from functools import lru_cache

from proda.datasets import normalize_text
from proda.ids import normalize_name

# options of one item within this length spread ((max - min) / max, the benchmark's fallback tolerance), so that a
# long verbatim key beside one-word fillers ("liver", "impulse") is no cue; short names count as LENGTH_FLOOR chars
LENGTH_TOLERANCE = 0.5
LENGTH_FLOOR = 8
# words that may follow a complete noun phrase in a sentence; any other word means the object was cut short
# ("pressure differential causes blood" from "... causes blood flow")
_BOUNDARY = {"and", "or", "but", "in", "on", "at", "to", "for", "with", "from", "by", "into", "within", "of", "as",
             "that", "which", "who", "when", "where", "while", "because", "through", "during", "after", "before",
             "is", "are", "was", "were", "via", "than", "so", "if", "until", "across", "between", "among", "under",
             "over", "around", "throughout", "such", "also", "both", "each", "either", "called", "known", "thus",
             "then", "whereas", "although", "though", "since", "without", "toward", "towards", "along", "per",
             "the", "a", "an", "its", "their", "can", "may", "will", "would", "could", "should", "might", "must"}
_FUNCTION = {"other", "some", "many", "more", "most", "all", "any", "this", "these", "those", "that", "not", "one",
             "two", "first", "second", "new", "certain", "different", "various", "several", "own"}


def _stem(w: str) -> str:
    """A crude word key for matching a phrase inside a sentence across number (cell / cells, bodies / body)."""
    w = w.lower()
    for suf in ("ies", "es", "s"):
        if len(w) > 4 and w.endswith(suf):
            return w[: -len(suf)]
    return w


@lru_cache(maxsize=65536)
def _keys(text: str) -> tuple[str, ...]:
    return tuple(_stem(w) for w in normalize_text(text).split())


_norm = lru_cache(maxsize=262144)(normalize_name)


def find_phrase(phrase: str, sentence: str) -> list[int]:
    """Word offsets in ``sentence`` where ``phrase`` starts (number-insensitive); [] when absent."""
    p, s = _keys(phrase), _keys(sentence)
    if not p:
        return []
    return [i for i in range(len(s) - len(p) + 1) if s[i: i + len(p)] == p]


def mentions(text: str, phrase: str) -> bool:
    return bool(find_phrase(phrase, text))


def head_word(name: str) -> str:
    """The head of a noun phrase as written: the last word before a preposition ("secretion of PTH" -> "secretion")."""
    words = normalize_text(name).split()
    for k, w in enumerate(words):
        if k and w in ("of", "in", "on", "for", "with", "from", "that", "which"):
            words = words[:k]
            break
    return words[-1] if words else ""


@lru_cache(maxsize=65536)
def head_noun(name: str) -> str:
    """The head of a noun phrase, crudely stemmed ("cells of the liver" -> "cell")."""
    w = head_word(name)
    return _stem(w) if w else ""


def content_words(text: str) -> set[str]:
    """The content-word keys of a phrase (function words and words under 3 letters left out)."""
    return {w for w in _keys(text) if len(w) > 2 and w not in _BOUNDARY and w not in _FUNCTION}


# a word at or above this wordfreq Zipf is too common to tie an option to a sentence ("important", "family", "also");
# bench_paths.EVERYDAY (4.6) is too low here: it drops "memory" (4.8) and "learning" (4.9), the judge's own case
KEY_SENTENCE_COMMON = 5.2


def echoes(option: str, sentence: str, own: list[str]) -> set[str]:
    """The rarer content words of ``option`` that ``sentence`` also says outside the phrases ``own`` (the key's
    subject, predicate and object): "nuclei important in learning and memory" echoes "memory" in "the temporal lobe
    contains the auditory cortex, but also has regions crucial for memory formation", so the sentence may make that
    option true of the subject too."""
    from spacy.lang.en.stop_words import STOP_WORDS
    from wordfreq import zipf_frequency

    mine = set().union(*(content_words(o) for o in own)) if own else set()
    said = content_words(sentence) - mine
    words = {_stem(w): w for w in normalize_text(option).split()}
    return {w for k, w in words.items() if k in said and k in content_words(option) and w not in STOP_WORDS
            and zipf_frequency(w, "en") < KEY_SENTENCE_COMMON}


def fits_length(texts: list[str], tol: float = LENGTH_TOLERANCE) -> bool:
    """The options' lengths are within ``tol`` of each other: (max - min) / max, short names floored."""
    ls = [max(len(t), LENGTH_FLOOR) for t in texts]
    return (max(ls) - min(ls)) / max(ls) <= tol


def shares_content_word(a: str, b: str) -> bool:
    """Two phrases share a content word: one may be a paraphrase, a part or a kind of the other, so neither can be
    offered as surely wrong where the other is right."""
    return bool(content_words(a) & content_words(b))


def _contains(big: tuple, small: tuple) -> bool:
    n = len(small)
    return any(big[i: i + n] == small for i in range(len(big) - n + 1))


def chapter_of(path: str) -> str:
    """The chapter of a document: the folder that holds it (``corpus/17-the-endocrine-system/x.html``)."""
    parts = path.replace("\\", "/").rsplit("/", 2)
    return parts[-2] if len(parts) >= 2 else path
