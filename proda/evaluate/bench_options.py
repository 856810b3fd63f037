"""Options of benchmark items: their wording and the length control (split from ``bench.py``).

Why a module of its own: a model learns any form that only keys or only distractors have (a wrapped "the step
involving X", a continuation "which triggers ...", the one long option), so every option of an item gets one
wording and one form, and lengths are matched (``fit_lengths``, ``realise``; issue 12, audit rounds 2-3).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from itertools import combinations

from proda.datasets import normalize_text
from proda.evaluate.bench_chains import OWN


@dataclass
class Option:
    phrasings: list[str]  # candidate wordings, preferred first
    correct: bool
    kind: str = ""  # distractor kind ("" for a correct option)
    form: str = "step"


@dataclass
class Candidate:
    kind: str
    question: str
    correct: list[Option]
    distractors: list[Option]  # more than needed: the length control picks among them
    positions: list[int]  # chain positions the item depends on
    chain: dict = field(default_factory=dict)


def phrasings(text: str) -> list[str]:
    """The one wording of a step: its own text (spaces normalised, final period dropped)."""
    return [" ".join(text.split()).rstrip(".")]


# a step cut from inside a sentence ("which in turn stimulates ...", "generating tension on ...") beside whole
# sentences is spotted by its form alone (audit round 3: 10 of 27 anatomy items): an item's options share one form
_CONTINUATION = frozenset("which that who whose whom where and or but then thus so while whereas thereby "
                          "this these it they such".split())


def fragment(text: str) -> bool:
    """Whether an option reads as the continuation of a sentence rather than a sentence of its own."""
    w = text.split()[0] if text.split() else ""
    return w.lower() in _CONTINUATION or (w.islower() and w.endswith(("ing", "ed")) and len(w) > 4)


# words that say where a step stands in its sequence ("The second stage is anger", "In the final stage, ...",
# "Finally, ..."): a step that carries one is placed by reading it, not by knowing the process (audit round 7 dev:
# Kübler-Ross's five stages, each sentence naming its ordinal, made every order and next-stage item a reading test).
# An ordinal counts beside a stage noun or opening the sentence: "second messenger", "first law" name things.
# "then", "next", "later" only say that a step is not the first: they stay (cascades use them in most steps)
_ORD = (r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last|penultimate|initial|"
        r"early|earliest|late|latest|middle")
_POSITION = re.compile(rf"\b(?:{_ORD})(?:\s+\w+)?\s+(?:stages?|phases?|steps?|periods?)\b"  # "the final (two) stages"
                       r"|\b(?:stage|phase|step) (?:\d+|one|two|three|four|five|six)\b"  # "in stage 3"
                       r"|^\W*(?:first|firstly|second|secondly|third|thirdly|finally|lastly|initially)\s*,",  # "Finally, …"
                       re.I)


def position_cue(text: str) -> bool:
    """Whether a step's own words say where it stands in the sequence."""
    return bool(_POSITION.search(text))


def cap(text: str) -> str:
    """Upper-case first letter: a step that starts mid-sentence must not be the only lower-case option."""
    return text[:1].upper() + text[1:]


def fit_lengths(options: list[Option], tol: float) -> list[str] | None:
    """One phrasing per option with (max - min) / max <= tol, least padding first; None if impossible."""
    lengths = sorted({len(p) for o in options for p in o.phrasings})
    best: tuple[int, list[str]] | None = None
    for top in lengths:
        lo = (1 - tol) * top
        pick, cost = [], 0
        for o in options:
            ok = [(k, p) for k, p in enumerate(o.phrasings) if lo <= len(p) <= top]
            if not ok:
                break
            k, p = ok[0]
            pick.append(p)
            cost += k
        else:
            if best is None or cost < best[0]:
                best = (cost, pick)
    return best[1] if best else None


def spread(texts: list[str]) -> float:
    ls = [len(t) for t in texts]
    return (max(ls) - min(ls)) / max(ls) if ls and max(ls) else 0.0


