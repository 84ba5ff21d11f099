"""The EARS aberration-detection methods C1, C2 and C3 over a daily count series, computed
exactly as R's ``surveillance::earsC`` computes them.

Why EARS: it needs only the last two weeks of a series, so it works from the first weeks of
a new city, diagnosis group or data feed, where methods that model seasonality
(Farrington-flexible) need years of history. Its limit is the same fact: a baseline of seven
days knows nothing about seasons or weekdays (docs/surveillance.md).

Why "exactly as R": EARS has several published variants (the guard band, the standard
deviation's denominator, how C3 turns into a threshold), and the one epidemiologists check a
result against is ``earsC``. Matching it to 1e-9 (tests/surveillance) lets anyone verify an
alert in R. Where ``earsC``'s code differs from its own documentation, the code is followed:

- the C3 upperbound adds ``sd · (z − lagged terms)`` to the day's *observed* count, not to the
  baseline mean, so a C3 alarm depends only on the C2 statistics of the two previous days;
- an alarm is ``observed > upperbound`` (strictly), where the documentation says ≥;
- with ``min_sigma = 0`` a flat baseline has sd 0: the C1 and C2 thresholds are then the
  baseline mean, while C3's C2 statistic can be 0/0, and R's upperbound is NA.

A day with no threshold (too early in the series, or NA in R) has ``threshold=None`` and never
an alarm. ``earsC`` itself returns only the days that have a baseline.
"""

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import partial
from statistics import NormalDist, fmean, stdev

BASELINE = 7
"""Days in the baseline window (``earsC``'s ``baseline``)."""

ALPHA = 0.001
"""One-sided error rate of the threshold (``earsC``'s ``alpha``); z = qnorm(1 − alpha) ≈ 3.09.
Passed for all three methods: left unset, ``earsC`` would use 0.025 for C3."""

GUARD = 2
"""Days between the C2/C3 baseline and the day assessed: the baseline ends at t − 3, so the
first two days of an outbreak do not raise their own threshold."""


class Method(StrEnum):
    C1 = "ears-c1"
    C2 = "ears-c2"
    C3 = "ears-c3"


@dataclass(frozen=True, slots=True)
class DayResult:
    """One day: its count, ``earsC``'s upperbound (None where R has none) and the alarm."""

    observed: int
    threshold: float | None
    alarm: bool


def detect(
    counts: Sequence[int],
    method: Method,
    *,
    baseline: int = BASELINE,
    alpha: float = ALPHA,
    min_sigma: float = 0.0,
) -> list[DayResult]:
    """One result per day of ``counts`` (consecutive days, oldest first)."""
    _check(baseline, alpha, min_sigma)
    return _METHODS[method](counts, baseline, alpha, min_sigma)


@dataclass(frozen=True, slots=True)
class _Baseline:
    mean: float
    sigma: float  # max(sample sd, min_sigma)

    def z(self, observed: int) -> float:
        """(observed − mean) / sigma with R's arithmetic: ±Inf over 0, NaN for 0/0."""
        difference = observed - self.mean
        if self.sigma > 0:
            return difference / self.sigma
        if difference == 0:
            return math.nan
        return math.copysign(math.inf, difference)


def _baseline(
    counts: Sequence[int], day: int, *, gap: int, size: int, min_sigma: float
) -> _Baseline:
    """The ``size`` days before ``day``, leaving out the ``gap`` days just before it."""
    window = counts[day - gap - size : day - gap]
    return _Baseline(fmean(window), max(stdev(window), min_sigma))


def _shewhart(
    counts: Sequence[int], baseline: int, alpha: float, min_sigma: float, *, gap: int
) -> list[DayResult]:
    """C1 (gap 0) and C2 (gap 2): a Shewhart chart on a short moving window."""
    z_alpha = _z_alpha(alpha)
    first = baseline + gap
    results = _without_threshold(counts[:first])
    for day in range(first, len(counts)):
        past = _baseline(counts, day, gap=gap, size=baseline, min_sigma=min_sigma)
        results.append(_verdict(counts[day], past.mean + z_alpha * past.sigma))
    return results


def _c3(counts: Sequence[int], baseline: int, alpha: float, min_sigma: float) -> list[DayResult]:
    """C3, as ``earsC`` computes it: the day's C2 statistic is not used (see the module)."""
    z_alpha = _z_alpha(alpha)
    first = baseline + GUARD + 2  # and the two previous days need their C2 baselines
    results = _without_threshold(counts[:first])
    past = {
        day: _baseline(counts, day, gap=GUARD, size=baseline, min_sigma=min_sigma)
        for day in range(first - 2, len(counts))
    }
    for day in range(first, len(counts)):
        lagged = _excess(past[day - 2].z(counts[day - 2])) + _excess(
            past[day - 1].z(counts[day - 1])
        )
        bound = counts[day] + past[day].sigma * (z_alpha - lagged)
        results.append(_verdict(counts[day], math.nan if math.isnan(bound) else max(0.0, bound)))
    return results


def _excess(statistic: float) -> float:
    """max(0, C2 − 1) as R's ``pmax`` does it: NaN stays NaN."""
    return statistic if math.isnan(statistic) else max(0.0, statistic - 1)


def _verdict(observed: int, bound: float) -> DayResult:
    if math.isnan(bound):
        return DayResult(observed, None, alarm=False)
    return DayResult(observed, bound, alarm=observed > bound)


def _without_threshold(counts: Sequence[int]) -> list[DayResult]:
    return [DayResult(observed, None, alarm=False) for observed in counts]


def _z_alpha(alpha: float) -> float:
    """qnorm(1 − alpha); both R and Python use Wichura's AS 241."""
    return NormalDist().inv_cdf(1 - alpha)


def _check(baseline: int, alpha: float, min_sigma: float) -> None:
    """``earsC``'s own refusals, plus an alpha that has a quantile."""
    if baseline < 3:
        raise ValueError(f"the baseline must be at least 3 days, got {baseline}")
    if not 0 < alpha < 1:
        raise ValueError(f"alpha must be between 0 and 1, got {alpha}")
    if min_sigma < 0:
        raise ValueError(f"min_sigma must not be negative, got {min_sigma}")


_METHODS: dict[Method, Callable[[Sequence[int], int, float, float], list[DayResult]]] = {
    Method.C1: partial(_shewhart, gap=0),
    Method.C2: partial(_shewhart, gap=GUARD),
    Method.C3: _c3,
}
