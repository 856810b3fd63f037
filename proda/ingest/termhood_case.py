"""Termhood: a capital that only opens a sentence names no proper name ("Glucose is ...", "Uranium ...").

Why: a concept node takes its name from the drafts that named it, and a statement whose subject opens its sentence
gives a capitalised draft ("Glucose is stored as glycogen").  Termhood then read the capital as a proper name
(:func:`proda.ingest.extract.l1_terms.recurring_term`: "a proper name recurs because the story goes on"), and spaCy's
small NER model may read the sentence-initial word as a person (``person`` evidence), so a common noun of the
subject was no term (session 15: "Glucose", "Edema", "Uranium" in development KBs).

A capital at a sentence start says nothing; the word's other occurrences over the whole KB's text do.  A single word
written in lower case in more chunks than it is capitalised mid-sentence is a common noun: it is named in lower case
and judged as one (its ``person`` label came from a sentence-initial capital).  A name capitalised mid-sentence
("Mendel", "the Senate") or never written otherwise ("Hollis" opening every sentence it is in) stays a name.
Only one word: a sentence start capitalises a phrase's first word only, a phrase capitalised throughout
("Kidney Foundation") is a name.  Counted on the raw text of the chunks termhood reads, without a parse (spaCy's
``is_sent_start`` would need every chunk parsed again on every ingest): the count is recomputed from the whole KB on
every ingest, so the name is the same whichever order the documents come in, and a second run changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from proda.ids import normalize_name, singular

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*[A-Za-z]|[A-Za-z]")
# what may stand between a sentence's end and its first word: space, an opening quote or bracket, a list bullet
_OPENERS = " \t\"“‘'([•*–—-"
_ENDS = ".!?:\n\r"


def opens_sentence(text: str, i: int) -> bool:
    """Whether the word at ``text[i]`` is the first of its sentence, line or list item (a capital there is
    the sentence's, not the word's)."""
    j = i - 1
    while j >= 0 and text[j] in _OPENERS:
        j -= 1
    return j < 0 or text[j] in _ENDS


def _one_word(name: str) -> bool:
    """One word, capitalised at most on its first letter ("Glucose", "glucose"; not "HCl", "IgG", "ATPase")."""
    return bool(name) and " " not in name and name[:1].isalpha() and name[1:] == name[1:].lower() and \
        any(ch.isalpha() for ch in name[1:])


def case_counts(names: Iterable[str], chunks: list[dict]) -> dict[str, dict[str, int]]:
    """Per normalised one-word name: chunks writing it in lower case (``lower``) and chunks capitalising it where
    no sentence starts (``capital``); any number of the noun ("edemas" counts for "edema")."""
    keys = {normalize_name(n) for n in names if _one_word(n)}
    out = {k: {"lower": 0, "capital": 0} for k in keys if k}
    if not out:
        return out
    for ch in chunks:
        text = ch.get("text") or ""
        seen: set[tuple[str, str]] = set()
        for m in _WORD.finditer(text):
            w = m.group(0)
            if w.endswith("'s"):
                w = w[:-2]
            low = w.lower()
            k = low if low in out else singular(low)
            if k not in out:
                continue
            if w == low:
                seen.add((k, "lower"))
            elif w[1:] == w[1:].lower() and not opens_sentence(text, m.start()):
                seen.add((k, "capital"))
        for k, kind in seen:
            out[k][kind] += 1
    return out


def common_nouns(concepts: list[dict], chunks: list[dict]) -> dict[str, str]:
    """Concept id -> its name in lower case, for every one-word concept the text writes in lower case in more
    chunks than it capitalises mid-sentence (see the module docstring)."""
    counts = case_counts((c["name"] for c in concepts), chunks)
    out = {}
    for c in concepts:
        n = counts.get(normalize_name(c["name"])) if _one_word(c["name"]) else None
        if n and n["lower"] > n["capital"]:
            out[c["id"]] = c["name"][:1].lower() + c["name"][1:]
    return out
