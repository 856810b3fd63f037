"""Intervals and tests for every rate proda prints.

Why one module: a weak model is right 25 % of the time on four options by luck,
so no accuracy, precision or change is shown without its n and a 95 % interval,
and no round-to-round change without a paired test.  The arithmetic comes from
scipy (Wilson score interval, exact binomial test), not from hand-written formulas.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from pydantic import BaseModel


class Rate(BaseModel):
    """k successes out of n, with a 95 % Wilson interval (0..1)."""

    k: int
    n: int
    low: float
    high: float

    @property
    def value(self) -> float:
        return self.k / self.n if self.n else float("nan")

    def fmt(self, digits: int = 1) -> str:
        """'62.5 % [48.1, 75.0] (n=40)'; '–' when n is 0."""
        if not self.n:
            return "– (n=0)"
        p = 100 * self.value
        return f"{p:.{digits}f} % [{100 * self.low:.{digits}f}, {100 * self.high:.{digits}f}] (n={self.n})"

    def as_dict(self) -> dict:
        return {"k": self.k, "n": self.n, "rate": None if not self.n else self.value,
                "ci_low": None if not self.n else self.low, "ci_high": None if not self.n else self.high}


def wilson(k: int, n: int, confidence: float = 0.95) -> Rate:
    """Wilson score interval for k of n (scipy's binomtest)."""
    if n <= 0:
        return Rate(k=0, n=0, low=0.0, high=0.0)
    from scipy.stats import binomtest

    ci = binomtest(int(k), int(n)).proportion_ci(confidence_level=confidence, method="wilson")
    return Rate(k=int(k), n=int(n), low=float(ci.low), high=float(ci.high))


def mcnemar_exact(fixed: int, broken: int) -> float:
    """Exact McNemar p-value (two-sided) on the discordant pairs of a paired before/after comparison.

    ``fixed`` = failed before and passed after, ``broken`` = passed before and failed after.
    Under no change each discordant pair is a fair coin, so this is a two-sided binomial test.
    """
    n = int(fixed) + int(broken)
    if n == 0:
        return 1.0
    from scipy.stats import binomtest

    return float(binomtest(int(fixed), n, 0.5, alternative="two-sided").pvalue)


def bootstrap_ci(values: Sequence[float] | Sequence[Sequence[float]], statistic: Callable, *, n_resamples: int = 2000,
                 confidence: float = 0.95, seed: int = 0) -> tuple[float, float]:
    """Percentile bootstrap interval of ``statistic`` (scipy.stats.bootstrap); samples are resampled jointly."""
    import numpy as np
    from scipy.stats import bootstrap

    data = values if values and isinstance(values[0], (list, tuple)) else (values,)
    arrays = tuple(np.asarray(v, dtype=float) for v in data)
    if any(len(a) < 2 for a in arrays):
        return (float("nan"), float("nan"))
    res = bootstrap(arrays, statistic, n_resamples=n_resamples, confidence_level=confidence, method="percentile",
                    paired=len(arrays) > 1, vectorized=False, random_state=np.random.default_rng(seed))
    lo, hi = float(res.confidence_interval.low), float(res.confidence_interval.high)
    return (lo if math.isfinite(lo) else float("nan"), hi if math.isfinite(hi) else float("nan"))


def cohen_kappa(a: Sequence[str], b: Sequence[str]) -> float:
    """Cohen's kappa of two raters' labels on the same units (scikit-learn)."""
    if not a or len(a) != len(b):
        return float("nan")
    from sklearn.metrics import cohen_kappa_score

    if len(set(a) | set(b)) < 2:
        return 1.0
    return float(cohen_kappa_score(list(a), list(b)))