def realise(c: Candidate, tol: float, rng: random.Random, used: set[str] = frozenset(),
            target: int | None = None, size: int = 4) -> tuple[list[str], list[bool], list[str], list[str]] | None:
    """Pick distractors so that ``size`` options (4; 3 for ``bench.generate``'s three-option tier) satisfy the
    length control: a single key's length rank nearest ``target`` (0 shortest .. size-1 longest; the caller rotates
    it) or several keys' mean length nearest the distractors', then most of the chain's own steps, then diverse
    kinds."""
    need = size - len(c.correct)
    if need < 0 or len(c.distractors) < need:
        return None
    pool = c.distractors[:]
    combos = list(combinations(range(len(pool)), need)) if need else [()]
    if c.chain.get("kind") != "path":  # keys and distractors never separable by where they come from
        combos = [cb for cb in combos if not need or any(pool[j].kind in OWN for j in cb)]
    # the chain's own steps first (they are keys of other items: no text is "never correct"), then diverse kinds;
    # an outside text used by an earlier item of the chain is not used again
    combos = [cb for cb in combos if not any(normalize_text(p) in used for j in cb if pool[j].kind not in OWN
                                             for p in pool[j].phrasings)]  # in either wording
    combos.sort(key=lambda cb: (-sum(pool[j].kind in OWN for j in cb), -len({pool[j].kind for j in cb}), cb))
    best = None
    for cb in combos[:400]:
        opts = c.correct + [pool[j] for j in cb]
        texts = fit_lengths(opts, tol)
        if texts is None or len({normalize_text(t) for t in texts}) < size:
            continue
        if len({fragment(t) for t in texts}) > 1:
            continue
        texts = [cap(t) for t in texts]
        own = sum(pool[j].kind in OWN for j in cb)
        # length-matched: the keys' mean length as close as possible to the distractors' (length AUC)
        k, d = texts[:len(c.correct)], texts[len(c.correct):]
        if len(k) == 1 and target is not None:  # the key's length rank rotates over the set: uniform, no cue
            gap = abs(sum(len(t) < len(k[0]) for t in d) - target)
        else:
            gap = round(abs(sum(map(len, k)) / len(k) - (sum(map(len, d)) / len(d) if d else 0)) / max(map(len, texts)), 2)
        score = (gap, -own, -len({pool[j].kind for j in cb}))
        if best is None or score < best[0]:
            best = (score, (texts, [o.correct for o in opts], [o.kind for o in opts], [o.form for o in opts]))
    return best[1] if best else None


# outside options from another section of the chapter or another chain: fair beside three wrong options, but the
# one of two that a reader rules out by topic ("A defibrillator effectively stops the heart ..." as what leads to
# "blood flows toward the atria", session 20 reading) leaves a three-option item a choice of two
FAR = frozenset({"same_chapter", "other_chain"})


def nearby(c: Candidate) -> Candidate:
    """The candidate with only the wrong options a three-option item may take: the chain's own and its passage's."""
    return Candidate(c.kind, c.question, c.correct, [d for d in c.distractors if d.kind not in FAR], c.positions,
                     c.chain)


def unrealised(c: Candidate, used: set[str] = frozenset()) -> str:
    """Why ``realise`` found no four options (for the report, not a rule): too few distractors at all, none of the
    chain's own, too few of the keys' form (sentence or continuation), the outside ones used already, else lengths."""
    need = 4 - len(c.correct)
    if len(c.distractors) < need:
        return "few_distractors"
    if need and c.chain.get("kind") != "path" and not any(o.kind in OWN for o in c.distractors):
        return "no_own_distractor"
    forms = {fragment(o.phrasings[0]) for o in c.correct}
    same = [o for o in c.distractors if {fragment(o.phrasings[0])} == forms or len(forms) > 1]
    if len(forms) > 1 or len(same) < need:
        return "form_mix"
    fresh = [o for o in same if o.kind in OWN or not any(normalize_text(p) in used for p in o.phrasings)]
    if len(fresh) < need:
        return "outside_used"
    return "lengths"
