"""Benchmark items ("unit tests") from L3 chains: process and causal reasoning, not definition recall.

Chains come from the named query ``bench_chains`` (issue 11's mined multi-hop chains included: they are chains
of kind ``mined``); ``bench_links`` gives the KB's links for verifying other-chain distractors
(``proda/evaluate/bench_chains.py``).  Every item has options A-D with 1-4 correct and follows the sign of each link
(``+1`` leads to, ``-1`` inhibits or reduces) and the composed sign along the chain:

``next_step``    what step i directly leads to (sign +) or directly inhibits or reduces (sign -)   (1 correct)
``cause``        which step directly leads to / inhibits step k                               (1 correct)
``consequence``  what follows from step i, directly or not (composed sign +)                 (1-4 correct)
``reduced``      what step i reduces or prevents, directly or not (composed sign -)          (1-4 correct)
``precondition`` what must already have happened for step k (earlier steps of composed sign +)
``missing_step`` if step k did not happen, what would no longer follow (composed sign +) ...
``missing_more`` ... or what would increase or occur more (composed sign -)
``order``        the correct order of the steps                                               (1 correct)

Options are the steps' own texts, never wrapped ("the step involving ...") and never stock phrases ("nothing would
change"): a wording that only distractors get is a cue a model learns instead of the book (issue 12).  Distractor
kinds (per option): ``reversed_causality``, ``wrong_order``, ``opposite_sign`` (a step the link's sign puts on the
other side), ``other_chain`` (a step of another chain of the same chapter, sharing concepts where possible, verified
not to follow), ``missing_precondition`` (an order without its first step).  ``option_forms`` label each option's
wording (``step`` | ``sequence``) for ``proda data audit``.  Controls: option lengths within ``tolerance`` when
possible, correct positions balanced over the set, near-duplicates removed, and at least ``min_per_chapter`` items
per chapter where its chains allow (more items per chain in chapters with few chains).
"""

from __future__ import annotations

import math
import random
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import permutations

from proda.datasets import NearDup, normalize_text, position_histogram
from proda.evaluate.bench_chains import OWN, Chains, chapter_of, link_signs
from proda.evaluate.bench_events import PLACEHOLDERS, resolve_relatives
from proda.evaluate.bench_options import (  # noqa: F401  (re-exported: tests and callers use bench.X)
    Candidate, Option, cap, fit_lengths, fragment, phrasings, position_cue, realise, spread)
from proda.evaluate.bench_place import place as _place
from proda.models import BenchItem
from proda.perf import gc_paused

KINDS = ("next_step", "cause", "consequence", "reduced", "precondition", "missing_step", "missing_more", "order")
ARROW = " → "
REACH = 4  # steps downstream / upstream an item looks at


@lru_cache(maxsize=1)
def _named_stage() -> re.Pattern:
    """ "the play stage", "the coalescence phase", "the conventional level": a stage named by the words before its
    noun (the nouns are the chain rules' data, announced lists' "levels" included); "on the global stage" (a stage
    one acts on, not a stage one passes through) and "the level of risk" name none."""
    from proda.ingest.extract.chain_rules import rules

    r = rules()["named_stage"]
    nouns = "|".join(r["nouns"] + r["list_nouns"])
    return re.compile(rf"(?<!\bon )(?<!\bonto )(?<!\bupon )(?<!\bat )(?<!\bfrom )"
                      rf"\b(?:the|a|an|this|each)\s+(?:[a-z][a-z-]*\s+){{1,2}}(?:{nouns})s?\b", re.I)


@dataclass
class BenchReport:
    chains: int = 0
    chains_usable: int = 0
    lists_refused: int = 0  # chains whose neighbouring steps share nothing and have no causal or temporal link
    statement_paths: int = 0  # usable paths of causal statements in one section (A -> B, B -> C)
    steps_as_events: int = 0  # continuation steps written as their event (bench_events)
    chains_with_items: int = 0
    candidates: int = 0
    dropped_length: int = 0
    near_duplicates: int = 0
    items: int = 0
    kinds: dict = field(default_factory=dict)
    positions: dict = field(default_factory=dict)  # correct answers per position A-D
    n_correct: dict = field(default_factory=dict)  # items by number of correct options
    distractor_kinds: dict = field(default_factory=dict)
    per_chapter: dict = field(default_factory=dict)  # items per chapter (document folder)
    negative_links: int = 0  # links of sign -1 among the usable chains
    max_length_spread: float = 0.0
    seconds: float = 0.0


