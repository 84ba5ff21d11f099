"""Helpers of the live-visit tests: a small warehouse, visits as Kafka records."""

from pathlib import Path

from aiokafka import ConsumerRecord
from medstream_shared.events.envelope import encode
from medstream_shared.events.models import VisitRecorded

from tests.visits import FIRST_LIVE_ID, visit

TOPIC = "test.visits"
__all__ = ["FIRST_LIVE_ID", "TOPIC", "record", "visit"]


def record(
    event: VisitRecorded | None = None,
    *,
    offset: int = 0,
    partition: int = 0,
    key: bytes | None = None,
    value: bytes | None = None,
    headers: list[tuple[str, bytes]] | None = None,
) -> ConsumerRecord[bytes, bytes]:
    """``event`` as the consumer would receive it; or raw ``key``/``value``/``headers``."""
    if event is not None:
        message = encode(event, source="/test/hospital")
        key = message.key if isinstance(message.key, bytes) else str(message.key).encode()
        value = message.value
        headers = [(k, v) for k, v in message.headers.items()]
    return ConsumerRecord(
        topic=TOPIC,
        partition=partition,
        offset=offset,
        timestamp=0,
        timestamp_type=0,
        key=key,
        value=value,
        checksum=None,
        serialized_key_size=len(key or b""),
        serialized_value_size=len(value or b""),
        headers=headers or [],
    )


def records(*events: VisitRecorded) -> list[ConsumerRecord[bytes, bytes]]:
    return [record(e, offset=i) for i, e in enumerate(events)]


def small_warehouse(directory: Path) -> Path:
    from medstream_analytics.warehouse.generate import generate

    path = directory / "base.duckdb"
    generate(path, rows=5_000, seed=7)
    return path
