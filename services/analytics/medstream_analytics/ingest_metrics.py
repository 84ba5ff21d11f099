"""Prometheus metrics of live-visit ingestion (``medstream_visits_*``).

Labels come from closed sets: the rejection kinds of ``visit_batch.Reason`` and partition
numbers, never visit ids.
"""

from prometheus_client import Counter, Gauge, Histogram

from medstream_analytics.visit_batch import Reason

INGESTED = Counter("medstream_visits_ingested_total", "Visits written to this replica's live store")
DUPLICATES = Counter(
    "medstream_visits_duplicates_total",
    "Visits received again (id in the base warehouse, or the same live visit): counted once",
)
REJECTED = Counter(
    "medstream_visits_rejected_total", "Visits sent to medstream.visits.dlq, by reason", ["reason"]
)
BATCH_SECONDS = Histogram(
    "medstream_visits_batch_seconds",
    "Time to check, dead-letter and commit one micro-batch of visits",
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10),
)
BATCH_SIZE = Histogram(
    "medstream_visits_batch_records",
    "Records in one micro-batch of visits",
    buckets=(1, 10, 100, 500, 1000, 2000, 5000, 10_000, 50_000),
)
LAG = Gauge(
    "medstream_visits_ingest_lag",
    "Visits on the topic not yet in this replica's live store, by partition",
    ["partition"],
)

for _reason in (Reason.INVALID, Reason.KEY, Reason.DIAGNOSIS, Reason.PATIENT):
    REJECTED.labels(reason=_reason)
