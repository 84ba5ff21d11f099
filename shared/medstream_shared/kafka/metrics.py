"""Prometheus metrics of the Kafka plumbing, shared by every worker."""

from prometheus_client import Counter, Gauge, Histogram

CONSUMED = Counter(
    "medstream_kafka_messages_consumed_total", "Messages consumed", ["topic", "event_type"]
)
PRODUCED = Counter(
    "medstream_kafka_messages_produced_total", "Messages produced", ["topic", "event_type"]
)
HANDLER_SECONDS = Histogram(
    "medstream_kafka_handler_duration_seconds",
    "Time to handle one event, outputs acknowledged",
    ["event_type"],
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
RETRIES = Counter("medstream_kafka_retries_total", "Handler retries", ["event_type"])
DEAD_LETTERS = Counter(
    "medstream_kafka_dead_letters_total", "Messages sent to a dead-letter topic", ["topic"]
)
LAG = Gauge(
    "medstream_kafka_consumer_lag_messages",
    "Messages behind the partition's high watermark, as seen by this consumer",
    ["topic", "partition"],
)
