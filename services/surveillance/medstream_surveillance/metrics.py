"""The surveillance service's Prometheus metrics (``medstream_surveillance_*``).

Label values come from closed sets (the four groups and "none", the two methods, a few
rejection reasons), never cities or ids.
"""

from prometheus_client import Counter, Gauge, Histogram

VISITS_COUNTED = Counter(
    "medstream_surveillance_visits_counted_total",
    "Visits counted into the windows, by surveillance group ('none': the city's total only)",
    ["group"],
)
VISITS_SKIPPED = Counter(
    "medstream_surveillance_visits_skipped_total",
    "Visits not counted: duplicate (same visit id again), too_late (older than the "
    "retention), invalid (not a valid medstream.visit.recorded event)",
    ["reason"],
)
ALERTS_RAISED = Counter(
    "medstream_surveillance_alerts_raised_total",
    "Alerts published on medstream.alerts, by group and method",
    ["group", "method"],
)
COUNT_DELAY = Histogram(
    "medstream_surveillance_count_delay_seconds",
    "From a visit's publication (its CloudEvent time) to its count in the windows",
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300),
)
WINDOW_LAG = Gauge(
    "medstream_surveillance_window_lag_seconds",
    "Wall-clock time since the end of the newest daily window a visit was counted in "
    "(negative while that day is still open)",
)


def prime() -> None:
    """Export every series at 0 from the start, so rates and alerts have a baseline."""
    for group in ("influenza_ari", "pneumonia", "covid", "gastroenteritis", "none"):
        VISITS_COUNTED.labels(group=group)
    for reason in ("duplicate", "too_late", "invalid"):
        VISITS_SKIPPED.labels(reason=reason)
