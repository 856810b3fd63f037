"""Benchmark items ("unit tests") from L3 chains: process and causal reasoning, not definition recall.

Chains come from the named query ``bench_chains`` (issue 11's mined multi-hop chains included: they are chains
of kind ``mined``); ``bench_links`` gives the KB's links for verifying other-chain distractors
(``proda/evaluate/bench_chains.py``).  Every item has options A-D with 1-3 correct (four of four would give
itself away: the prompt states the count, ``bench_options.realise``) and follows the sign of each link
(``+1`` leads to, ``-1`` inhibits or reduces) and the composed sign along the chain:

``next_step``    what step i directly leads to (sign +) or directly inhibits or reduces (sign -)   (1 correct)
``cause``        which step directly leads to / inhibits step k                               (1 correct)
``consequence``  what follows from step i, directly or not (composed sign +)                 (1-3 correct)
``reduced``      what step i reduces or prevents, directly or not (composed sign -)          (1-3 correct)
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
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from proda.datasets import NearDup, normalize_text, position_histogram
from proda.evaluate.bench_candidates import (  # noqa: F401  (re-exported)
    ARROW, BACK, REACH, candidates, composed, points_back)
from proda.evaluate.bench_chains import OWN, Chains, chapter_of, link_signs  # noqa: F401
from proda.evaluate.bench_events import resolve_relatives
from proda.evaluate.bench_clauses import uniform
from proda.evaluate.bench_options import (  # noqa: F401  (re-exported: tests and callers use bench.X)
    Candidate, Option, _at_rank, _frugal, cap, fit_lengths, fragment, nearby, phrasings, position_cue, realise, spread,
    unrealised)
from proda.evaluate.bench_place import place as _place
from proda.models import BenchItem
from proda.perf import gc_paused

KINDS = ("next_step", "cause", "consequence", "reduced", "precondition", "missing_step", "missing_more", "order")


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
    dropped: dict = field(default_factory=dict)  # candidates refused, by reason ("unrealised:few_distractors", ...)
    chain_table: list = field(default_factory=list)  # per usable chain: steps, candidates per kind, drops, emitted
    bridges: dict = field(default_factory=dict)  # bridge items (bench_bridge), when [build] bridge_items is on


def tally(rep: BenchReport, items: list[BenchItem]) -> None:
    """``rep``'s counts of ``items``: how many, of which kinds, correct positions, correct answers per item and
    distractor kinds (``generate``, and ``bench_bridge.extend`` once it has added the bridge items)."""
    rep.items = len(items)
    rep.kinds = dict(sorted(Counter(i.kind for i in items).items()))
    rep.positions = position_histogram(items)
    rep.n_correct = dict(sorted(Counter(len(i.correct) for i in items).items()))
    rep.distractor_kinds = dict(sorted(Counter(k for i in items for k in i.distractor_kinds if k).items()))


@gc_paused()
def generate(chain_rows: list[dict], *, per_chain: int = 2, seed: int = 0, tolerance: float = 0.2,
             dedupe: float = 0.8, progress: Callable[[str, int, int], None] | None = None,
             max_items: int = 0, links: list[dict] | None = None, min_per_chapter: int = 0,
             fallback_tolerance: float = 0.5, paths: bool = False,
             events: Callable[[list[str]], dict[str, str]] | None = None,
             texts: dict[str, str] | None = None, per_chain_names: int = 3,
             ranked_tolerance: float = 0.0, three_options: bool = False) -> tuple[list[BenchItem], BenchReport]:
    """Up to ``per_chain`` items per usable chain (more in a chapter with few chains, to reach ``min_per_chapter``);
    deterministic for a seed.  Options within ``tolerance`` of each other in length where the chain allows, else
    within ``fallback_tolerance`` (``proda data audit`` measures what length still tells); a single-key question
    still unmet, within ``ranked_tolerance`` with its key at the rotation's exact length rank (``_frugal``; 0: off).

    ``three_options``: a chapter still short of ``min_per_chapter`` once every four-option item is chosen asks its
    single-key questions that no four options fit with three (two wrong, one at least the chain's own, none from
    another section: ``nearby``), the key's length rank rotating over them apart.  Why (session 20, issue 12): since
    9f01449 outside options come only from the chain's passage and most candidates died "few_distractors"; a fourth
    option from elsewhere is the off-topic cue that rule removed (chance: 1/3 an item, the count stated: ``BenchItem.chance``).

    ``max_items`` (0: no limit) stops once that many items are chosen, visiting the chains in a seeded random
    order so the items still spread over the whole KB (a ProDaLib-sized KB has ~44k chains; a 16k-item benchmark
    needs a third of them).

    ``paths`` also builds items from paths of causal statements of one section (``bench_paths.statement_paths``):
    off by default, because on the audit KBs their keys inherit every extraction error of two statements and their
    options (statements never keyed elsewhere) raised the option-only AUC of anatomy from 0.48 to 0.68.

    ``texts`` (chunk id -> text, ``load_texts``) lets an outside sentence be refused when the book's next sentence
    says of it something about the chain ("Its secretion is prompted when ... triggers ACTH release").

    ``events`` (``bench_events.renderer``) writes a step cut from inside a sentence ("causing Ca++ to diffuse ...")
    as the event it names ("Ca++ diffuses ..."), so it can stand as an option beside whole sentences."""
    t0 = time.time()
    rep = BenchReport(chains=len(chain_rows))
    chains = Chains([dict(r) for r in chain_rows], links, paths=paths)  # the caller's rows stay as they were
    chains.texts = texts or {}
    chains.per_chain_names = per_chain_names  # one chain's stage names weigh no more than a few items (bench_stages)
    rep.chains_usable = len(chains.usable)
    chains.nlp = getattr(events, "nlp", None)  # outside sentences also offer their main clause (bench_clauses)
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
    threes = 0  # three-option items chosen so far (their key's length rank rotates apart: 0..2)
    order = chains.usable
    if max_items:
        order = order[:]
        random.Random(f"{seed}:chain-order").shuffle(order)
    per_chapter_items: Counter = Counter()

    def take(st: dict, want: int, three: bool = False) -> int:
        """Up to ``want`` more items from one chain's remaining candidates (``three``: from those no four options
        fitted, with three options); how many were taken."""
        nonlocal singles, threes
        chain, rng, used = st["chain"], st["rng"], st["used"]
        cands = st["spare"] if three else st["cands"]
        taken = 0
        while cands and taken < want and not (max_items and len(chosen) >= max_items):
            # least-used kind first, then the least-used number of correct options (stable sort keeps rng order)
            cands.sort(key=lambda c: (kind_count[c.kind], ncorrect_count[min(len(c.correct), 3)]))
            c = None if three else cands.pop(0)
            if three:  # counted as unrealised when four options failed; no longer if three fit
                c, got = _at_rank(cands, threes % 3, tolerance, fallback_tolerance, rng, used, ranked_tolerance)
                if c is None:
                    break
                st["drops"][c.why] -= 1
                st["drops"] += Counter()  # a count of 0 leaves the table
                rep.dropped_length -= 1
            else:
                c = uniform(c, chains.nlp)  # "X then stimulates Y" -> "X stimulates Y" in every option (review R14)
                if c is None:
                    st["drops"]["follows_word:key"] += 1
                    continue
                got = _frugal(c, tolerance, fallback_tolerance, rng, used, singles % 4, ranked_tolerance)
            if got is None:
                rep.dropped_length += 1
                c.why = "unrealised:" + unrealised(c, used)
                st["drops"][c.why] += 1
                if three_options and len(c.correct) == 1 and c.kind != "order":
                    c.tries = set()  # the key length ranks it was tried at with three options
                    st["spare"].append(c)
                continue
            if not dup.add(c.question + "\n" + "\n".join(sorted(got[0]))):
                rep.near_duplicates += 1
                st["drops"]["near_duplicate"] += 1
                continue
            asked = (min(c.positions), tuple(sorted(normalize_text(o.phrasings[0]) for o in c.correct)))
            if asked in st["asked"]:  # "what follows from k" and "if k did not happen, what would no longer
                rep.near_duplicates += 1  # follow": one question twice (audit round 8)
                st["drops"]["same_question"] += 1
                continue
            st["asked"].add(asked)
            kind_count[c.kind] += 1
            ncorrect_count[min(len(c.correct), 3)] += 1
            singles += len(c.correct) == 1 and len(got[0]) == 4
            threes += len(got[0]) == 3
            used |= {normalize_text(t) for t, k in zip(got[0], got[2]) if k and k not in OWN}
            chosen.append((c, *got))
            st["kinds"][c.kind] += 1
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
        drops: Counter = Counter()
        cands = candidates(chain, chains, rng, drops)
        rep.candidates += len(cands)
        rng.shuffle(cands)
        st = {"chain": chain, "rng": rng, "cands": cands, "used": set(), "taken": 0, "asked": set(), "drops": drops,
              "kinds": Counter(), "spare": []}
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
    # then, and only then, a chapter still short asks its questions that no four options fitted with three: every
    # item of four options stays as it was, and the three-option tier only adds (``three_options``)
    while min_per_chapter and not (max_items and len(chosen) >= max_items):
        short = [st for st in states if per_chapter_items[st["chain"]["chapter"]] < min_per_chapter and st["spare"]]
        if not short:
            break
        if not sum(take(st, 1, three=True) for st in short  # none taken: every spare was tried at this rank
                   if per_chapter_items[st["chain"]["chapter"]] < min_per_chapter):
            break
    rep.chains_with_items = sum(1 for st in states if st["taken"])
    for st in states:  # what each chain could be asked, why the rest was refused, what it gave
        st["drops"].update(f"cap:{c.kind}" for c in st["cands"])
        made = {k[len("candidate:"):]: v for k, v in st["drops"].items() if k.startswith("candidate:")}
        why = {k: v for k, v in sorted(st["drops"].items()) if not k.startswith("candidate:")}
        rep.chain_table.append({"chain": st["chain"]["id"], "label": st["chain"].get("label", ""),
                                "chapter": st["chain"]["chapter"], "steps": len(st["chain"]["steps"]),
                                "cyclic": bool(st["chain"].get("cyclic")),
                                "candidates": made, "dropped": why, "emitted": dict(st["kinds"])})
        for k, v in why.items():
            rep.dropped[k.split(":")[0]] = rep.dropped.get(k.split(":")[0], 0) + v
    items = sorted(_place(chosen, seed), key=lambda i: i.id)
    tally(rep, items)
    got = Counter(c[0].chain["chapter"] for c in chosen)
    rep.per_chapter = {ch: got[ch] for ch in sorted(set(per_chapter_chains) | set(got))}  # a chapter of 0 shows
    rep.max_length_spread = round(max((spread(i.options) for i in items), default=0.0), 3)
    rep.seconds = time.time() - t0
    return items, rep


def build(rs, cfg, *, per_chain: int | None = None, seed: int | None = None,
          progress: Callable[[str, int, int], None] | None = None) -> tuple[list[BenchItem], BenchReport | None]:
    """The benchmark of a (review-filtered) store at the project's settings: ``(items, report)``; no report when the
    KB has no chain and ``[build] bridge_items`` is off.  One place for `proda build bench` and the loop's
    auto-build, so both build the same benchmark (the loop's used to leave out the KB's links, the chapter minimum
    and the events)."""
    rows = load_chains(rs)
    if not rows and not cfg.build.bridge_items:
        return [], None
    links = load_links(rs)
    kw = settings(cfg)
    kw["per_chain"] = per_chain or kw["per_chain"]
    if seed is not None:
        kw["seed"] = seed
    items, rep = generate(rows, progress=progress, links=links, texts=load_texts(rs, rows, links), **kw) if rows \
        else ([], BenchReport())
    if cfg.build.bridge_items:  # a chapter without chains still gets tests (bench_bridge)
        from proda.evaluate import bench_bridge

        items, rep = bench_bridge.extend(rs, items, rep, links, kw["seed"])
    return items, rep


def no_chain_message(store) -> str:
    """Why ``build`` gave no report, in one line that is true of this KB: an empty KB needs ``proda ingest``; an
    ingested one whose extractor found no process written as ordered steps (most chapters of argument and prose)
    needs another source of chains or items, and telling its user to ingest again was wrong advice (so is "ingest
    with the llm extractor" into the same KB: ``ingest`` skips a document already there, so the llm run goes to a new
    KB); chains all rejected in review are said as such."""
    n = dict(store.read("kb_counts")[0])
    if not n["documents"]:
        return "the knowledge base is empty: run `proda ingest` first (benchmark items come from its chains, L3)"
    held = (f"the knowledge base holds {n['documents']} document{'s' * (n['documents'] != 1)} and "
            f"{n['statements']} statement{'s' * (n['statements'] != 1)}")
    if n["chains"]:
        return f"no benchmark items: {held}, and all {n['chains']} of its chains (L3) were rejected in review"
    return (f"no benchmark items: {held} but no chain (L3): no process was found written as ordered steps. "
            "To test it: ingest its files into a new KB with the llm extractor (`proda init NAME`, then `proda ingest "
            "--extractor llm`: this KB skips them as already ingested), set [build] bridge_items = true (items on a "
            "concept named by its definition), or ingest chapters that spell out processes step by step")


# what a refusal of ``BenchReport.dropped`` means, for a user told that every question was refused
_REFUSALS = {"unrealised": "no four options of one form and length", "unreadable_step": "a step cut from its sentence",
             "position_cue": "a step's own words say its place", "key_in_question": "the key written in the question",
             "leaks_first": "the chain's name quotes its first step", "near_duplicate": "a question asked already"}


def no_item_message(rep: BenchReport, generated: int = 0) -> str:
    """Why ``build`` gave a report but no item, in one line true of this KB (review R1: every case used to end "a
    chapter needs processes the book spells out", also where usable chains had their every question refused, and
    said "0 candidate questions" where 7 were asked and refused).  ``generated``: the items made before review
    dropped those that test a rejected unit."""
    if generated:
        return f"no benchmark items: all {generated} generated test a unit rejected in review"
    if not rep.chains_usable:
        why = (f"none of its {rep.chains} chain{'s' * (rep.chains != 1)} (L3) is usable (3 or more distinct steps; "
               f"{rep.lists_refused} refused as lists): a chapter needs processes the book spells out") \
            if rep.chains else "the knowledge base has no chain (L3)"
    else:
        asked = sum(sum(r["candidates"].values()) for r in rep.chain_table)
        refused = ", ".join(f"{n} {k}" + (f" ({_REFUSALS[k]})" if k in _REFUSALS else "")
                            for k, n in sorted(rep.dropped.items(), key=lambda kn: (-kn[1], kn[0]))
                            if not k.startswith("cap")) or "none named"
        why = (f"its {rep.chains_usable} usable chain{'s' * (rep.chains_usable != 1)} (L3) gave {asked} "
               f"question{'s' * (asked != 1)} and every one was refused: {refused}")
    br = rep.bridges
    return f"no benchmark items: {why}" + (f"; bridge items: none from {br['phrases']} concepts named by their "
                                           f"definition and {br['statements']} of their statements (refused: "
                                           f"{br['refused']})" if br else "")


def settings(cfg) -> dict:
    """``generate``'s keywords at the project's [build] settings, the event writer included: one place for `proda
    build bench` and the benchmarks that time or count it (benchmarks/generate.py, bench_funnel.py,
    chain_census.py), so that they measure the benchmark the command builds, not a copy of its settings."""
    from proda.evaluate import bench_events

    bc = cfg.build
    return dict(per_chain=bc.per_chain, seed=bc.seed, tolerance=bc.option_tolerance, dedupe=bc.dedupe_jaccard,
                min_per_chapter=bc.min_per_chapter, fallback_tolerance=bc.option_tolerance_fallback,
                per_chain_names=bc.per_chain_names, ranked_tolerance=bc.option_tolerance_ranked,
                three_options=bc.three_options,
                events=bench_events.renderer(cfg.ingest.spacy_model))


def load_chains(store) -> list[dict]:
    return sorted(store.read("bench_chains"), key=lambda r: r["id"])  # unordered query: see its header


def load_links(store) -> list[dict]:
    """The KB's statements as concept links with their section and quote: for verifying distractors, for on-topic
    ones from the chain's section, and for statement paths."""
    return sorted(store.read("bench_statement_paths"), key=lambda r: r["id"])


def load_texts(store, rows: list[dict], links: list[dict]) -> dict[str, str]:
    """The text of each chunk holding a statement of a chain's section (the only statements offered as outside
    options of its items), by chunk id."""
    paths = {r.get("path") for r in rows if r.get("path")}
    ids = sorted({t["chunk"] for t in links if t.get("chunk") and t.get("path") in paths})
    return {r["id"]: r["text"] or "" for r in store.read("bench_chunk_texts", ids=ids)} if ids else {}


__all__ = ["generate", "build", "load_chains", "load_links", "BenchReport", "KINDS", "phrasings", "fit_lengths", "spread",
           "Chains", "chapter_of", "composed", "OWN"]
