"""Event-time windows over visit dates, in the seconds faust's windowed tables use.

A visit's event time is its ``visit_date`` (not when it reached Kafka): noon UTC of that
day, so that it falls well inside the day's tumbling window ``[midnight, next midnight)``
and inside the seven hopping windows of seven days (one-day step) that contain the day.
Faust's window ranges end 0.1 s before the next start; ``window_dates`` turns one back into
the alert's ``window_start`` and exclusive ``window_end``.
"""

from datetime import UTC, date, datetime, timedelta

DAY_SECONDS = 86_400.0
WEEK_DAYS = 7


def event_time(day: date) -> float:
    """The timestamp a visit of ``day`` is counted at (noon UTC)."""
    midnight = datetime(day.year, day.month, day.day, tzinfo=UTC)
    return midnight.timestamp() + DAY_SECONDS / 2


def day_of(timestamp: float) -> date:
    return datetime.fromtimestamp(timestamp, tz=UTC).date()


def window_dates(window_range: tuple[float, float]) -> tuple[date, date]:
    """``(window_start, window_end)`` of a faust range, the end exclusive."""
    start, end = window_range
    first = day_of(start)
    days = round((end - start) / DAY_SECONDS)
    return first, first + timedelta(days=days)


def week_starts(day: date) -> list[date]:
    """The first days of the 7-day windows (one-day step) that contain ``day``, oldest first."""
    return [day - timedelta(days=back) for back in range(WEEK_DAYS - 1, -1, -1)]


def days_of(start: date, end: date) -> list[date]:
    return [start + timedelta(days=i) for i in range((end - start).days)]
