"""Scoring multiple-choice items (A-D, one or more correct) with any :class:`~proda.evaluate.runners.LM`.

Every item is shown as its question followed by the lettered options::

    <question>
    A. <option>
    B. <option>
    ...

and, to lessen position bias, in ``permutations`` option orders (default 3, an
odd number): the stored order, then the reversed order (every option moves),
then seeded random orders.  Per-option scores are computed per order, mapped
back to the stored option indices and averaged over the orders.  When the orders
do not single out an answer (a tie of averaged scores, no strict majority of
votes), the answer given to the item **as stored** stands: a model that always
says "A" is scored as answering "A", never as choosing the union of the
positions it named in different orders (with two orders and a ">= half" vote
that union was {first, last}, an answer the model never gave).  Four methods:

``yesno`` (per-option judgement; for items whose correct options are many or unknown in number).
    For every option X a separate prompt ends in ``Is option X correct? Answer Yes
    or No.`` and the chat template's assistant header; the runner returns the
    log-likelihoods of the continuations ``Yes`` and ``No``, and the option's
    score is ``P(yes) = sigmoid(ll(Yes) - ll(No))``.  The predicted set is every
    option with mean ``P(yes) >= threshold`` (default 0.5); when none reaches it,
    the single best option (a benchmark item always has at least one correct
    option).  Each option is judged on its own, so the number of correct options
    need not be guessed, and no answer-format convention (``A, C`` vs ``AC``) is
    assumed.  Cost: ``permutations x options`` prompts per item; the two
    continuations share one forward pass in :class:`HFRunner`.

``letter`` (default for external keyed MCQs, which have exactly one answer).
    One prompt per order ending in ``Answer with the letter of the correct
    option.``; the continuation is each letter; the letter log-likelihoods are
    normalised over the options (log-softmax) and averaged over orders.  Single-
    answer items predict the argmax.  Multi-answer items predict every option
    within ``margin`` nats of the best (the first letter of a multi-letter answer
    is a weak signal for the others, hence ``yesno`` for those).

``set`` (default for proda benchmark items, 1-4 correct; it matches the answer format of proda's training items).
    One prompt per order ending in ``Choose the two correct answers. Answer with
    the letters of the two correct options.`` (the item's count); the
    continuations are the letter sets of that size (every non-empty one when the
    count is not stated) written as the
    training items write it (``A, C.``), so each set's log-likelihood is the
    model's probability of answering exactly that set.  Per order the sets are
    normalised (softmax), mapped back to stored indices and averaged; the
    predicted set is the most probable one and an option's score is the
    probability mass of the sets containing it.  :class:`HFRunner` runs the
    prompt once and the (at most 15) short continuations on its cached keys/values; on 2
    CPU cores this measured about 2x the time of ``yesno``.  Unlike ``yesno``
    it has no "Yes" bias: a small base model says Yes to nearly every option.

``generate`` (the only method for endpoints without log-probabilities).
    Greedy generation of a short answer to the multiple-choice prompt, parsed for
    letters (``B``, ``A, C``, ``Answer: (B) and (D)``...).  An option is predicted
    when a strict majority of the orders named it; scores are those vote shares.
    When no option has a strict majority, the answer to the stored order stands.
    A proda item (``multi``) with its count stated predicts the set named in most
    orders (ties: the stored order's), never a union no order named ({A,B}, {A,C},
    {B,C} read per option is A, B, C: three answers to "Choose the two").

Every prompt states how many options are correct, as an exam does ("Choose one
answer." / "Choose the two correct answers.", :mod:`proda.evaluate.asking`), and the
prediction has that many options: ``set`` scores only the sets of the stated size,
``letter`` and ``yesno`` take the best-scored options (``margin`` and ``threshold``
apply only to an item with ``stated=False``); ``generate`` is judged on what the
model named.  An item passes when the predicted set equals the correct set exactly;
a uniform guesser of the stated number passes with ``1 / C(n, k)`` (one of four
1/4, one of three 1/3, two of four 1/6: ``asking.chance``, ``ItemResult.chance``,
``BenchItem.chance``), reported beside every accuracy; ``option_accuracy`` (share
of options classified right) is reported next to the exact-set accuracy.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, fields

from proda.evaluate import asking
from proda.evaluate.asking import LETTERS


@dataclass
class MCQ:
    id: str
    question: str
    options: list[str]
    correct: list[int]
    multi: bool = True  # 1..n correct (proda benchmark) or exactly one (external keyed MCQ)
    domain: str = ""
    document: str = ""  # chapter / document title / MMLU subject
    chain_length: int = 0
    source: str = ""  # file:line for external items
    stated: bool = True  # the prompt says how many options are correct (asking.count_sentence)

    @property
    def keys(self) -> int:
        """The number of correct options the prompt states (0: not stated)."""
        return len(self.correct) if self.stated else 0


@dataclass
class ItemResult:
    id: str
    predicted: list[int]
    correct: list[int]
    scores: list[float]
    passed: bool
    domain: str = ""
    document: str = ""
    chain_length: int = 0
    outputs: list[str] = field(default_factory=list)  # generate: the raw answers, per order
    # what a uniform guesser passes (asking.chance); None in a result written before the field: that run's prompts
    # did not state the count, so its chance is not the stated one and is left unknown rather than guessed
    chance: float | None = None

    @classmethod
    def from_dict(cls, d: dict) -> ItemResult:
        """A row of a run's JSONL, old or new: unknown keys are ignored, missing ones take their defaults."""
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in names})

    @property
    def option_hits(self) -> int:
        n = len(self.scores)
        p, c = set(self.predicted), set(self.correct)
        return sum((i in p) == (i in c) for i in range(n))

    def to_dict(self) -> dict:
        return asdict(self)


