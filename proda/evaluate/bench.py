"""Benchmark items ("unit tests") from L3 chains: process and causal reasoning, not definition recall.

Chains come from the named query ``bench_chains``.  Every item has options A-D with
1-4 correct and asks about the chain's order and causal structure:

``next_step``    what directly follows step i            (1 correct)
``cause``        what directly leads to step k           (1 correct)
``consequence``  what follows, directly or not, from i   (all later steps)
``precondition`` what must already have happened for k  (all earlier steps)
``missing_step`` what no longer follows if k is missing  (all later steps)
``order``        the correct order of the steps          (1 correct)

Distractor kinds (recorded per option): ``reversed_causality`` (an effect offered as
a cause or the other way round, or the whole order reversed), ``wrong_order`` (a
step out of place, e.g. an indirect effect offered as the direct one),
``missing_precondition`` (claims a step needs nothing before it, or that removing a
step changes nothing), ``other_chain`` (a step of another chain, never one that
mentions a concept of this chain), ``overgeneralisation`` ("every step of the
process").  Controls: option lengths within ``tolerance`` of each other (by picking
among neutral phrasings, else the item is dropped), correct positions balanced
over the set, near-duplicates removed.
"""

from __future__ import annotations

import random
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import combinations, permutations

from proda.datasets import NearDup, normalize_text, position_histogram
from proda.ids import digest
from proda.models import BenchItem
from proda.perf import gc_paused

KINDS = ("next_step", "cause", "consequence", "precondition", "missing_step", "order")
# neutral wrappers for a step text, shortest first: used to bring option lengths together
WRAPPERS = ("{t}", "the {t}", "the {t} step", "the step involving {t}", "the step that involves {t}",
            "the stage of the process involving {t}")
NOTHING_BEFORE = ("nothing, no earlier step is needed", "none: it needs no earlier step",
                  "no earlier step is required for it", "it occurs without any earlier step")
NOTHING_CHANGES = ("nothing would change", "no later step would be affected",
                   "the rest of the process would still follow", "all later steps would still occur normally")
EVERY_STEP = ("every step of the process", "every step of the process, including {first}",
              "all steps of the process, including {first}")
ARROW = " → "


@dataclass
class Option:
    phrasings: list[str]  # candidate wordings, preferred first
    correct: bool
    kind: str = ""  # distractor kind ("" for a correct option)


@dataclass
class Candidate:
    kind: str
    question: str
    correct: list[Option]
    distractors: list[Option]  # more than needed: the length control picks among them
    positions: list[int]  # chain positions the item depends on
    chain: dict = field(default_factory=dict)


@dataclass
class BenchReport:
    chains: int = 0
    chains_usable: int = 0
    chains_with_items: int = 0
    candidates: int = 0
    dropped_length: int = 0
    near_duplicates: int = 0
    items: int = 0
    kinds: dict = field(default_factory=dict)
    positions: dict = field(default_factory=dict)  # correct answers per position A-D
    n_correct: dict = field(default_factory=dict)  # items by number of correct options
    distractor_kinds: dict = field(default_factory=dict)
    max_length_spread: float = 0.0
    seconds: float = 0.0


def phrasings(text: str) -> list[str]:
    """Neutral wordings of a step: the text itself, wrapped ones (short texts), shorter heads (long texts)."""
    t = " ".join(text.split()).rstrip(".")
    out = [t]
    sentence_like = t[:1].isupper() and len(t.split()) >= 4
    if len(t) <= 60 and not sentence_like:
        for w in WRAPPERS[1:]:
            if t[:1].isupper() and w.startswith("the {t}"):
                continue  # "the ADH step" reads badly; keep the wrappers that put the text last
            out.append(w.format(t=t))
    if len(t) > 60:
        head, sep, _ = t.partition(": ")
        if sep and 1 <= len(head.split()) <= 6:
            out.append(head)
        for cut in (", ", "; ", " which ", " that "):
            h = t.split(cut, 1)[0]
            if cut in t and len(h.split()) >= 4:
                out.append(h)
    seen, res = set(), []
    for p in out:
        if p not in seen:
            seen.add(p)
            res.append(p)
    return res


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


