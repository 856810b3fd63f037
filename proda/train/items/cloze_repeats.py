"""A cloze whose words before the blank open another sentence of the book that goes on differently.

Why (blind round 41, the HMMER guide's pipeline chapter): "The sequence is now aligned to _____." keyed "the profile
using a fast Viterbi algorithm ...", while two more sentences of the chapter open with the same words and go on with
the MSV and the Forward algorithms; the judge marked it unanswerable: the book itself fills that blank three ways.
``cloze.one_key`` catches two clozes sharing a prompt, but the other sentences gave no statement, so no cloze.
Here the stem is looked up among every sentence of the KB's chunks: a stem of at most ``MAX_STEM`` words (a longer
one says which sentence it is) that opens another sentence whose rest is not the key makes the item ambiguous.
"""

from __future__ import annotations

import re
from collections import defaultdict

from proda.datasets import normalize_text

MAX_STEM = 10  # words; a stem this short may open more than one sentence of a chapter
_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


class Openings:
    """The sentences of the KB's chunks, normalised, indexed by their first three words."""

    def __init__(self, chunks: dict[str, str]):
        self.by_start: dict[str, set[str]] = defaultdict(set)
        for text in chunks.values():
            for sent in _SPLIT.split(text):
                norm = normalize_text(sent)
                words = norm.split()
                if len(words) >= 3:
                    self.by_start[" ".join(words[:3])].add(norm)

    def filled_otherwise(self, stem: str, answer: str) -> bool:
        """Another sentence opens with ``stem`` and does not go on with ``answer``."""
        stem, answer = normalize_text(stem), normalize_text(answer)
        words = stem.split()
        if not 3 <= len(words) <= MAX_STEM:
            return False
        for sent in self.by_start.get(" ".join(words[:3]), ()):
            if sent.startswith(stem + " ") and not sent[len(stem) + 1:].startswith(answer):
                return True
        return False


def stem_repeated(drafts: list, keyed: list[tuple[str, str]], openings: Openings,
                  blank: str) -> tuple[list, list[tuple[str, str]]]:
    """(drafts, their (prompt, answer)) without those whose prompt, the blank last, has a stem another sentence of
    the book opens with and fills otherwise."""
    out, kept = [], []
    for d, (prompt, answer) in zip(drafts, keyed):
        head, _, tail = prompt.partition(blank)
        if not normalize_text(tail) and openings.filled_otherwise(head.strip(), answer):
            continue
        out.append(d)
        kept.append((prompt, answer))
    return out, kept
