"""Prometheus metrics of the Kafka plumbing, shared by every service that consumes or produces.

Each process is scraped as its own target, so the service is the scrape's ``job`` label and
is not repeated here.
"""

from collections.abc import Iterable

from prometheus_client import Counter, Gauge, Histogram

CONSUMED = Counter(
    "medstream_kafka_messages_consumed_total", "Messages consumed", ["topic", "event_type"]
)
PRODUCED = Counter(
    "medstream_kafka_messages_produced_total", "Messages produced", ["topic", "event_type"]
)
PRODUCE_SECONDS = Histogram(
    "medstream_kafka_produce_duration_seconds",
    "Time from handing an event to the producer to the broker's acknowledgement",
    ["topic"],
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15),
)
PRODUCE_ERRORS = Counter(
    "medstream_kafka_produce_errors_total",
    "Events the broker did not acknowledge (the caller sees the error)",
    ["topic"],
)
HANDLER_SECONDS = Histogram(
    "medstream_kafka_handler_duration_seconds",
    "Time to handle one event, outputs acknowledged",
    ["event_type"],
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
HANDLER_ERRORS = Counter(
    "medstream_kafka_handler_errors_total",
    "Failed handler attempts: each one retried and each final failure",
    ["event_type"],
)
RETRIES = Counter("medstream_kafka_retries_total", "Handler retries", ["event_type"])
DEAD_LETTERS = Counter(
    "medstream_kafka_dead_letters_total", "Messages sent to a dead-letter topic", ["topic"]
)
LAG = Gauge(
    "medstream_kafka_consumer_lag_messages",
    "Messages behind the partition's end offset, as seen by the consumer that owns it",
    ["topic", "partition"],
)


def prime_consumer(topics: Iterable[str], event_types: Iterable[str]) -> None:
    """Create a consumer's zero-valued series before anything happens.

    ``increase(medstream_kafka_dead_letters_total[5m]) > 0`` cannot see the first dead
    letter of a series that did not exist before it: there is no earlier sample to compare
    with. Starting every series at 0 makes the first one count.
    """
    for topic in topics:
        DEAD_LETTERS.labels(topic=topic)
    for event_type in event_types:
        HANDLER_SECONDS.labels(event_type=event_type)
        HANDLER_ERRORS.labels(event_type=event_type)
        RETRIES.labels(event_type=event_type)
