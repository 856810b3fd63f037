"""The questions one chain supports (split from ``bench.py``): every kind its links allow, each with more
distractors than an item needs, and the filters that refuse a question a reader could answer without the book
(a key written in the question, a step that says its own place, a quoted step cut from its sentence).

Why a module of its own: ``bench.generate`` chooses among candidates and balances the set; what a chain can be
asked, and why a candidate is refused (``drops``: reason -> count, for ``BenchReport.chain_table``), is this file.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from functools import lru_cache

from proda.datasets import normalize_text
from proda.evaluate.bench_chains import OWN, Chains, link_signs
from proda.evaluate.bench_clauses import alternation, unfollow
from proda.evaluate.bench_events import PLACEHOLDERS
from proda.evaluate.bench_order_words import dangling_pronoun, placeless
from proda.evaluate.bench_options import Candidate, Option, cap, fragment, phrasings, position_cue
from proda.evaluate.bench_stages import (ARROW, name_asks, order_item, spread,  # ARROW: defined there
                                         stage_names)

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


@lru_cache(maxsize=1)
def _adds() -> re.Pattern:
    """The words that add a step to one told before it (``chains.toml`` [bench] adds_words)."""
    from proda.ingest.extract.chain_rules import rules

    return re.compile(rf"\b(?:{alternation(rules()['bench']['adds_words'])})\b", re.I)


def adds_on(text: str) -> bool:
    """A later step whose first words add it to another ("In addition, dermatologists may ...", "Water also turns
    ..."): it is not the first, which an order item would let a reader see without the book."""
    return bool(_adds().search(" ".join(text.split()[:_follows()[2]])))


@lru_cache(maxsize=1)
def _follows() -> tuple[re.Pattern, re.Pattern, int]:
    """The words that say a step follows another and the phrases holding one that point forward (``chains.toml``
    [bench]), and how many of a step's first words are read."""
    from proda.ingest.extract.chain_rules import rules

    r = rules()["bench"]
    alt = alternation
    return (re.compile(rf"\b(?:{alt(r['follows_words'])})\b", re.I), re.compile(rf"\b(?:{alt(r['follows_not'])})\b", re.I),
            int(r["follows_window"]))


def points_back(text: str) -> bool:
    """A step whose words place it after another ("There, the micelles release ...", "The fats are then
    reassembled ...", "This activates ...", "ACTH in turn stimulates ...", "The resulting process absorbs heat"): an
    order item is solved by reading which steps cannot come first (audit round 9: the fat-absorption order item;
    review R13: two anatomy and chemistry order items)."""
    words = text.split()
    if not words:
        return False
    cue, forward, window = _follows()
    head = forward.sub(" ", " ".join(words[:window]))  # "..., resulting in X" points ahead, not back
    return words[0].lower().strip(",") in BACK or bool(_THEN.match(text)) or bool(cue.search(head))


def _keep(out: list[Candidate], ok, reason: str, drops: Counter | None) -> list[Candidate]:
    """The candidates ``ok`` keeps; the others counted under ``reason`` (per kind) in ``drops``."""
    kept = [c for c in out if ok(c)]
    if drops is not None:
        drops.update(f"{reason}:{c.kind}" for c in out if not ok(c))
    return kept


def candidates(chain: dict, chains: Chains, rng: random.Random, drops: Counter | None = None) -> list[Candidate]:
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
            short: dict[str, list[str]] = {}  # each sentence's main clause, checked against this chain's steps
            far: set[str] = set()  # those told outside the chain's section (no three-option item takes them)
            cache[anchor, forward] = [Option(phrasings(t) + short.get(t, []), False, kind, near=t not in far)
                                      for t, kind in chains.external(chain, anchor, forward, 24, short, far)]
        return cache[anchor, forward]

    by_pos = {s["position"]: s for s in steps}

    def step(p: int, correct: bool, kind: str = "") -> Option:
        """A step as an option: a key in its own words; a distractor may also be worded as its main clause."""
        more = [] if correct else chains.step_clause(txt[p], by_pos[p])
        return Option(phrasings(txt[p]) + more, correct, "" if correct else kind)

    # a process the book says starts over (``bench_cycles``): its earlier steps follow too (in the next round) and
    # its later ones happened before it (in the last one), so "directly or indirectly" / "no longer follow" /
    # "must already have happened" get no own step by direction as a wrong answer; "directly" questions keep them
    cycle = bool(chain.get("cyclic"))

    def before(i: int) -> list[Option]:
        """The steps before step i as wrong answers to what follows from it (none of a cycle)."""
        return [] if cycle else [step(j, False, "reversed_causality") for j in range(i - 1, 0, -1)]

    def downstream(i: int, up: tuple[str, str], down: tuple[str, str]) -> None:
        """Two select-all questions on the steps within REACH after step ``i``, split by the composed sign of their
        path from it: ``up`` (kind, question) keys those of sign +, ``down`` those of sign -; the other sign's steps
        and the steps before ``i`` are the wrong answers.  "consequence"/"reduced" and "missing_step"/"missing_more"
        ask this alike (they were written out twice)."""
        later = list(range(i + 1, min(n, i + REACH) + 1))
        plus = [j for j in later if composed(sign, i, j) > 0]
        minus = [j for j in later if composed(sign, i, j) < 0]
        back = before(i)
        for (kind, body), right, wrong in ((up, plus, minus), (down, minus, plus)):
            if right:
                out.append(Candidate(kind, _q(chain, body), [step(j, True) for j in right],
                                     [step(j, False, "opposite_sign") for j in wrong] + back + ext(i, True),
                                     [i] + later))

    staged = chain.get("kind") == "sequence"  # named stages follow one another: an order, no causes to ask about
    # a procedure ("Step 1: ...", a numbered list of instructions) is ordered by the book's numbering, which says
    # nothing of what causes what: round 11 keyed the steps of a numbered list as preconditions and consequences of
    # one another, and the book's chemistry made two of them wrong.  Only its order is asked, as of stages.
    ordered = staged or chain.get("kind") == "procedure"
    unit = "stage" if staged else "step"
    for i in range(1, n):  # next_step: what step i directly leads to / acts against / is followed by in time
        body = (f"which {unit} comes directly after \"{txt[i]}\"?" if ordered or sign.get(i) == 0 else
                f"what does \"{txt[i]}\" directly lead to?" if sign[i] > 0 else
                f"what does \"{txt[i]}\" directly inhibit or reduce?")
        # a later step past a "then"-only link (composed sign 0) is no wrong answer to "what does i directly lead
        # to": the book says nothing of what brought it about (review R18: "dendritic cells then take the antigen"
        # offered as not following from the step before the link)
        ds = [step(j, False, "reversed_causality") for j in range(i - 1, 0, -1)] + \
             [step(j, False, "wrong_order") for j in range(i + 2, n + 1)
              if ordered or sign.get(i) == 0 or composed(sign, i, j) != 0] + ext(i, True)
        out.append(Candidate("next_step", _q(chain, body), [step(i + 1, True)], ds, [i, i + 1]))
    for k in range(2, n + 1):  # cause: which step directly leads to / acts against step k
        body = (f"which {unit} comes directly before \"{txt[k]}\"?" if ordered or sign.get(k - 1) == 0 else
                f"which step directly leads to \"{txt[k]}\"?" if sign[k - 1] > 0 else
                f"which step directly inhibits or reduces \"{txt[k]}\"?")
        ds = [step(j, False, "reversed_causality") for j in range(k + 1, n + 1)] + \
             [step(j, False, "wrong_order") for j in range(k - 2, 0, -1)
              if ordered or sign.get(k - 1) == 0 or composed(sign, j, k) != 0] + ext(k, False)
        out.append(Candidate("cause", _q(chain, body), [step(k - 1, True)], ds, [k - 1, k]))
    for i in range(1, n if not ordered else 1):  # consequence / reduced: downstream of i, split by composed sign
        downstream(i, ("consequence", f"which of the following follow, directly or indirectly, from \"{txt[i]}\"? "
                                      "Select all that apply."),
                   ("reduced", f"which of the following does \"{txt[i]}\" reduce or prevent, directly or indirectly? "
                               "Select all that apply."))
    for k in range(2, n + 1 if not ordered else 2):  # precondition: upstream steps whose path to k has sign +
        earlier = list(range(max(1, k - REACH), k))
        need = [j for j in earlier if composed(sign, j, k) > 0]
        against = [j for j in earlier if composed(sign, j, k) < 0]
        if not need:
            continue
        ds = ([] if cycle else [step(j, False, "reversed_causality") for j in range(k + 1, n + 1)]) + \
             [step(j, False, "opposite_sign") for j in against]
        out.append(Candidate("precondition",
                             _q(chain, f"which of the following must already have happened for \"{txt[k]}\" to "
                                       "occur? Select all that apply."),
                             [step(j, True) for j in need], ds + ext(k, False), earlier + [k]))
    for k in range(2, n if not ordered else 2):  # missing_step / missing_more: a middle step does not happen
        downstream(k, ("missing_step", f"if \"{txt[k]}\" did not happen, which of the following would no longer "
                                       "follow? Select all that apply."),
                   ("missing_more", f"if \"{txt[k]}\" did not happen, which of the following would increase or "
                                    "occur more? Select all that apply."))
    # order (a section's statements have no order to test); not when the label quotes the first step, nor when a
    # later step reads as a continuation ("which triggers ...", "this prevents ...") that cannot come first, nor when
    # any step says it follows another ("ACTH in turn stimulates ..."): its place is read off its words
    # an order item shows each step as the options of its other items do, without a follows-word inside ("An enzyme
    # then accelerates ..." -> "An enzyme accelerates ...", ``bench_clauses.unfollow``, review R14): the word, not
    # the book, placed the step (session 24: a one-chain chemistry chapter lost its only item to it); a step the
    # word cannot leave keeps it and is refused below as before
    otx = {p: unfollow(t, chains.nlp) or t for p, t in txt.items()}
    # and without an order word anywhere ("X first does A", "Finally, ..."), or refused; nor a step whose pronoun
    # stands for a thing of another step ("... loaded into it"; ``bench_order_words``, round 26)
    otx = {p: placeless(t, chains.nlp) for p, t in otx.items()}
    worded = any(t is None or dangling_pronoun(t, chains.nlp) for t in otx.values())
    otx = {p: t or txt[p] for p, t in otx.items()}
    follows = any(fragment(txt[p]) for p in range(2, n + 1)) or any(map(points_back, otx.values())) \
        or any(adds_on(otx[p]) for p in range(2, n + 1))
    if 3 <= n <= 5 and chain.get("kind") != "path" and not chain.get("leaks_first") and not worded and not follows:
        # three wrong orders drawn as one set in which nothing tells the key from them (``bench_stages.order_item``)
        what = "stages" if staged else "steps"
        got = order_item(chain, [cap(otx[p]) for p in range(1, n + 1)],
                         _q(chain, f"which sequence gives the {what} in the correct order?"))
        if got:
            out.append(got)
        elif drops is not None:
            drops["order_refused:cycle"] += 1
    elif drops is not None and chain.get("kind") != "path":
        drops["order_refused:" + ("length" if not 3 <= n <= 5 else "leaks_first" if chain.get("leaks_first")
                                  else "continuation" if follows else "order_words")] += 1
    if drops is not None:
        drops.update(f"candidate:{c.kind}" for c in out)
    if chain.get("leaks_first"):  # the label quotes step 1: as an option it would be given away by the question
        first = normalize_text(txt[1])
        for c in out:
            c.correct = [o for o in c.correct if normalize_text(o.phrasings[0]) != first]
            c.distractors = [o for o in c.distractors if normalize_text(o.phrasings[0]) != first]
        out = _keep(out, lambda c: c.correct, "leaks_first", drops)
    # a question that quotes a step still cut from its sentence ("it relaxes", "falling below the pressure ...")
    # asks about something the reader cannot identify: no item (bench_events writes most of them out as events)
    unreadable = [f'"{t}"' for p, t in txt.items() if fragment(t) or t.split()[0].lower() in PLACEHOLDERS]
    out = _keep(out, lambda c: not any(u in c.question for u in unreadable), "unreadable_step", drops)
    # a step whose words say its place ("The second stage is ...", "In the final stage, ...") is ordered by reading:
    # no item asks about it or keys it, no order item shows it, and it is no distractor (it rules itself out)
    # (an outside option naming its own place, "The fourth stage, ...", rules itself out the same way)
    out = _keep(out, lambda c: not any(position_cue(txt[p]) for p in c.positions), "position_cue", drops)
    for c in out:
        c.distractors = [o for o in c.distractors if o.form == "sequence" or not position_cue(o.phrasings[0])]
    if staged:  # "which stage comes directly after ...?": an outside option that names no stage rules itself out
        for c in out:
            c.distractors = [o for o in c.distractors if o.kind in OWN or _named_stage().search(o.phrasings[0])]
    # a key written out in the question is answered by reading (and memorised with the question)
    out = _keep(out, lambda c: not any(normalize_text(o.phrasings[0]) in normalize_text(c.question) for o in c.correct),
                "key_in_question", drops)
    # a sequence whose sentences gave no order item is asked the order of its stages' names (bench_stages): short,
    # of one form and one length, where the sentences say their place or differ in length
    names = stage_names(chain) if staged and not chain.get("leaks_first") else None
    room = chains.per_chain_names  # stage-name questions this chain may still ask
    if names and 3 <= n <= 5 and not any(c.kind == "order" for c in out):
        named = order_item(chain, names, _q(chain, "which sequence gives the stages in the correct order?"))
        if named:
            out.append(named)
            room -= 1
        if drops is not None:
            drops["candidate:order_names" if named else "order_refused:cycle_names"] += 1
    have = {(c.kind, tuple(c.positions)) for c in out}  # a question its sentences still ask is not asked twice
    asks = [c for c in (name_asks(chain, names, lambda body: _q(chain, body)) if names else [])
            if (c.kind, tuple(c.positions)) not in have]
    # at most ``per_chain_names`` questions on the stage names (the order first), spread over the sequence
    kept = spread(asks, room)
    if drops is not None and len(kept) < len(asks):
        drops["cap_names"] += len(asks) - len(kept)
    for c in kept:
        out.append(c)
        if drops is not None:
            drops[f"candidate:{c.kind}_names"] += 1
    for c in out:
        c.chain = chain
    return out

