"""PREREQUISITE edges: ``(B)-[:PREREQUISITE {how}]->(A)`` means *B needs A*.

Three rules, each recorded in ``how`` so a user can see why an edge exists:

* ``definition`` — A's name (or alias) is used in B's definition: you cannot
  read B's definition without knowing A.
* ``statement`` — a statement says B is_a / requires / consists_of … A: B is
  specified in terms of A (only dependency-like predicates count; "A causes B"
  is a reasoning edge, not a prerequisite).
* ``chain_order`` — A is mentioned in step i and B in step i+1 of a chain:
  the chain reaches B through A.  Only a concept *introduced* at step i+1
  (mentioned in no earlier step of the chain) gets such edges, and only to at
  most ``MAX_CHAIN_ORDER`` concepts of step i (in the step's order), not already
  mentioned at step i+1: a concept that recurs along the chain is not reached
  through its neighbour, and all-by-all pairs made hub concepts prerequisites of
  thousands of concepts (edges grew with the square of the concepts per step).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from proda.ids import normalize_name

PREREQ_PREDICATES = {
    "is_a", "type_of", "kind_of", "subtype_of", "form_of", "requires", "depends_on", "consists_of",
    "composed_of", "made_of", "made_up_of", "defined_as", "derived_from", "uses", "contains", "has_part",
}
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\-]*")
MAX_NGRAM = 6
MAX_CHAIN_ORDER = 3  # chain_order prerequisites per introduced concept (concepts of the step before)


class Lexicon:
    """Normalised concept names and aliases -> concept id, with a fast n-gram scan over text."""

    def __init__(self, entries: Iterable[tuple[str, str]]):
        self.key_to_id: dict[str, str] = {}
        for name, cid in entries:
            k = normalize_name(name)
            if len(k) >= 3 and k not in self.key_to_id:
                self.key_to_id[k] = cid
        self.first_words = {k.split(" ", 1)[0] for k in self.key_to_id}

    def find(self, text: str) -> list[str]:
        """Concept ids mentioned in ``text``, longest match first, non-overlapping, in order."""
        words = [w.lower() for w in _WORD.findall(text)]
        out: list[str] = []
        i = 0
        while i < len(words):
            hit = None
            if words[i] in self.first_words or normalize_name(words[i]) in self.first_words:
                for n in range(min(MAX_NGRAM, len(words) - i), 0, -1):
                    cid = self.key_to_id.get(normalize_name(" ".join(words[i : i + n])))
                    if cid:
                        hit = (cid, n)
                        break
            if hit:
                out.append(hit[0])
                i += hit[1]
            else:
                i += 1
        return out


def derive_prerequisites(
    definitions: dict[str, str],
    lexicon: Lexicon,
    statements: Iterable[tuple[str, str, str]],
    chain_step_concepts: Iterable[list[list[str]]],
) -> list[dict]:
    """Rows ``{dependent, prerequisite, how}`` (deduplicated; no self-edges)."""
    edges: dict[tuple[str, str], set[str]] = {}

    def add(b: str, a: str, how: str) -> None:
        if a and b and a != b:
            edges.setdefault((b, a), set()).add(how)

    for b, text in definitions.items():
        for a in lexicon.find(text or ""):
            add(b, a, "definition")
    for subj, pred, obj in statements:
        if pred in PREREQ_PREDICATES:
            add(subj, obj, "statement")
    for steps in chain_step_concepts:
        known: set[str] = set(steps[0]) if steps else set()
        for prev, nxt in zip(steps, steps[1:]):
            new = [b for b in dict.fromkeys(nxt) if b not in known]
            before = [a for a in dict.fromkeys(prev) if a not in nxt][:MAX_CHAIN_ORDER]
            for b in new:
                for a in before:
                    add(b, a, "chain_order")
            known.update(nxt)
    return [
        {"dependent": b, "prerequisite": a, "how": ",".join(sorted(hows))}
        for (b, a), hows in sorted(edges.items())
    ]