class Chains:
    """The usable chains (>= 3 distinct steps) and an index of all steps for other-chain distractors.

    Steps are indexed once by document and by domain, so finding other-chain distractors looks at a bounded
    random sample of a tier instead of every step of the KB (generation stays linear in the number of chains).
    """

    PROBES = 6  # random steps looked at per wanted distractor in each tier

    def __init__(self, rows: list[dict]):
        self.all = rows
        self.usable = []
        for r in rows:
            steps = sorted(r.get("steps") or [], key=lambda s: s["position"])
            norms = [normalize_text(s["text"]) for s in steps]
            if len(steps) >= 3 and all(norms) and len(set(norms)) == len(norms):
                r = dict(r, steps=steps)
                self.usable.append(r)
        # (chain id, text, normalised text, concepts) per step, in row order; tiers index into it
        self.steps: list[tuple[str, str, str, frozenset]] = []
        by_doc: dict[str, list[int]] = defaultdict(list)
        by_domain: dict[str, list[int]] = defaultdict(list)
        for r in rows:
            for s in r.get("steps") or []:
                n = normalize_text(s["text"])
                if not n:
                    continue
                k = len(self.steps)
                self.steps.append((r["id"], s["text"], n, frozenset(s.get("concepts") or [])))
                if r.get("document"):
                    by_doc[r["document"]].append(k)
                by_domain[r.get("domain")].append(k)
        self.by_doc, self.by_domain = dict(by_doc), dict(by_domain)

    def foreign_steps(self, chain: dict, rng: random.Random, k: int) -> list[str]:
        """Up to ``k`` step texts of other chains (same document first, then same domain, then any),
        none equal to a step of ``chain`` or mentioning one of its concepts.

        Each tier is probed at random, at most ``PROBES * k`` steps per tier (all of a small tier), so the cost
        does not grow with the size of the KB; deterministic for a given ``rng``.
        """
        mine_text = {normalize_text(s["text"]) for s in chain["steps"]}
        mine_concepts = {c for s in chain["steps"] for c in s.get("concepts") or []} | set(chain.get("about") or [])
        tiers = [self.by_doc.get(chain.get("document")) if chain.get("document") else None,
                 self.by_domain.get(chain.get("domain")), range(len(self.steps))]
        out: list[str] = []
        seen = set(mine_text)
        for pool in tiers:
            if not pool:
                continue
            probes = min(len(pool), self.PROBES * k)
            for j in rng.sample(range(len(pool)), probes):
                cid, text, n, concepts = self.steps[pool[j]]
                if cid == chain["id"] or n in seen or (mine_concepts and not mine_concepts.isdisjoint(concepts)):
                    continue
                seen.add(n)
                out.append(text)
                if len(out) >= k:
                    return out
        return out


def _q(chain: dict, body: str) -> str:
    return f"In the process \"{chain['name']}\", {body}"


