"""Options of benchmark items: their wording and the length control (split from ``bench.py``).

Why a module of its own: a model learns any form that only keys or only distractors have (a wrapped "the step
involving X", a continuation "which triggers ...", the one long option), so every option of an item gets one
wording and one form, and lengths are matched (``fit_lengths``, ``realise``; issue 12, audit rounds 2-3), the key's
length rank rotating over the set (``_frugal``; ``_at_rank`` for three-option items, moved here from ``bench.py``).
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
    near: bool = True  # not told outside the chain's section (``Chains.external``'s ``far``): see ``nearby``


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


# a step cut at its modal verb ("would result in ...") is a predicate whose subject closed the step before (session 23)
_MODALS = frozenset("can could may might must shall should will would".split())


def fragment(text: str) -> bool:
    """Whether an option reads as the continuation of a sentence rather than a sentence of its own."""
    w = text.split()[0] if text.split() else ""
    return w.lower() in _CONTINUATION or (w.islower() and (w.endswith(("ing", "ed")) and len(w) > 4 or w in _MODALS))


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
    # no wrong option: "Choose the four correct answers." of four gives the item away (chance 1, the prompt states the
    # count: proda/evaluate/asking.py)
    if need <= 0 or len(c.distractors) < need:
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
    """The candidate with only the wrong options a three-option item may take: the chain's own and its passage's.
    By kind and by where it was told: a statement of another section acting from a concept of the chain is offered
    as ``upstream``/``downstream``, not ``same_chapter`` (review R3: "The central bank watches inflation closely
    every month", told under another heading, filled a three-option item), so ``Option.near`` says it too."""
    return Candidate(c.kind, c.question, c.correct, [d for d in c.distractors if d.kind not in FAR and d.near],
                     c.positions, c.chain)


def unrealised(c: Candidate, used: set[str] = frozenset()) -> str:
    """Why ``realise`` found no four options (for the report, not a rule): too few distractors at all, none of the
    chain's own, too few of the keys' form (sentence or continuation), the outside ones used already, else lengths."""
    need = 4 - len(c.correct)
    if need <= 0:
        return "every_option_correct"
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


def _frugal(c, tolerance: float, fallback: float, rng: random.Random, used: set[str], target: int,
            ranked: float = 0.0, size: int = 4):
    """``realise`` at the rotation's key-length rank, or at the nearest rank that spends fewer outside texts.  An
    outside text is offered once per chain, so an item that spends two where one would do leaves a later item of the
    chain without any (review R14: once "X then stimulates Y" lost its "then", the chain's own steps were shorter
    than the key, and hitting rank 0 exactly took a second outside sentence and cost the chain two items).  The rank
    still rotates over the set; it is only missed where the chain's own steps cannot meet it.

    ``ranked`` (> ``fallback``): a single-key question that no four options within ``fallback`` fit may take options
    within ``ranked`` of each other, but only with its key at exactly the rank ``target`` the rotation asks for (never
    at a nearer one), so over the set length still says nothing of the key.  Why (session 12): a chain's short steps
    (20-60 characters) beside its section's sentences (60-240) left most questions "unrealised:lengths"; the
    plain wider fallback (0.7) made 25 more items on six development KBs but raised the length AUC 0.62 -> 0.64 and
    the option-only AUC 0.57 -> 0.64; at the rotation's rank, eleven development KBs 96 -> 110 items, length AUC
    0.587 -> 0.563, option-only AUC 0.560 -> 0.457."""
    if c.chain.get("kind") == "procedure":
        ranked = 0.0  # a procedure's outside options are sentences that are no step of it (session 12 reading:
        # "Aluminum hydroxide tends to cause constipation" beside "Add OH- ions ..."): no wider tier adds more of them

    def rank(g) -> int:
        key = next(t for t, f in zip(g[0], g[1]) if f)
        return sum(len(t) < len(key) for t, f in zip(g[0], g[1]) if not f)

    def one(t, wide: bool = True):
        got = realise(c, tolerance, rng, used, t, size) or (realise(c, fallback, rng, used, t, size)
                                                            if fallback > tolerance else None)
        if got is None and wide and ranked > max(tolerance, fallback) and len(c.correct) == 1:
            got = realise(c, ranked, rng, used, t, size)
            if got is not None and rank(got) != t:
                got = None
        return got

    def spent(g):
        return sum(1 for k in g[2] if k and k not in OWN)

    best = one(target)
    least = max(0, size - len(c.correct) - sum(1 for d in c.distractors if d.kind in OWN))  # fewer is not possible
    if best is None or len(c.correct) != 1 or spent(best) <= least:
        return best
    for t in sorted(set(range(size)) - {target}, key=lambda t: abs(t - target)):
        got = one(t, wide=False)  # another rank only within ``fallback``: a wider item keeps its exact rank
        if got is not None and spent(got) < spent(best):
            best = got
    return best


def _at_rank(cands: list, target: int, tolerance: float, fallback: float, rng: random.Random, used: set[str],
             ranked: float) -> tuple:
    """The first of ``cands`` (removed from it) whose three options fit with its key at exactly length rank
    ``target`` (0 shortest .. 2 longest), with those options; ``(None, None)`` if none.  Exactly: at the nearest rank
    (``_frugal``'s way) 5 of the first 7 three-option keys were the shortest option (session 20), a length cue."""
    for c in cands:
        if target in c.tries:
            continue
        c.tries.add(target)
        got = _frugal(nearby(c), tolerance, fallback, rng, used, target, ranked, size=3)
        if got is not None and sum(len(t) < len(got[0][got[1].index(True)]) for t in got[0]) == target:
            cands.remove(c)
            return c, got
    return None, None
