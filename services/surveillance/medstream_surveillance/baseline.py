"""Expected counts and alert thresholds: what a window's count is compared with.

Two methods, one per window (docs/surveillance.md, "Baselines"):

- **Daily windows: EARS C2** (``detection.detect(..., Method.C2)``, as R's ``earsC``) on the
  daily series of the city and group: the threshold of day *t* is the mean + z·sd of days
  *t−9 … t−3*. It reacts within a day and needs only ten days of data, but knows no seasons.
- **7-day windows: seasonal historical limits** (Stroup et al. 1989, the CDC's "historical
  limits" method): the same 7-day window and the windows one week before and after it, in
  each of up to five earlier years of the warehouse (364 days back, so weekdays align),
  give up to 15 counts; expected = their mean, threshold = mean + k·sd. It knows the season
  (a winter is compared with earlier winters), so the yearly influenza rise does not alarm
  by itself, but it needs years of history.

A day's value is the live count when the live feed reported visits of that city on that day,
else the warehouse's count when the warehouse covers the day, else unknown; a threshold
whose baseline has an unknown day is not computed (no alert rather than a guess).
"""

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from statistics import fmean, stdev

import duckdb
from medstream_shared.logging import get_logger

from medstream_surveillance.detection import BASELINE, GUARD, Method, detect
from medstream_surveillance.groups import group_of

log = get_logger(__name__)

EARS_METHOD = Method.C2
SEASONAL_METHOD = "seasonal-mean-k-sd"
EARS_DAYS = BASELINE + GUARD + 1
"""Days of the series C2 needs to assess its last day: the baseline, the guard, the day."""
SEASONAL_YEARS = 5
SEASONAL_SHIFTS = (-7, 0, 7)
SEASONAL_MIN_VALUES = 6
"""At least two earlier years (three windows each) before a seasonal threshold is trusted."""
YEAR_DAYS = 364


@dataclass(frozen=True, slots=True)
class Threshold:
    method: str
    expected: float
    threshold: float

    def exceeded_by(self, observed: int) -> bool:
        return observed > self.threshold


@dataclass
class History:
    """Daily counts per city and group from the base warehouse, and the days it covers."""

    first_day: date | None = None
    last_day: date | None = None
    counts: dict[tuple[str, str], dict[date, int]] = field(default_factory=dict)

    def covers(self, day: date) -> bool:
        return self.first_day is not None and self.first_day <= day <= self.last_day  # type: ignore[operator]

    def count(self, city: str, group: str, day: date) -> int | None:
        """The warehouse's count, 0 on a covered day without visits, None outside it."""
        if not self.covers(day):
            return None
        return self.counts.get((city, group), {}).get(day, 0)

    def window(self, city: str, group: str, start: date, days: int) -> int | None:
        if not (self.covers(start) and self.covers(start + timedelta(days=days - 1))):
            return None
        series = self.counts.get((city, group), {})
        return sum(series.get(start + timedelta(days=i), 0) for i in range(days))


def load_history(path: Path) -> History:
    """The warehouse's daily counts per city × group; an absent file is an empty history."""
    if not path.exists():
        log.warning("no warehouse: baselines come from the live feed only", path=str(path))
        return History()
    with duckdb.connect(str(path), read_only=True) as db:
        first, last = db.execute("SELECT min(visit_date), max(visit_date) FROM visits").fetchone()  # type: ignore[misc]
        codes = [row[0] for row in db.execute("SELECT DISTINCT icd10_code FROM visits").fetchall()]
        groups = {code: group for code in codes if (group := group_of(code)) is not None}
        history = History(first, last)
        if not groups:
            return history
        rows = db.execute(
            "SELECT city, icd10_code, visit_date, count(*) FROM visits "
            "WHERE icd10_code IN (SELECT unnest(?)) GROUP BY ALL",
            [list(groups)],
        ).fetchall()
    for city, code, day, count in rows:
        series = history.counts.setdefault((city, groups[code]), {})
        series[day] = series.get(day, 0) + count
    log.info(
        "warehouse history loaded",
        first_day=str(first),
        last_day=str(last),
        series=len(history.counts),
    )
    return history


def day_value(live: int, reported: bool, historic: int | None) -> int | None:
    """A day's count: live when the feed reported the city that day, else the warehouse's."""
    return live if reported else historic


def ears_threshold(series: Sequence[int | None], *, min_sigma: float) -> Threshold | None:
    """C2's threshold for the last day of ``series`` (days t−9 … t), or None when a
    baseline day (t−9 … t−3) is unknown. Days t−2, t−1 and t do not enter C2's threshold."""
    if len(series) != EARS_DAYS:
        raise ValueError(f"C2 needs {EARS_DAYS} days, got {len(series)}")
    baseline = series[:BASELINE]
    if any(value is None for value in baseline):
        return None
    counts = [value or 0 for value in series]
    result = detect(counts, EARS_METHOD, min_sigma=min_sigma)[-1]
    if result.threshold is None:
        return None
    return Threshold(EARS_METHOD.value, fmean(counts[:BASELINE]), result.threshold)


def seasonal_values(history: History, city: str, group: str, start: date, days: int) -> list[int]:
    """The counts of the same window and its neighbour weeks in earlier years."""
    values = []
    for years in range(1, SEASONAL_YEARS + 1):
        for shift in SEASONAL_SHIFTS:
            earlier = start - timedelta(days=YEAR_DAYS * years) + timedelta(days=shift)
            count = history.window(city, group, earlier, days)
            if count is not None:
                values.append(count)
    return values


def seasonal_threshold(values: Sequence[int], *, k: float, min_sd: float) -> Threshold | None:
    """mean + k·max(sd, min_sd) of the earlier years' windows, or None with too few."""
    if len(values) < SEASONAL_MIN_VALUES:
        return None
    mean = fmean(values)
    spread = max(stdev(values), min_sd)
    if not math.isfinite(spread):
        return None
    return Threshold(SEASONAL_METHOD, mean, mean + k * spread)