def _q(chain: dict, body: str) -> str:
    if chain.get("kind") == "path":  # statements of one section, not a named process
        return f"According to the section \"{chain.get('label') or chain['name']}\", {body}"
    if chain.get("kind") == "sequence":
        return f"In the sequence of stages {chain.get('label') or chain['name']}, {body}"
    return f"In the process {chain.get('label') or chain['name']}, {body}"


def composed(sign: dict[int, int], a: int, b: int) -> int:
    """The sign of the path from step a to step b (a < b): the product of its links."""
    out = 1
    for p in range(a, b):
        out *= sign.get(p, 1)
    return out


BACK = frozenset("there then this these that those it they its their here thus so".split())
_THEN = re.compile(r"^(?:\S+\s+){0,4}then\b", re.I)


def points_back(text: str) -> bool:
    """A step whose words place it after another ("There, the micelles release ...", "The fats are then
    reassembled ...", "This activates ..."): an order item is solved by reading which steps cannot come first
    (audit round 9: the fat-absorption order item)."""
    words = text.split()
    return bool(words) and (words[0].lower().strip(",") in BACK or bool(_THEN.match(text)))


def candidates(chain: dict, chains: Chains, rng: random.Random) -> list[Candidate]:
    """Every question a chain supports, each with more distractors than needed: first the chain's own steps that
    the link structure makes wrong (before a step for "what follows", after it for "what must have happened",
    non-adjacent for "directly"), then on-topic outside ones verified against the KB (``Chains.external``)."""
    steps = chain["steps"]
    n = len(steps)
    sign = chain.get("sign") or link_signs(chain)
    txt = {s["position"]: (s.get("event") or s["text"]).strip().rstrip(".") for s in steps}
    cache: dict[tuple[int, bool], list[Option]] = {}
    out: list[Candidate] = []

    def ext(anchor: int, forward: bool) -> list[Option]:
        if (anchor, forward) not in cache:
            cache[anchor, forward] = [Option(phrasings(t), False, kind)
                                      for t, kind in chains.external(chain, anchor, forward, 24)]
        return cache[anchor, forward]

    def step(p: int, correct: bool, kind: str = "") -> Option:
        return Option(phrasings(txt[p]), correct, "" if correct else kind)

    staged = chain.get("kind") == "sequence"  # named stages follow one another: an order, no causes to ask about
    for i in range(1, n):  # next_step: what step i directly leads to / acts against
        body = (f"which stage comes directly after \"{txt[i]}\"?" if staged else
                f"what does \"{txt[i]}\" directly lead to?" if sign[i] > 0 else
                f"what does \"{txt[i]}\" directly inhibit or reduce?")
        ds = [step(j, False, "reversed_causality") for j in range(i - 1, 0, -1)] + \
             [step(j, False, "wrong_order") for j in range(i + 2, n + 1)] + ext(i, True)
        out.append(Candidate("next_step", _q(chain, body), [step(i + 1, True)], ds, [i, i + 1]))
    for k in range(2, n + 1):  # cause: which step directly leads to / acts against step k
        body = (f"which stage comes directly before \"{txt[k]}\"?" if staged else
                f"which step directly leads to \"{txt[k]}\"?" if sign[k - 1] > 0 else
                f"which step directly inhibits or reduces \"{txt[k]}\"?")
        ds = [step(j, False, "reversed_causality") for j in range(k + 1, n + 1)] + \
             [step(j, False, "wrong_order") for j in range(k - 2, 0, -1)] + ext(k, False)
        out.append(Candidate("cause", _q(chain, body), [step(k - 1, True)], ds, [k - 1, k]))
    for i in range(1, n if not staged else 1):  # consequence / reduced: downstream of i, split by composed sign
        later = list(range(i + 1, min(n, i + REACH) + 1))
        plus = [j for j in later if composed(sign, i, j) > 0]
        minus = [j for j in later if composed(sign, i, j) < 0]
        back = [step(j, False, "reversed_causality") for j in range(i - 1, 0, -1)]
        if plus:
            out.append(Candidate("consequence", _q(chain, f"which of the following follow, directly or indirectly, "
                                                         f"from \"{txt[i]}\"? Select all that apply."),
                                 [step(j, True) for j in plus],
                                 [step(j, False, "opposite_sign") for j in minus] + back + ext(i, True), [i] + later))
        if minus:
            out.append(Candidate("reduced", _q(chain, f"which of the following does \"{txt[i]}\" reduce or prevent, "
                                                     "directly or indirectly? Select all that apply."),
                                 [step(j, True) for j in minus],
                                 [step(j, False, "opposite_sign") for j in plus] + back + ext(i, True), [i] + later))
    for k in range(2, n + 1 if not staged else 2):  # precondition: upstream steps whose path to k has sign +
        earlier = list(range(max(1, k - REACH), k))
        need = [j for j in earlier if composed(sign, j, k) > 0]
        against = [j for j in earlier if composed(sign, j, k) < 0]
        if not need:
            continue
        ds = [step(j, False, "reversed_causality") for j in range(k + 1, n + 1)] + \
             [step(j, False, "opposite_sign") for j in against]
        out.append(Candidate("precondition",
                             _q(chain, f"which of the following must already have happened for \"{txt[k]}\" to "
                                       "occur? Select all that apply."),
                             [step(j, True) for j in need], ds + ext(k, False), earlier + [k]))
    for k in range(2, n if not staged else 2):  # missing_step / missing_more: a middle step does not happen
        later = list(range(k + 1, min(n, k + REACH) + 1))
        plus = [j for j in later if composed(sign, k, j) > 0]
        minus = [j for j in later if composed(sign, k, j) < 0]
        back = [step(j, False, "reversed_causality") for j in range(k - 1, 0, -1)]
        if plus:
            out.append(Candidate("missing_step",
                                 _q(chain, f"if \"{txt[k]}\" did not happen, which of the following would no longer "
                                           "follow? Select all that apply."),
                                 [step(j, True) for j in plus],
                                 [step(j, False, "opposite_sign") for j in minus] + back + ext(k, True), [k] + later))
        if minus:
            out.append(Candidate("missing_more",
                                 _q(chain, f"if \"{txt[k]}\" did not happen, which of the following would increase "
                                           "or occur more? Select all that apply."),
                                 [step(j, True) for j in minus],
                                 [step(j, False, "opposite_sign") for j in plus] + back + ext(k, True), [k] + later))
    # order (a section's statements have no order to test); not when the label quotes the first step, nor when a
    # later step reads as a continuation ("which triggers ...", "this prevents ...") that cannot come first
    if 3 <= n <= 5 and chain.get("kind") != "path" and not chain.get("leaks_first") \
            and not any(fragment(txt[p]) or points_back(txt[p]) for p in range(2, n + 1)):
        seq = [cap(txt[p]) for p in range(1, n + 1)]
        ds = [Option([ARROW.join(reversed(seq))], False, "reversed_causality", "sequence")]
        # a rotation of the order is the same cycle started elsewhere ("Mitosis → Cytokinesis → Interphase" is as
        # right as "Interphase → Mitosis → Cytokinesis" for the cell cycle, audit round 6): never a distractor
        rotations = {tuple((j + r) % n for j in range(n)) for r in range(n)}
        perms = [p for p in permutations(range(n)) if p not in rotations and list(p) != list(range(n))[::-1]]
        random.Random(f"{chain['id']}:order").shuffle(perms)  # its own stream: the other draws stay as they were
        ds += [Option([ARROW.join(seq[j] for j in p)], False, "wrong_order", "sequence") for p in perms[:6]]
        out.append(Candidate("order", _q(chain, f"which sequence gives the {'stages' if staged else 'steps'} in the correct order?"),
                             [Option([ARROW.join(seq)], True, "", "sequence")], ds, list(range(1, n + 1))))
    if chain.get("leaks_first"):  # the label quotes step 1: as an option it would be given away by the question
        first = normalize_text(txt[1])
        for c in out:
            c.correct = [o for o in c.correct if normalize_text(o.phrasings[0]) != first]
            c.distractors = [o for o in c.distractors if normalize_text(o.phrasings[0]) != first]
        out = [c for c in out if c.correct]
    # a question that quotes a step still cut from its sentence ("it relaxes", "falling below the pressure ...")
    # asks about something the reader cannot identify: no item (bench_events writes most of them out as events)
    unreadable = [f'"{t}"' for p, t in txt.items() if fragment(t) or t.split()[0].lower() in PLACEHOLDERS]
    out = [c for c in out if not any(u in c.question for u in unreadable)]
    # a step whose words say its place ("The second stage is ...", "In the final stage, ...") is ordered by reading:
    # no item asks about it or keys it, no order item shows it, and it is no distractor (it rules itself out)
    # (an outside option naming its own place, "The fourth stage, ...", rules itself out the same way)
    out = [c for c in out if not any(position_cue(txt[p]) for p in c.positions)]
    for c in out:
        c.distractors = [o for o in c.distractors if o.form == "sequence" or not position_cue(o.phrasings[0])]
    if staged:  # "which stage comes directly after ...?": an outside option that names no stage rules itself out
        for c in out:
            c.distractors = [o for o in c.distractors if o.kind in OWN or _named_stage().search(o.phrasings[0])]
    # a key written out in the question is answered by reading (and memorised with the question)
    out = [c for c in out if not any(normalize_text(o.phrasings[0]) in normalize_text(c.question) for o in c.correct)]
    for c in out:
        c.chain = chain
    return out


