"""The resolver's data: what it reads and returns, its union-find and how it ranks a name's surface forms.

Split from ``resolve.py`` (see its docstring for the two passes) so that each file reads on its own: here are the
input and result records, the union-find whose roots carry at most one existing concept, and the ranking that picks
a group's canonical name (definition-list term first, then not an acronym, singular, not Title-Cased, used as a
name, most frequent, shortest, first seen), with :class:`GroupChoice`, the resolver's methods that apply that ranking
(a group's name, a cluster's canonical group) and choose a cluster's definition: they read only these records, not the
two passes' state, so they live with them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from proda.ids import normalize_name, singular
from proda.models import ConceptDraft


class SupportsEncode(Protocol):
    def encode(self, texts: list[str]) -> np.ndarray: ...


@dataclass
class ExistingConcept:
    """A concept the store already holds."""

    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    definition: str = ""
    embedding: list[float] | None = None


@dataclass
class ResolvedConcept:
    """A concept to write: new (``is_new``) or an existing one that gained drafts/aliases."""

    id: str
    name: str
    aliases: list[str]
    definition: str
    type: str
    drafts: list[ConceptDraft]
    embedding: list[float]  # of ``name``; empty when resolution.enabled is false and the concept is new
    is_new: bool


@dataclass
class ResolutionResult:
    concepts: list[ResolvedConcept]
    name_to_id: dict[str, str]  # normalize_name(name or alias) -> concept id (drafts' and existing concepts')
    merges: list[dict]  # {kept_id, kept_name, merged_name, reason: exact|alias|embedding, score}
    stats: dict = field(default_factory=dict)  # counts and timings
    rejected: list[dict] = field(default_factory=list)  # embedding pairs >= threshold that a guard refused


# --------------------------------------------------------------------------- union-find


class _UnionFind:
    """Union-find whose roots carry at most one existing-concept index; the lower index is the root."""

    def __init__(self) -> None:
        self.parent: list[int] = []
        self.existing: list[int | None] = []

    def add(self, existing: int | None = None) -> int:
        self.parent.append(len(self.parent))
        self.existing.append(existing)
        return len(self.parent) - 1

    def find(self, x: int) -> int:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def can_union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        ea, eb = self.existing[ra], self.existing[rb]
        return ea is None or eb is None

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        ea, eb = self.existing[ra], self.existing[rb]
        if ea is not None and eb is not None:
            return False
        lo, hi = (ra, rb) if ra < rb else (rb, ra)
        self.parent[hi] = lo
        self.existing[lo] = ea if ea is not None else eb
        return True


# --------------------------------------------------------------------------- surface ranking


def _is_acronym(s: str) -> bool:
    return " " not in s.strip() and sum(ch.isupper() for ch in s) >= 2 and len(s) <= 8


def _title_words(s: str) -> int:
    return sum(1 for w in s.split() if len(w) > 1 and w[0].isupper() and w[1:].islower())


@dataclass
class _Surface:
    text: str
    first: int  # order of first appearance
    count: int = 0  # occurrences as a draft name
    alias_count: int = 0  # occurrences as an alias (or parenthetical variant)
    glossary: bool = False  # name of a definition_list draft
    existing_name: bool = False


def _rank(s: _Surface) -> tuple:
    text = s.text
    low = " ".join(text.lower().split())
    return (
        not s.existing_name,
        not s.glossary,
        _is_acronym(text),
        singular(low) != low,
        _title_words(text),  # "synovial joint" over "Synovial Joint" (headings, sentence starts)
        s.count == 0,  # used as a name somewhere beats alias-only
        -(s.count + s.alias_count),
        len(text),
        s.first,  # then the form seen first
    )


# --------------------------------------------------------------------------- resolver


@dataclass
class _Group:
    """An exact group (one union-find root after pass (a))."""

    root: int
    existing: int | None
    keys: list[str]  # normalised forms, first appearance order
    drafts: list[int]  # indices into drafts
    name: str = ""  # best surface form
    key: str = ""  # normalize_name(name)
    definition: str = ""
    idx: int = 0  # position in first-appearance order
    rank: tuple = ()  # _rank of ``name``'s surface


# --------------------------------------------------------------------------- choosing a name and a definition

DEFINITION_RULES = ("definition_list",)  # drafts whose definition is authoritative (glossary / <dl>)
# drafts whose definition is the weakest evidence (a name given inside a sentence about something else,
# definition_named.named_in; as offline.WEAK_DEFINITIONS): chosen only when no other rule defines the concept
WEAK_DEFINITIONS = ("named_in",)


class GroupChoice:
    """A group's name, a cluster's canonical group and definition; mixed into :class:`proda.ingest.resolve.Resolver`."""

    @staticmethod
    def _best_surface(d: dict[str, _Surface]) -> _Surface:
        return min(d.values(), key=_rank)

    def _name_group(self, g: _Group, existing, surfaces, lookup_only) -> None:
        if g.existing is not None:
            g.name = existing[g.existing].name
        else:
            cands = [s for k in g.keys if k not in lookup_only for s in surfaces[k].values()]
            if not cands:  # only lookup keys (cannot happen for a draft's main name) - fall back
                cands = [s for k in g.keys for s in surfaces.get(k, {}).values()]
            best = min(cands, key=_rank) if cands else None
            g.name = best.text if best else ""
            g.rank = _rank(best) if best else ()
        g.key = normalize_name(g.name)

    def _canonical_group(self, gs: list[_Group]) -> _Group:
        for g in gs:
            if g.existing is not None:
                return g
        # same ranking as within a group, across the groups' chosen names
        return min(gs, key=lambda g: (g.rank, g.idx))

    @staticmethod
    def _definition(gs: list[_Group], existing, drafts) -> str:
        for g in gs:
            if g.existing is not None and existing[g.existing].definition.strip():
                return existing[g.existing].definition.strip()
        defs = [drafts[i] for g in gs for i in g.drafts if drafts[i].definition.strip()]
        if not defs:
            return ""
        gloss = [d.definition.strip() for d in defs if d.how in DEFINITION_RULES]
        strong = [d.definition.strip() for d in defs if d.how not in WEAK_DEFINITIONS]  # named_in gives way
        pool = gloss or strong or [d.definition.strip() for d in defs]
        return max(pool, key=lambda s: (len(s), s))