# ----------------------------------------------------------------------------- prompts
# the wording lives in proda/evaluate/asking.py, shared with the lm-eval export; ``n_correct`` 0: count not stated
def mcq_text(question: str, options: Sequence[str], n_correct: int = 0) -> str:
    return asking.options_text(question, options, n_correct)


def yesno_prompt(question: str, options: Sequence[str], j: int, n_correct: int = 0) -> str:
    return asking.yesno(question, options, j, n_correct)


def letter_prompt(question: str, options: Sequence[str], multi: bool, n_correct: int = 0) -> str:
    return asking.prompt(question, options, n_correct, "letters", multi)


def generate_prompt(question: str, options: Sequence[str], multi: bool, n_correct: int = 0) -> str:
    return asking.prompt(question, options, n_correct, "generate", multi)


def subsets(n: int, k: int = 0) -> list[tuple[int, ...]]:
    """Non-empty subsets of range(n) as sorted tuples, smallest first; ``k`` > 0: only those of size k (the stated
    count: a set of another size is no answer to "Choose the two correct answers")."""
    if n > 6:
        raise ValueError(f"method 'set' scores every letter set; {n} options are too many (use yesno)")
    subs = (tuple(j for j in range(n) if mask >> j & 1) for mask in range(1, 2 ** n))
    return sorted((t for t in subs if not k or len(t) == k), key=lambda t: (len(t), t))


def set_answer(sub: Sequence[int]) -> str:
    """How proda training items begin a multi-select answer: ``A, C.``"""
    return ", ".join(LETTERS[j] for j in sub) + "."


def orders(item: MCQ, permutations: int, seed: int = 0) -> list[list[int]]:
    """Option orders: stored, reversed, then seeded random ones.

    A random order is drawn, while one exists, so that no option sits at a position it held in an earlier
    order: then a model that always names one position names a different option in every order, and no
    option wins the vote by position alone (the stored order's answer breaks the tie).  Else a distinct
    order, else any."""
    n = len(item.options)
    out = [list(range(n))]
    if permutations >= 2 and n > 1:
        out.append(list(reversed(range(n))))
    rng = random.Random(f"{seed}:{item.id}")
    tries = 0
    while len(out) < permutations and tries < 400:
        p = list(range(n))
        rng.shuffle(p)
        tries += 1
        disjoint = all(p[j] != o[j] for o in out for j in range(n))
        if disjoint or (tries > 200 and p not in out) or tries > 300:
            out.append(p)
    return out


