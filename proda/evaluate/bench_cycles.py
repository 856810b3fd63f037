"""Cyclic chains: a process the book says starts over after its last step ("... and the first phase begins
again", "the cycle repeats").

Why (review of round 12, KB anatomy 19 + chemistry 17 + sociology 09): "which of the following follow, directly or
indirectly, from <step 2>?" offered step 1 as reversed causality, while the book's next sentence says the phase of
step 1 "begins again": in a cycle every step follows every other one (and has happened before the next round), so
the chain's own earlier steps are no wrong answer to "what follows", nor its later steps to "what must already have
happened".  The order items already leave out rotations of the steps.  Only the direction-free kinds lose those
options (``bench_candidates``); "directly" questions keep them, because the one link a cycle adds (last step ->
first step) is never asked about: no "what does the last step directly lead to", no "what directly leads to the
first step".

The cue words are data (``patterns/chains.toml`` [cycle]); they are looked for in the source sentence holding the
chain's last step and the few after it (a cue of the whole section elsewhere says nothing of this chain), and a
word of starting over counts only beside something of the chain's steps or the whole process: the next sentence's
"it begins to enlarge again" about another thing, or "the cardiac cycle" named in passing, make no cycle of it.

A chain the book NAMES a cycle is one too (review of round 15: "In the process 'Cardiac Cycle', which sequence ..."
offered a rotation of the key, which the question itself invites one to defend): its name, its section or a step
holding the noun of the ``cycles`` phrases ("cycle", the word they all share) -- as a word of its own, not inside
"bicycle" -- makes it a cycle whatever the text after its last step says.  That costs an order item of three steps
and the earlier steps as wrong answers to "what follows, directly or indirectly"; a cycle's steps do all follow.
"""

from __future__ import annotations

import re
from functools import lru_cache

_SENTENCE = re.compile(r"(?<=[.!?])\s+")  # a full stop inside a number ("2.5 mV") is followed by no space


def _phrases(words: list[str]) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern, re.Pattern, re.Pattern, int]:
    from proda.ingest.extract.chain_rules import rules

    r = rules()["cycle"]
    return (re.compile(rf"\b(?:{_phrases(r['cues'])})\b", re.I), re.compile(rf"\b(?:{_phrases(r['wholes'])})\b", re.I),
            re.compile(rf"\b(?:{_phrases(r['cycles'])})\b", re.I), int(r["after"]))


def _flat(text: str) -> str:
    return " ".join((text or "").split()).strip().rstrip(".,;:")


def says_cycle(sentence: str, named=lambda s: True) -> bool:
    """Does ``sentence`` say a process starts over: a phrase naming it a cycle ("the cycle repeats", "this completes
    the cycle"), or a word of starting over ("again", "repeats") beside the whole process ("The process then
    repeats") or beside something ``named`` accepts (a word of the chain's steps)?  A cue opening the sentence as a
    discourse marker ("Again, the ...": as said before) is none."""
    cue, whole, cycle, _ = _rules()
    s = sentence.strip()
    if cycle.search(s):
        return True
    hits = [m for m in cue.finditer(s) if not (m.start() == 0 and s[m.end():m.end() + 1] == ",")]
    return bool(hits) and (bool(whole.search(s)) or named(s))


@lru_cache(maxsize=1)
def _cycle_noun() -> re.Pattern:
    """The word every ``cycles`` phrase shares ("cycle"), singular or plural, as a word of its own."""
    from proda.ingest.extract.chain_rules import rules

    words = set.intersection(*({w.lower() for w in p.split()} for p in rules()["cycle"]["cycles"]))
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, sorted(words)))})s?(?![\w-])", re.I)


def named_cycle(chain: dict) -> bool:
    """Does the chain's name (its section included: "... (The Cardiac Cycle)") or one of its steps call it a
    cycle?"""
    texts = [chain.get("name") or "", chain.get("document") or ""] + [s["text"] for s in chain.get("steps") or []]
    return any(_cycle_noun().search(t) for t in texts)


def cyclic(chain: dict) -> bool:
    """Does the chain's source text say the process starts over: ``says_cycle`` of the sentence holding its last
    step or of one of the ``after`` sentences that follow it, naming a specific word or symbol of its steps?  Or does
    the book name it a cycle (``named_cycle``)?"""
    from proda.evaluate.bench_paths import _symbols, content_lemmas, names_any

    if named_cycle(chain):
        return True
    steps = chain.get("steps") or []
    last = _flat(steps[-1]["text"]) if steps else ""
    if not last:
        return False
    *_, after = _rules()
    mine = set().union(*(content_lemmas(s["text"]) | _symbols(s["text"]) for s in steps))
    pat = re.compile(r"\s+".join(map(re.escape, last.split())), re.I)
    for src in chain.get("sources") or []:
        sents = [s for s in _SENTENCE.split(" ".join((src or "").split())) if s]
        for i, s in enumerate(sents):
            if pat.search(s) and any(says_cycle(x, lambda t: names_any(t, mine)) for x in sents[i:i + 1 + after]):
                return True
    return False