def candidates(chain: dict, chains: Chains, rng: random.Random) -> list[Candidate]:
    steps = chain["steps"]
    n = len(steps)
    txt = {s["position"]: s["text"].strip().rstrip(".") for s in steps}
    foreign = [Option(phrasings(t), False, "other_chain") for t in chains.foreign_steps(chain, rng, 8)]
    first = txt[1]
    out: list[Candidate] = []

    def step(p: int, correct: bool, kind: str = "") -> Option:
        return Option(phrasings(txt[p]), correct, "" if correct else kind)

    def fixed(texts: tuple[str, ...], kind: str, **fmt) -> Option:
        return Option([t.format(**fmt) for t in texts], False, kind)

    for i in range(1, n):  # next_step: what directly follows step i
        ds = ([step(i - 1, False, "reversed_causality")] if i > 1 else []) + \
             ([step(i + 2, False, "wrong_order")] if i + 2 <= n else []) + foreign
        out.append(Candidate("next_step", _q(chain, f"what comes directly after \"{txt[i]}\"?"),
                             [step(i + 1, True)], ds, [i, i + 1]))
    for k in range(2, n + 1):  # cause: what directly leads to step k
        ds = ([step(k + 1, False, "reversed_causality")] if k < n else []) + \
             ([step(k - 2, False, "wrong_order")] if k > 2 else []) + foreign
        out.append(Candidate("cause", _q(chain, f"which step directly leads to \"{txt[k]}\"?"),
                             [step(k - 1, True)], ds, [k - 1, k]))
    for i in range(1, n):  # consequence: everything downstream of i
        later = list(range(i + 1, min(n, i + 4) + 1))
        ds = [step(j, False, "reversed_causality") for j in range(1, i)]
        if i > 1:
            ds.append(fixed(EVERY_STEP, "overgeneralisation", first=f"\"{first}\""))
        out.append(Candidate("consequence",
                             _q(chain, f"which of the following follow, directly or indirectly, from \"{txt[i]}\"? "
                                       "Select all that apply."),
                             [step(j, True) for j in later], ds + foreign, [i] + later))
    for k in range(2, n + 1):  # precondition: everything upstream of k
        earlier = list(range(max(1, k - 4), k))
        ds = [step(j, False, "reversed_causality") for j in range(k + 1, n + 1)] + \
             [fixed(NOTHING_BEFORE, "missing_precondition")]
        out.append(Candidate("precondition",
                             _q(chain, f"which of the following must already have happened for \"{txt[k]}\" to occur? "
                                       "Select all that apply."),
                             [step(j, True) for j in earlier], ds + foreign, earlier + [k]))
    for k in range(2, n):  # missing_step: a middle step does not happen
        later = list(range(k + 1, min(n, k + 4) + 1))
        ds = [step(j, False, "reversed_causality") for j in range(1, k)] + \
             [fixed(NOTHING_CHANGES, "missing_precondition"),
              fixed(EVERY_STEP, "overgeneralisation", first=f"\"{first}\"")]
        out.append(Candidate("missing_step",
                             _q(chain, f"if \"{txt[k]}\" did not happen, which of the following would no longer "
                                       "follow? Select all that apply."),
                             [step(j, True) for j in later], ds + foreign, [k] + later))
    if 3 <= n <= 5:  # order
        seq = [txt[p] for p in range(1, n + 1)]
        right = ARROW.join(seq)
        ds = [Option([ARROW.join(reversed(seq))], False, "reversed_causality")]
        perms = [p for p in permutations(range(n)) if list(p) != list(range(n)) and list(p) != list(range(n))[::-1]]
        rng.shuffle(perms)
        ds += [Option([ARROW.join(seq[j] for j in p)], False, "wrong_order") for p in perms[:6]]
        if foreign:
            for pos in rng.sample(range(n), min(2, n)):
                alt = seq[:]
                alt[pos] = foreign[0].phrasings[0] if pos % 2 == 0 or len(foreign) < 2 else foreign[1].phrasings[0]
                ds.append(Option([ARROW.join(alt)], False, "other_chain"))
        ds.append(Option([ARROW.join(seq[1:])], False, "missing_precondition"))
        out.append(Candidate("order", _q(chain, "which sequence gives the steps in the correct order?"),
                             [Option([right], True)], ds, list(range(1, n + 1))))
    for c in out:
        c.chain = chain
    return out


def realise(c: Candidate, tol: float, rng: random.Random) -> tuple[list[str], list[bool], list[str]] | None:
    """Pick distractors and phrasings so that 4 options satisfy the length control (diverse kinds first)."""
    need = 4 - len(c.correct)
    if need < 0:
        return None
    pool = c.distractors[:]
    # prefer distractor sets that use several kinds, then the order they were offered in
    combos = list(combinations(range(len(pool)), need)) if need else [()]
    combos.sort(key=lambda cb: (-len({pool[j].kind for j in cb}), cb))
    for cb in combos[:60]:
        opts = c.correct + [pool[j] for j in cb]
        texts = fit_lengths(opts, tol)
        if texts is None:
            continue
        if len({normalize_text(t) for t in texts}) < 4:
            continue
        return texts, [o.correct for o in opts], [o.kind for o in opts]
    return None


def _units(c: Candidate) -> tuple[list[str], list[str], list[str]]:
    chain = c.chain
    lo, hi = min(c.positions), max(c.positions)
    steps = [s for s in chain["steps"] if lo <= s["position"] <= hi]
    trans = [t for t in chain.get("transitions") or [] if t and lo <= t["from"] and t["to"] <= hi]
    concepts = {x for s in steps for x in s.get("concepts") or []} | set(chain.get("about") or [])
    concepts |= {x for t in trans for x in (t.get("subject_id"), t.get("object_id")) if x}
    return [s["id"] for s in steps], sorted({t["id"] for t in trans}), sorted(concepts)


