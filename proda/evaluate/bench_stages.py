"""Order items over the NAMES of a sequence's stages (issue 12: chapters with chains but no benchmark items).

Why: a sequence of named stages (``chain_stages.py``: "During the preparatory stage ... This is followed by the play
stage ... During the game stage ...") is written so that its sentences say their own place ("This is followed by",
"The final stage, called ...") or differ widely in length, so the order item over sentences is refused and every
other question fails on form; the sociology dev KB's three good stage sequences gave no item.  The stages' names
are short, of one form, and every permutation of them has the same length: "The preparatory stage → the play stage
→ the game stage" is asked where the sentences cannot be.

The names come from the chain's name, which the extractor writes as the stages it found in order ("the preparatory,
play and game stages"), and count only when each name (the words before the noun: "play") stands as a word of its
own in its own step and in no other step, with or without the noun (so the key is the book's order of those steps;
"The second stage is anger" names the anger stage).  Names that give their order by their form are refused: one built
on another ("preconventional", "conventional", "postconventional": the prefixes order them), or one holding a number
or a word of order (``named_stage.not_names``: "first", "final", "early" ...).
"""

from __future__ import annotations

import random
import re

from proda.evaluate.bench_options import Candidate, Option, cap
from proda.evaluate.bench_order import kind_of, wrong_orders

ARROW = " → "


def _rules() -> tuple[list[str], set[str]]:
    from proda.ingest.extract.chain_rules import rules

    r = rules()["named_stage"]
    # a counted list ("three steps: A, B, and C", ``chain_counted``) names its steps as the stage rules name stages;
    # its one-word steps ("smelting") are refused as continuations in the sentence order item, the names are not
    return sorted(set(r["nouns"] + r["list_nouns"] + rules()["counted"]["nouns"])), set(r["not_names"])


def _has(text: str, phrase: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text, re.I) is not None


def stage_names(chain: dict) -> list[str] | None:
    """["the preparatory stage", "the play stage", "the game stage"] for a sequence whose name lists its stages and
    whose steps each name one of them, in that order; None where any condition fails (see the module doc)."""
    if chain.get("kind") != "sequence":
        return None
    nouns, not_names = _rules()
    m = re.match(rf"\s*the\s+(.+?)\s+({'|'.join(map(re.escape, nouns))})s\b", chain.get("name") or "", re.I)
    if not m:
        return None
    names = [n.strip() for n in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group(1)) if n.strip()]
    noun = m.group(2).lower()
    texts = [s["text"] for s in sorted(chain.get("steps") or [], key=lambda s: s["position"])]
    if len(names) < 3 or len(names) != len(texts) or len({n.lower() for n in names}) < len(names):
        return None
    for n in names:
        if any(ch.isdigit() for ch in n) or {w.lower() for w in n.split()} & not_names:
            return None  # "Stage 1", "the final stage": the name says its place
        if any(o != n and (n.lower().endswith(o.lower()) or n.lower().startswith(o.lower())) for o in names):
            return None  # "postconventional" is "conventional" with a prefix of order
    for i, (n, t) in enumerate(zip(names, texts)):
        if not _has(t, n):  # "the play stage", or "The second stage is anger" for the anger stage
            return None  # the step does not name its stage: which step a name stands for is not known
        if any(_has(o, n) for j, o in enumerate(texts) if j != i):
            return None  # the name also stands in another step
    return [f"the {n} {noun}" for n in names]


def order_item(chain: dict, parts: list[str], question: str) -> Candidate | None:
    """The order item over ``parts`` (the book's order; a step's sentence or a stage's name each): the key is the
    parts joined by arrows, beside three wrong orders drawn as one set in which nothing tells the key from them
    (``bench_order``; the neighbour swaps the stage names used to put first made the key the "centre" of the
    options, review of round 15); None where no such set exists (a three-step cycle).  One implementation for the
    sentences' order item (``bench_candidates``) and the stage names': the two used to build the same
    options twice, each with its own draw."""
    n = len(parts)
    wrong = wrong_orders(n, bool(chain.get("cyclic")), random.Random(f"{chain['id']}:order"))
    if not wrong:
        return None

    def text(p) -> str:
        return cap(ARROW.join(parts[j] for j in p))
    ds = [Option([text(p)], False, kind_of(p), "sequence") for p in wrong]
    return Candidate("order", question, [Option([text(range(n))], True, "", "sequence")], ds, list(range(1, n + 1)),
                     chain)


def spread(asks: list[Candidate], k: int) -> list[Candidate]:
    """At most ``k`` of ``name_asks``' questions, on links spread over the sequence: the first and the last link, then
    evenly between, alternately "after" and "before", never two on one link.  Why (review of round 15): the chapter
    minimum pulled all eight questions of one five-stage chain into a KB's benchmark (9 of its 17 items with the
    order): one chain's stage names weighed more than every other process of the book."""
    if k >= len(asks):
        return asks
    if k <= 0:
        return []
    link = {(c.kind, c.positions[0]): c for c in asks}  # next_step on (i, i+1) / cause on (k, k+1): the link's start
    n_links = max(c.positions[0] for c in asks)
    k = min(k, n_links)
    at = [1 + round(j * (n_links - 1) / (k - 1)) for j in range(k)] if k > 1 else [1 + (n_links - 1) // 2]
    out = []
    for j, p in enumerate(dict.fromkeys(at)):
        kinds = ("next_step", "cause") if j % 2 == 0 else ("cause", "next_step")
        got = next((link[kd, p] for kd in kinds if (kd, p) in link), None)
        if got:
            out.append(got)
    return out


def name_asks(chain: dict, names: list[str], q) -> list[Candidate]:
    """ "Which stage comes directly after / before the anger stage?" with the other stages' names as options: the
    sentences of such a sequence often say their place ("The second stage is ..."), which refuses every question
    quoting or keying them, while the names carry none (``stage_names`` refused those that do).  Only with five
    stages or more: the asked stage is never an option, and four options need four other names.  ``q`` words the
    question for the chain (``bench_candidates._q``)."""
    n = len(names)
    if n < 5:
        return []
    out = []

    def opt(j: int, kind: str) -> Option:
        return Option([cap(names[j])], not kind, kind, "stage")
    for i in range(n - 1):  # positions are 1-based, as the chain's steps
        ds = [opt(j, "reversed_causality") for j in range(i - 1, -1, -1)] + \
             [opt(j, "wrong_order") for j in range(i + 2, n)]
        out.append(Candidate("next_step", q(f"which stage comes directly after {names[i]}?"), [opt(i + 1, "")], ds,
                             [i + 1, i + 2], chain))
    for k in range(1, n):
        ds = [opt(j, "reversed_causality") for j in range(k + 1, n)] + \
             [opt(j, "wrong_order") for j in range(k - 2, -1, -1)]
        out.append(Candidate("cause", q(f"which stage comes directly before {names[k]}?"), [opt(k - 1, "")], ds,
                             [k, k + 1], chain))
    return out