@gc_paused()
def generate(chain_rows: list[dict], *, per_chain: int = 2, seed: int = 0, tolerance: float = 0.2,
             dedupe: float = 0.8, progress: Callable[[str, int, int], None] | None = None,
             max_items: int = 0, links: list[dict] | None = None, min_per_chapter: int = 0,
             fallback_tolerance: float = 0.5, paths: bool = False,
             events: Callable[[list[str]], dict[str, str]] | None = None) -> tuple[list[BenchItem], BenchReport]:
    """Up to ``per_chain`` items per usable chain (more in a chapter with few chains, to reach ``min_per_chapter``);
    deterministic for a seed.  Options within ``tolerance`` of each other in length where the chain allows, else
    within ``fallback_tolerance`` (``proda data audit`` measures what length still tells).

    ``max_items`` (0: no limit) stops once that many items are chosen, visiting the chains in a seeded random
    order so the items still spread over the whole KB (a ProDaLib-sized KB has ~44k chains; a 16k-item benchmark
    needs a third of them).

    ``paths`` also builds items from paths of causal statements of one section (``bench_paths.statement_paths``):
    off by default, because on the audit KBs their keys inherit every extraction error of two statements and their
    options (statements never keyed elsewhere) raised the option-only AUC of anatomy from 0.48 to 0.68.

    ``events`` (``bench_events.renderer``) writes a step cut from inside a sentence ("causing Ca++ to diffuse ...")
    as the event it names ("Ca++ diffuses ..."), so it can stand as an option beside whole sentences."""
    t0 = time.time()
    rep = BenchReport(chains=len(chain_rows))
    chains = Chains([dict(r) for r in chain_rows], links, paths=paths)  # the caller's rows stay as they were
    rep.chains_usable = len(chains.usable)
    for c in chains.usable:  # "which stimulates X" after "... release PTH": "PTH stimulates X" (its antecedent)
        c["steps"] = resolve_relatives(c["steps"], getattr(events, "nlp", None))
    if events is not None:
        written = events([s["text"] for c in chains.usable for s in c["steps"]])
        for c in chains.usable:
            c["steps"] = [dict(s, event=written[s["text"]]) if s["text"] in written else s for s in c["steps"]]
            rep.steps_as_events += sum(1 for s in c["steps"] if s.get("event"))
    rep.lists_refused, rep.statement_paths = chains.refused_lists, chains.paths
    rep.negative_links = sum(1 for c in chains.usable for v in c["sign"].values() if v < 0)
    per_chapter_chains = Counter(c["chapter"] for c in chains.usable)
    kind_count: Counter = Counter()
    ncorrect_count: Counter = Counter()
    chosen: list[tuple[Candidate, list[str], list[bool], list[str], list[str]]] = []
    dup = NearDup(dedupe)
    singles = 0  # single-key items chosen so far (their key's length rank rotates)
    order = chains.usable
    if max_items:
        order = order[:]
        random.Random(f"{seed}:chain-order").shuffle(order)
    per_chapter_items: Counter = Counter()

    def take(st: dict, want: int) -> int:
        """Up to ``want`` more items from one chain's remaining candidates; how many were taken."""
        nonlocal singles
        chain, rng, cands, used = st["chain"], st["rng"], st["cands"], st["used"]
        taken = 0
        while cands and taken < want and not (max_items and len(chosen) >= max_items):
            # least-used kind first, then the least-used number of correct options (stable sort keeps rng order)
            cands.sort(key=lambda c: (kind_count[c.kind], ncorrect_count[min(len(c.correct), 3)]))
            c = cands.pop(0)
            target = singles % 4
            got = realise(c, tolerance, rng, used, target) or (realise(c, fallback_tolerance, rng, used, target)
                                                                if fallback_tolerance > tolerance else None)
            if got is None:
                rep.dropped_length += 1
                continue
            if not dup.add(c.question + "\n" + "\n".join(sorted(got[0]))):
                rep.near_duplicates += 1
                continue
            asked = (min(c.positions), tuple(sorted(normalize_text(o.phrasings[0]) for o in c.correct)))
            if asked in st["asked"]:  # "what follows from k" and "if k did not happen, what would no longer
                rep.near_duplicates += 1  # follow": one question twice (audit round 8)
                continue
            st["asked"].add(asked)
            kind_count[c.kind] += 1
            ncorrect_count[min(len(c.correct), 3)] += 1
            singles += len(c.correct) == 1
            used |= {normalize_text(t) for t, k in zip(got[0], got[2]) if k and k not in OWN}
            chosen.append((c, *got))
            per_chapter_items[chain["chapter"]] += 1
            taken += 1
        st["taken"] += taken
        return taken

    states = []
    for ci, chain in enumerate(order, 1):
        if max_items and len(chosen) >= max_items:
            break
        want = per_chain
        if min_per_chapter:
            want = max(per_chain, math.ceil(min_per_chapter / per_chapter_chains[chain["chapter"]]))
        rng = random.Random(f"{seed}:{chain['id']}")
        cands = candidates(chain, chains, rng)
        rep.candidates += len(cands)
        rng.shuffle(cands)
        st = {"chain": chain, "rng": rng, "cands": cands, "used": set(), "taken": 0, "asked": set()}
        states.append(st)
        take(st, want)
        if progress:
            progress("bench", ci, len(chains.usable))
    # a chapter still short of ``min_per_chapter`` (a chain whose candidates could not all be realised) takes one
    # more item from each of its chains in turn, while any has candidates left (audit round 5: the heart chapter
    # stopped at 6 items while its chains had 11 to give)
    while min_per_chapter and not (max_items and len(chosen) >= max_items):
        more = 0
        for st in states:
            if per_chapter_items[st["chain"]["chapter"]] < min_per_chapter and st["cands"]:
                more += take(st, 1)
        if not more and not any(st["cands"] and per_chapter_items[st["chain"]["chapter"]] < min_per_chapter
                                for st in states):
            break
    rep.chains_with_items = sum(1 for st in states if st["taken"])
    items = sorted(_place(chosen, seed), key=lambda i: i.id)
    rep.items = len(items)
    rep.kinds = dict(sorted(Counter(i.kind for i in items).items()))
    rep.positions = position_histogram(items)
    rep.n_correct = dict(sorted(Counter(len(i.correct) for i in items).items()))
    rep.distractor_kinds = dict(sorted(Counter(k for i in items for k in i.distractor_kinds if k).items()))
    got = Counter(c[0].chain["chapter"] for c in chosen)
    rep.per_chapter = {ch: got[ch] for ch in sorted(set(per_chapter_chains) | set(got))}  # a chapter of 0 shows
    rep.max_length_spread = round(max((spread(i.options) for i in items), default=0.0), 3)
    rep.seconds = time.time() - t0
    return items, rep


