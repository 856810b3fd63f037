"""Benchmark items from the candidates ``bench.generate`` chose: correct options placed where the set has fewest
correct answers so far (A-D balanced), and the units (steps, statements, concepts) each item tests, for diagnosis.

Why apart from ``bench``: placement and unit links are bookkeeping after the choice of questions and options, which
is what ``bench`` is about (and ``bench`` stays a file a newcomer can read).
"""

from __future__ import annotations

import random

from proda.evaluate.bench_options import Candidate
from proda.ids import digest
from proda.models import BenchItem


def _units(c: Candidate) -> tuple[list[str], list[str], list[str]]:
    chain = c.chain
    lo, hi = min(c.positions), max(c.positions)
    steps = [s for s in chain["steps"] if lo <= s["position"] <= hi]
    if chain.get("kind") == "path":  # each step is a statement: the item tests those statements and their concepts
        return [], sorted({s["statement_id"] for s in steps}), sorted({x for s in steps for x in s["concepts"]})
    trans = [t for t in chain.get("transitions") or [] if t and lo <= t["from"] and t["to"] <= hi]
    concepts = {x for s in steps for x in s.get("concepts") or []} | set(chain.get("about") or [])
    concepts |= {x for t in trans for x in (t.get("subject_id"), t.get("object_id")) if x}
    return [s["id"] for s in steps], sorted({t["id"] for t in trans}), sorted(concepts)


def fewest(counts: list[int], rng: random.Random, n: int = 4) -> list[int]:
    """The ``n`` first positions (four; three for a three-option item), those with fewest correct answers so far
    first, ties broken by ``rng`` (one draw per position, in order): the one balancing rule of the chain items
    (``place``) and the bridge items (``place_bridges``)."""
    return sorted(range(n), key=lambda p: (counts[p], rng.random()))


def place(chosen, seed: int) -> list[BenchItem]:
    """Put correct options where the set so far has fewest correct answers (balanced A-D; a three-option item's
    among A-C).  Items of four and of three options are balanced apart, whatever order they come in: with one count,
    four-option items placed after three-option ones take D first, and among them D is the key more often (a position
    cue; ``generate`` places its three-option items last, so its sets did not show it)."""
    rng = random.Random(f"{seed}:positions")
    tallies = {4: [0, 0, 0, 0], 3: [0, 0, 0]}
    items = []
    for c, texts, flags, kinds, forms in chosen:
        rights = [j for j, f in enumerate(flags) if f]
        wrongs = [j for j, f in enumerate(flags) if not f]
        rng.shuffle(wrongs)
        n = len(texts)
        counts = tallies.setdefault(n, [0] * n)
        order = fewest(counts, rng, n)
        slots = sorted(order[: len(rights)])
        options, dk, fm = [""] * n, [""] * n, [""] * n
        for p, j in zip(slots, rights):
            options[p], fm[p] = texts[j], forms[j]
            counts[p] += 1
        for p, j in zip([p for p in range(n) if p not in slots], wrongs):
            options[p], dk[p], fm[p] = texts[j], kinds[j], forms[j]
        step_ids, statement_ids, concept_ids = _units(c)
        ch = c.chain
        items.append(BenchItem(
            id="bi_" + digest(c.question, *options, *slots), question=c.question, options=options, correct=slots,
            kind=c.kind, distractor_kinds=dk, option_forms=fm, chain_id=ch["id"], step_ids=step_ids,
            statement_ids=statement_ids, concept_ids=concept_ids, domain=ch.get("domain") or "",
            document=ch.get("document") or "", chain_length=len(ch["steps"])))
    return items


def place_bridges(chosen, seed: int, titles: dict[str, str], domain: str) -> list[BenchItem]:
    """``bench_bridge``'s items (statement, question, [key, three wrong objects]): the key where the set so far has
    fewest correct answers (A-D balanced, by ``fewest`` as the chain items), the wrong objects shuffled around it."""
    rng = random.Random(f"{seed}:bridge-positions")
    counts = [0, 0, 0, 0]
    out = []
    for s, q, texts in chosen:
        slot = fewest(counts, rng)[0]
        counts[slot] += 1
        wrongs = texts[1:]
        rng.shuffle(wrongs)
        options = wrongs[:slot] + [texts[0]] + wrongs[slot:]
        concepts = sorted({s["subject_id"], s["object_id"]} - {""})
        out.append(BenchItem(
            id="bi_" + digest(q, *options, str(slot)), question=q, options=options, correct=[slot], kind="bridge",
            distractor_kinds=["" if k == slot else "wrong_object" for k in range(4)], option_forms=["object"] * 4,
            chain_id="", statement_ids=[s["id"]], concept_ids=concepts, domain=domain,
            document=titles.get(s["id"], ""), chain_length=0))
    return sorted(out, key=lambda i: i.id)