_L = r"\(?[A-J]\)?"
_SEP = r"(?:\s*(?:,|/|&|\band\b|\bor\b)\s*|\s+)"
_END = r"(?=\s*$|\s*[.,:;!)\-]|\s+[^a-z\s])"
_LEAD = re.compile(rf"^\W*(?:the\s+)?(?:correct\s+)?(?:answers?|options?)?\s*(?:is|are)?\s*:?\s*({_L}(?:{_SEP}{_L})*){_END}",
                   re.IGNORECASE)
_ANSWER_IS = re.compile(rf"\b(?:answers?|options?)\s*(?:is|are|:)\s*:?\s*({_L}(?:{_SEP}{_L})*){_END}")


def parse_letters(text: str, n: int) -> list[int]:
    """Option indices named by an answer: ``B``, ``A, C``, ``(B) and (D)``, ``Answer: C``, ``The answers are A and D``.

    Only capital letters count, and a letter followed by a lower-case word (``A cell is...``) is an article.
    """
    t = text.strip()
    first = t.splitlines()[0] if t else ""
    for m in (_ANSWER_IS.search(t), _LEAD.match(first)):
        if m:
            found = sorted({LETTERS.index(c) for c in re.findall(r"[A-J]", m.group(1)) if LETTERS.index(c) < n})
            if found:
                return found
    return []


# ----------------------------------------------------------------------------- scoring
def pick_method(lm, item_multi: bool, method: str = "auto") -> str:
    if method == "auto":
        if not getattr(lm, "supports_loglikelihood", True):
            return "generate"
        return "set" if item_multi else "letter"
    if method == "set" and not item_multi:
        return "letter"
    if method in ("yesno", "letter", "set") and not getattr(lm, "supports_loglikelihood", True):
        raise ValueError(f"method {method!r} needs log-likelihoods, which this runner does not give; use generate")
    return method


DEFAULT_PERMUTATIONS = 3  # odd: a vote over the orders cannot tie between two answers
TIE = 1e-9


def score_items(lm, items: Sequence[MCQ], *, method: str = "auto", permutations: int = DEFAULT_PERMUTATIONS, threshold: float = 0.5,
                margin: float = 0.7, seed: int = 0, max_new_tokens: int = 16, chunk: int = 32,
                progress: Callable[[int, int], None] | None = None) -> list[ItemResult]:
    """Score ``items`` with ``lm``; results in input order."""
    fmt = getattr(lm, "format_prompt", None) or (lambda u: f"User: {u}\nAssistant: ")
    results: list[ItemResult] = []
    for c0 in range(0, len(items), chunk):
        part = items[c0 : c0 + chunk]
        plans = []  # per item: (method, orders, request slice or prompt slice)
        requests: list[tuple[str, str]] = []
        prompts: list[str] = []
        for it in part:
            m = pick_method(lm, it.multi, method)
            ords = orders(it, max(1, permutations), seed)
            start = len(requests) if m != "generate" else len(prompts)
            for order in ords:
                shown = [it.options[i] for i in order]
                if m == "yesno":
                    for j in range(len(shown)):
                        ctx = fmt(yesno_prompt(it.question, shown, j, it.keys))
                        requests += [(ctx, "Yes"), (ctx, "No")]
                elif m == "set":
                    ctx = fmt(letter_prompt(it.question, shown, True, it.keys))
                    requests += [(ctx, set_answer(sub)) for sub in subsets(len(shown), it.keys)]
                elif m == "letter":
                    ctx = fmt(letter_prompt(it.question, shown, it.multi, it.keys))
                    requests += [(ctx, LETTERS[j]) for j in range(len(shown))]
                else:
                    prompts.append(generate_prompt(it.question, shown, it.multi, it.keys))
            plans.append((m, ords, start))
        lls = lm.loglikelihood(requests) if requests else []
        gens = lm.generate(prompts, max_new_tokens) if prompts else []
        for it, (m, ords, start) in zip(part, plans):
            results.append(_assemble(it, m, ords, start, lls, gens, threshold, margin))
        if progress:
            progress(len(results), len(items))
    return results


