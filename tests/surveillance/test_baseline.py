"""Baselines: the warehouse history, EARS C2 on the daily series, the seasonal limits."""

from datetime import date, timedelta
from pathlib import Path
from statistics import NormalDist, fmean, stdev

import duckdb
import pytest
from medstream_surveillance.baseline import (
    EARS_DAYS,
    SEASONAL_METHOD,
    History,
    day_value,
    ears_threshold,
    load_history,
    seasonal_threshold,
    seasonal_values,
)
from medstream_surveillance.detection import Method, detect

Z = NormalDist().inv_cdf(0.999)
DAY = date(2025, 1, 15)


VISITS_SCHEMA = "visit_id BIGINT, visit_date DATE, city VARCHAR, icd10_code VARCHAR"


def test_history_counts_only_the_days_the_warehouse_covers() -> None:
    history = History(date(2025, 1, 1), date(2025, 1, 31), {("Kazan", "covid"): {DAY: 4}})
    assert history.count("Kazan", "covid", DAY) == 4
    assert history.count("Kazan", "covid", DAY + timedelta(days=1)) == 0  # a quiet day
    assert history.count("Omsk", "covid", DAY) == 0
    assert history.count("Kazan", "covid", date(2025, 2, 1)) is None  # unknown, not 0
    assert history.window("Kazan", "covid", DAY, 7) == 4
    assert history.window("Kazan", "covid", date(2025, 1, 28), 7) is None
    assert History().count("Kazan", "covid", DAY) is None


def test_a_day_reported_live_takes_the_live_count() -> None:
    assert day_value(3, True, 10) == 3
    assert day_value(0, True, None) == 0
    assert day_value(0, False, 10) == 10
    assert day_value(0, False, None) is None


def test_ears_c2_threshold_is_detect_s_on_days_t_minus_9_to_t_minus_3() -> None:
    series = [6, 5, 6, 7, 5, 6, 7, 40, 50, 12]  # t−2, t−1 do not enter the threshold
    threshold = ears_threshold(series, min_sigma=0.0)
    assert threshold is not None
    assert threshold.method == Method.C2.value == "ears-c2"
    assert threshold.expected == pytest.approx(fmean(series[:7]))
    assert threshold.threshold == pytest.approx(fmean(series[:7]) + Z * stdev(series[:7]))
    assert threshold.threshold == detect(series, Method.C2)[-1].threshold
    assert threshold.exceeded_by(12) is (threshold.threshold < 12)


def test_the_sd_floor_is_earsc_min_sigma() -> None:
    flat = [5] * 7 + [0, 0, 6]
    unfloored = ears_threshold(flat, min_sigma=0.0)
    floored = ears_threshold(flat, min_sigma=1.0)
    assert unfloored is not None and floored is not None
    assert unfloored.threshold == 5.0 and unfloored.exceeded_by(6)  # one case over a flat week
    assert floored.threshold == pytest.approx(5 + Z)
    assert not floored.exceeded_by(6)


def test_no_threshold_when_a_baseline_day_is_unknown() -> None:
    assert ears_threshold([None, 5, 6, 7, 5, 6, 7, 1, 1, 20], min_sigma=1.0) is None
    # unknown guard days do not matter
    assert ears_threshold([6, 5, 6, 7, 5, 6, 7, None, None, 20], min_sigma=1.0) is not None
    with pytest.raises(ValueError, match="10 days"):
        ears_threshold([1] * (EARS_DAYS - 1), min_sigma=1.0)


def _seasonal_history() -> History:
    counts = {}
    first = date(2020, 1, 1)
    for offset in range(5 * 366):
        day = first + timedelta(days=offset)
        counts[day] = 2 + day.year % 3  # 2023: 2, 2024: 3, 2022: 4, 2021: 2...
    return History(first, date(2024, 12, 31), {("Kazan", "influenza_ari"): counts})


def test_seasonal_values_are_the_same_weeks_and_their_neighbours_in_earlier_years() -> None:
    history = _seasonal_history()
    start = date(2025, 1, 13)
    values = seasonal_values(history, "Kazan", "influenza_ari", start, 7)
    # 1–5 years back (364 days, so weekdays align), the week before, the same, the week after
    expected = []
    for years in range(1, 6):
        for shift in (-7, 0, 7):
            s = start - timedelta(days=364 * years) + timedelta(days=shift)
            if s >= date(2020, 1, 1):
                expected.append(sum(2 + (s + timedelta(days=i)).year % 3 for i in range(7)))
    assert values == expected
    assert len(values) == 15  # five years of history: every window is covered
    assert seasonal_values(history, "Kazan", "influenza_ari", date(2024, 1, 8), 7)[-1] == 21


def test_seasonal_threshold_is_mean_plus_k_sd() -> None:
    values = [10, 12, 14, 11, 13, 12]
    threshold = seasonal_threshold(values, k=3.0, min_sd=1.0)
    assert threshold is not None
    assert threshold.method == SEASONAL_METHOD
    assert threshold.expected == pytest.approx(12.0)
    assert threshold.threshold == pytest.approx(12.0 + 3.0 * stdev(values))
    assert seasonal_threshold([5] * 6, k=3.0, min_sd=1.0).threshold == 8.0  # type: ignore[union-attr]
    assert seasonal_threshold(values[:5], k=3.0, min_sd=1.0) is None  # under two years


def test_history_is_read_from_the_warehouse(tmp_path: Path) -> None:
    path = tmp_path / "warehouse.duckdb"
    rows = [
        (1, DAY, "Kazan", "J10"),
        (2, DAY, "Kazan", "J06.9"),
        (3, DAY, "Kazan", "J18"),
        (4, DAY, "Kazan", "I10"),
        (5, DAY + timedelta(days=3), "Omsk", "U07.1"),
    ]
    with duckdb.connect(str(path)) as db:
        db.execute(f"CREATE TABLE visits ({VISITS_SCHEMA})")
        db.executemany("INSERT INTO visits VALUES (?, ?, ?, ?)", rows)
    history = load_history(path)
    assert (history.first_day, history.last_day) == (DAY, DAY + timedelta(days=3))
    assert history.counts == {
        ("Kazan", "influenza_ari"): {DAY: 2},
        ("Kazan", "pneumonia"): {DAY: 1},
        ("Omsk", "covid"): {DAY + timedelta(days=3): 1},
    }
    assert load_history(tmp_path / "absent.duckdb") == History()
