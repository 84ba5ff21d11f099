"""Event time and windows: a visit counts at noon UTC of its visit date."""

from datetime import UTC, date, datetime

from medstream_surveillance.windows import (
    DAY_SECONDS,
    day_of,
    days_of,
    event_time,
    week_starts,
    window_dates,
)


def test_event_time_is_noon_utc_of_the_visit_date() -> None:
    day = date(2026, 3, 1)
    assert event_time(day) == datetime(2026, 3, 1, 12, tzinfo=UTC).timestamp()
    assert day_of(event_time(day)) == day


def test_a_faust_window_range_gives_the_alert_window() -> None:
    start = datetime(2026, 3, 1, tzinfo=UTC).timestamp()
    assert window_dates((start, start + DAY_SECONDS - 0.1)) == (date(2026, 3, 1), date(2026, 3, 2))
    assert window_dates((start, start + 7 * DAY_SECONDS - 0.1)) == (
        date(2026, 3, 1),
        date(2026, 3, 8),
    )


def test_the_seven_week_windows_that_contain_a_day() -> None:
    starts = week_starts(date(2026, 3, 10))
    assert starts == [date(2026, 3, d) for d in range(4, 11)]
    assert all(date(2026, 3, 10) in days_of(s, s.replace(day=s.day + 7)) for s in starts)


def test_days_of_a_window_end_exclusive() -> None:
    assert days_of(date(2026, 2, 27), date(2026, 3, 2)) == [
        date(2026, 2, 27),
        date(2026, 2, 28),
        date(2026, 3, 1),
    ]