def _assemble(it: MCQ, m: str, ords: list[list[int]], start: int, lls: list[float], gens: list[str],
              threshold: float, margin: float) -> ItemResult:
    n = len(it.options)
    acc = [0.0] * n
    outputs: list[str] = []
    set_p: dict[tuple[int, ...], float] = {}
    first: list[int] = []  # the answer to the stored (first) order, in stored indices: the tie-break
    said: list[tuple[int, ...]] = []  # generate: the set named in each order, in stored indices
    k = start
    for oi, order in enumerate(ords):
        if m == "yesno":
            for j in range(n):
                yes, no = lls[k], lls[k + 1]
                k += 2
                py = 1.0 / (1.0 + math.exp(min(50.0, max(-50.0, no - yes))))
                acc[order[j]] += py
                if oi == 0 and py >= threshold:
                    first.append(order[j])
        elif m == "letter":
            vals = lls[k : k + n]
            k += n
            mx = max(vals)
            lse = mx + math.log(sum(math.exp(v - mx) for v in vals))
            for j in range(n):
                acc[order[j]] += vals[j] - lse
            if oi == 0:
                first = [order[max(range(n), key=lambda j: vals[j])]]
        elif m == "set":
            subs = subsets(n, it.keys)
            vals = lls[k : k + len(subs)]
            k += len(subs)
            mx = max(vals)
            z = sum(math.exp(v - mx) for v in vals)
            for sub, v in zip(subs, vals):
                key = tuple(sorted(order[j] for j in sub))
                set_p[key] = set_p.get(key, 0.0) + math.exp(v - mx) / z
            if oi == 0:
                first = sorted(order[j] for j in subs[max(range(len(subs)), key=lambda i: vals[i])])
        else:
            text = gens[k]
            k += 1
            outputs.append(text)
            named = parse_letters(text, n)
            said.append(tuple(sorted(order[j] for j in named)))
            for j in named:
                acc[order[j]] += 1.0
            if oi == 0:
                first = sorted(order[j] for j in named)
    if m == "set":
        for key, p in set_p.items():
            for i in key:
                acc[i] += p
    scores = [a / len(ords) for a in acc]
    best = max(range(n), key=lambda i: scores[i])
    tied = [i for i in range(n) if scores[i] >= scores[best] - TIE]
    if len(tied) > 1 and first and first[0] in tied:
        best = first[0]  # the orders do not single one out: the answer to the item as stored stands
    if it.keys and m in ("yesno", "letter"):  # the stated number of best-scored options; ties: the stored answer
        rank = sorted(range(n), key=lambda i: (-round(scores[i], 9), i not in first, i))
        pred = rank[: it.keys]
    elif m == "yesno":
        pred = [i for i in range(n) if scores[i] >= threshold] if it.multi else [best]
        pred = pred or [best]
    elif m == "set":
        top = max(set_p.values())
        tops = [key for key, p in set_p.items() if p >= top - TIE]
        if it.multi or it.keys:
            pred = list(tuple(first) if len(tops) > 1 and tuple(first) in tops else max(set_p, key=set_p.get))
        else:
            pred = [best]
    elif m == "letter":
        pred = [i for i in range(n) if scores[i] >= scores[best] - margin] if it.multi else [best]
    elif it.keys and it.multi:  # generate, a proda item's count stated: the set named in most orders (ties: the
        # stored order's), never a union of per-option majorities no order named ({A,B}, {A,C}, {B,C} is not
        # "A, B, C"; {A}, {A,B}, {B} is not "A, B"); a one-key external item keeps its best option below
        most = max(said.count(t) for t in said)
        pred = list(tuple(first) if said.count(tuple(first)) == most else
                    min((t for t in said if said.count(t) == most), key=lambda t: (-sum(scores[i] for i in t), t)))
    else:
        pred = [i for i in range(n) if scores[i] > 0.5]  # a strict majority of the orders
        if not pred:
            pred = first  # no majority: what the model answered to the item as stored (may be nothing)
        if not it.multi and len(pred) > 1:
            pred = [best]
    correct = sorted(it.correct)
    return ItemResult(it.id, sorted(pred), correct, [round(s, 6) for s in scores], sorted(pred) == correct,
                      it.domain, it.document, it.chain_length, outputs,
                      round(asking.chance(n, len(correct), it.stated), 6))
