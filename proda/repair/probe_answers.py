"""Answering probes: the model's choice among a probe's options, and a unit's verdict from its probes' answers.

Split from :mod:`proda.repair.probes` (which builds the probes and caches verdicts in the graph) because scoring
is the part that depends on the runner: cloze scoring by log-likelihood where the runner gives it, lettered
choices in several orders where it does not.  A tie between the right option and the best wrong one is no pass.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from proda.evaluate.asking import chance as one_of
from proda.evaluate.scoring import score_items

if TYPE_CHECKING:  # the probe model lives with its builder
    from proda.repair.probes import Probe

TIE = 0.02  # the right option must beat the best wrong one by this much probability to count as a pass


class ProbeAnswer(BaseModel):
    probe: str
    p_correct: float  # probability of the right option (averaged over option orders, normalised over options)
    predicted: int  # the option chosen; -1 when none was named
    passed: bool


class Verdict(BaseModel):
    """What the model knows of one unit; ``known is None`` when the KB gave nothing to probe it with."""

    unit: str
    kind: str  # concept | step
    name: str = ""
    known: bool | None = None
    confidence: float = 0.0  # mean P(correct option) over its probes
    probes: int = 0
    passed: int = 0
    failing: list[str] = Field(default_factory=list)  # ids of the probes it failed


# ----------------------------------------------------------------------------- running
METHODS = ("auto", "cloze", "choice")


def answer_probes(lm, probes: Sequence[Probe], orders: int = 2, seed: int = 0, method: str = "auto",
                  progress: Callable[[int, int], None] | None = None) -> dict[str, ProbeAnswer]:
    """Run the probes; ``method``: ``cloze`` (default where the runner gives log-likelihoods) or ``choice``.

    ``cloze`` asks the question openly and compares the model's log-likelihood of each option's full answer
    (length-normalised, as lm-evaluation-harness's ``acc_norm``): no letters, so no position bias and no
    dependence on the model having learned a multiple-choice format -- what small or freshly fine-tuned
    models need.  ``choice`` shows the lettered options in ``orders`` orders (the only way for chat
    endpoints without log-probabilities).
    """
    if not probes:
        return {}
    if method not in METHODS:
        raise ValueError(f"unknown probe method {method!r} ({' | '.join(METHODS)})")
    if method == "auto":
        method = "cloze" if getattr(lm, "supports_loglikelihood", True) else "choice"
    if method == "cloze":
        return _cloze(lm, probes, progress)
    results = score_items(lm, [p.mcq() for p in probes], method="auto", permutations=orders, seed=seed,
                          progress=progress)
    out = {}
    for p, r in zip(probes, results):
        probs = _probabilities(r.scores, log=getattr(lm, "supports_loglikelihood", True))
        best_wrong = max(v for i, v in enumerate(probs) if i != p.correct)
        # a tie is not a pass: a model that always answers "A" ties the first and last option over the
        # stored and reversed orders, and must not be credited with knowing either
        # -1: no option named (a generating model that answered without a letter): a failed probe, not a crash
        out[p.id] = ProbeAnswer(probe=p.id, p_correct=round(probs[p.correct], 4),
                                predicted=r.predicted[0] if r.predicted else -1,
                                passed=probs[p.correct] > best_wrong + TIE)
    return out


def _cloze(lm, probes: Sequence[Probe], progress=None, chunk: int = 128) -> dict[str, ProbeAnswer]:
    fmt = getattr(lm, "format_prompt", None) or (lambda u: f"User: {u}\nAssistant: ")
    out: dict[str, ProbeAnswer] = {}
    for c0 in range(0, len(probes), chunk):
        part = probes[c0 : c0 + chunk]
        requests = [(fmt(p.ask), a) for p in part for a in p.answers]
        lls = lm.loglikelihood(requests)
        k = 0
        for p in part:
            vals = lls[k : k + len(p.answers)]
            k += len(p.answers)
            lens = [max(1, len(a)) for a in p.answers]
            mean = sum(lens) / len(lens)
            z = [v * mean / n for v, n in zip(vals, lens)]  # log-likelihood per character, at the mean length
            mx = max(z)
            e = [math.exp(x - mx) for x in z]
            probs = [x / sum(e) for x in e]
            best_wrong = max(v for i, v in enumerate(probs) if i != p.correct)
            out[p.id] = ProbeAnswer(probe=p.id, p_correct=round(probs[p.correct], 4),
                                    predicted=max(range(len(probs)), key=probs.__getitem__),
                                    passed=probs[p.correct] > best_wrong + TIE)
        if progress:
            progress(min(c0 + chunk, len(probes)), len(probes))
    return out


def _probabilities(scores: Sequence[float], log: bool) -> list[float]:
    """Option scores -> probabilities: ``letter`` scores are mean log-probabilities, ``generate`` ones vote shares."""
    if log:
        vals = [math.exp(s) for s in scores]
    else:
        vals = [max(0.0, s) for s in scores]
    z = sum(vals)
    return [v / z for v in vals] if z > 0 else [1.0 / len(scores)] * len(scores)


def verdict(unit: str, kind: str, name: str, probes: Sequence[Probe], answers: dict[str, ProbeAnswer],
            pass_share: float, margin: float) -> Verdict:
    done = [p for p in probes if p.id in answers]
    if not done:
        return Verdict(unit=unit, kind=kind, name=name)
    passed = [p for p in done if answers[p.id].passed]
    conf = sum(answers[p.id].p_correct for p in done) / len(done)
    chance = sum(one_of(len(p.options), 1) for p in done) / len(done)  # one key each (asking.chance)
    known = len(passed) / len(done) >= pass_share and conf >= chance + margin
    return Verdict(unit=unit, kind=kind, name=name, known=known, confidence=round(conf, 4), probes=len(done),
                   passed=len(passed), failing=[p.id for p in done if not answers[p.id].passed])
