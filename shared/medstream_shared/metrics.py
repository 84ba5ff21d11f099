"""Prometheus metrics that more than one service reports."""

from prometheus_client import Counter

CACHE_REQUESTS = Counter(
    "medstream_cache_requests_total", "Cache look-ups by cache and result", ["cache", "result"]
)