def build(rs, cfg, *, per_chain: int | None = None, seed: int | None = None,
          progress: Callable[[str, int, int], None] | None = None) -> tuple[list[BenchItem], BenchReport | None]:
    """The benchmark of a (review-filtered) store at the project's settings: ``(items, report)``; no report when the
    KB has no chain.  One place for `proda build bench` and the loop's auto-build, so both build the same
    benchmark (the loop's used to leave out the KB's links, the chapter minimum and the events)."""
    from proda.evaluate import bench_events

    bc = cfg.build
    rows = load_chains(rs)
    if not rows:
        return [], None
    items, rep = generate(rows, per_chain=per_chain or bc.per_chain, seed=bc.seed if seed is None else seed,
                          tolerance=bc.option_tolerance, dedupe=bc.dedupe_jaccard, progress=progress,
                          links=load_links(rs), min_per_chapter=bc.min_per_chapter,
                          fallback_tolerance=bc.option_tolerance_fallback,
                          events=bench_events.renderer(cfg.ingest.spacy_model))
    return items, rep


def load_chains(store) -> list[dict]:
    return sorted(store.read("bench_chains"), key=lambda r: r["id"])  # unordered query: see its header


def load_links(store) -> list[dict]:
    """The KB's statements as concept links with their section and quote: for verifying distractors, for on-topic
    ones from the chain's section, and for statement paths."""
    return sorted(store.read("bench_statement_paths"), key=lambda r: r["id"])


__all__ = ["generate", "build", "load_chains", "load_links", "BenchReport", "KINDS", "phrasings", "fit_lengths", "spread",
           "Chains", "chapter_of", "composed", "OWN"]