@gc_paused()
def generate(chain_rows: list[dict], *, per_chain: int = 2, seed: int = 0, tolerance: float = 0.2,
             dedupe: float = 0.8, progress: Callable[[str, int, int], None] | None = None,
             max_items: int = 0) -> tuple[list[BenchItem], BenchReport]:
    """Up to ``per_chain`` items per usable chain; deterministic for a seed.

    ``max_items`` (0: no limit) stops once that many items are chosen, visiting the chains in a seeded random
    order so the items still spread over the whole KB (a ProDaLib-sized KB has ~44k chains; a 16k-item benchmark
    needs a third of them)."""
    t0 = time.time()
    rep = BenchReport(chains=len(chain_rows))
    chains = Chains(chain_rows)
    rep.chains_usable = len(chains.usable)
    kind_count: Counter = Counter()
    ncorrect_count: Counter = Counter()
    chosen: list[tuple[Candidate, list[str], list[bool], list[str]]] = []
    dup = NearDup(dedupe)
    order = chains.usable
    if max_items:
        order = order[:]
        random.Random(f"{seed}:chain-order").shuffle(order)
    for ci, chain in enumerate(order, 1):
        if max_items and len(chosen) >= max_items:
            break
        rng = random.Random(f"{seed}:{chain['id']}")
        cands = candidates(chain, chains, rng)
        rep.candidates += len(cands)
        rng.shuffle(cands)
        taken = 0
        while cands and taken < per_chain and not (max_items and len(chosen) >= max_items):
            # least-used kind first, then the least-used number of correct options (stable sort keeps rng order)
            cands.sort(key=lambda c: (kind_count[c.kind], ncorrect_count[min(len(c.correct), 3)]))
            c = cands.pop(0)
            got = realise(c, tolerance, rng)
            if got is None:
                rep.dropped_length += 1
                continue
            texts = got[0]
            if not dup.add(c.question + "\n" + "\n".join(sorted(texts))):
                rep.near_duplicates += 1
                continue
            kind_count[c.kind] += 1
            ncorrect_count[min(len(c.correct), 3)] += 1
            chosen.append((c, *got))
            taken += 1
        rep.chains_with_items += taken > 0
        if progress:
            progress("bench", ci, len(chains.usable))
    items = sorted(_place(chosen, seed), key=lambda i: i.id)
    rep.items = len(items)
    rep.kinds = dict(sorted(Counter(i.kind for i in items).items()))
    rep.positions = position_histogram(items)
    rep.n_correct = dict(sorted(Counter(len(i.correct) for i in items).items()))
    rep.distractor_kinds = dict(sorted(Counter(k for i in items for k in i.distractor_kinds if k).items()))
    rep.max_length_spread = round(max((spread(i.options) for i in items), default=0.0), 3)
    rep.seconds = time.time() - t0
    return items, rep


def _place(chosen, seed: int) -> list[BenchItem]:
    """Put correct options where the set so far has fewest correct answers (balanced A-D)."""
    rng = random.Random(f"{seed}:positions")
    counts = [0, 0, 0, 0]
    items = []
    for c, texts, flags, kinds in chosen:
        rights = [j for j, f in enumerate(flags) if f]
        wrongs = [j for j, f in enumerate(flags) if not f]
        rng.shuffle(wrongs)
        order = sorted(range(4), key=lambda p: (counts[p], rng.random()))
        slots = sorted(order[: len(rights)])
        options, dk = [""] * 4, [""] * 4
        for p, j in zip(slots, rights):
            options[p] = texts[j]
            counts[p] += 1
        for p, j in zip([p for p in range(4) if p not in slots], wrongs):
            options[p], dk[p] = texts[j], kinds[j]
        step_ids, statement_ids, concept_ids = _units(c)
        ch = c.chain
        items.append(BenchItem(
            id="bi_" + digest(c.question, *options, *slots), question=c.question, options=options, correct=slots,
            kind=c.kind, distractor_kinds=dk, chain_id=ch["id"], step_ids=step_ids, statement_ids=statement_ids,
            concept_ids=concept_ids, domain=ch.get("domain") or "", document=ch.get("document") or "",
            chain_length=len(ch["steps"])))
    return items


def load_chains(store) -> list[dict]:
    return sorted(store.read("bench_chains"), key=lambda r: r["id"])  # unordered query: see its header


__all__ = ["generate", "load_chains", "BenchReport", "KINDS", "phrasings", "fit_lengths", "spread"]
