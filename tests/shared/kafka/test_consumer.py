"""The consumer runner without a broker: decoding, dispatch, retries, dead letters, give-up.

Records are built as aiokafka hands them over (binary-mode CloudEvents from ``encode``) and
fed to the runner's per-record path; the producer records what would have been sent. The
broker side (commits, rebalances, lag) is covered by the integration and fault tests.
"""

from collections.abc import Iterable, Sequence
from typing import Any

import pytest
from aiokafka.structs import ConsumerRecord
from medstream_shared.config import MedstreamSettings
from medstream_shared.constants import EventType, Topic
from medstream_shared.events import models
from medstream_shared.events.envelope import Envelope, encode
from medstream_shared.events.models import EventData
from medstream_shared.kafka.consumer import EventConsumer, Subscription
from pymongo.errors import AutoReconnect


class RecordingProducer:
    def __init__(self) -> None:
        self.published: list[tuple[EventData, str]] = []
        self.raw: list[tuple[str, dict[str, bytes]]] = []

    async def publish_many(self, events: Iterable[EventData], *, event_ids: Sequence[str]) -> None:
        self.published += list(zip(events, event_ids, strict=True))

    async def send_raw(self, topic: str, *, key: Any, value: Any, headers: Any) -> None:
        self.raw.append((topic, dict(headers)))


def record(
    data: EventData | None = None, *, value: bytes | None = None, offset: int = 7
) -> ConsumerRecord:
    if data is not None:
        message = encode(data, source="/tests", event_id=f"e-{offset}")
        headers, key, body = list(message.headers.items()), message.key, message.value
    else:
        headers, key, body = [("ce_type", b"medstream.query.submitted")], b"s-1", value
    return ConsumerRecord(
        topic="medstream.requests", partition=0, offset=offset, timestamp=0, timestamp_type=0,
        key=key, value=body, checksum=None, serialized_key_size=0, serialized_value_size=0,
        headers=headers,
    )  # fmt: skip


SUBMITTED = models.QuerySubmitted(session_id="s-1", user_id="alice", question="Kazan 2024")


def runner(handle: Any, give_up: Any = None) -> tuple[EventConsumer, RecordingProducer]:
    producer = RecordingProducer()
    settings = MedstreamSettings(
        handler_attempts=2, retry_backoff_seconds=0, transient_retry_seconds=0.2
    )
    consumer = EventConsumer(
        settings,
        service="tests",
        group_id="tests",
        topics=[Topic.REQUESTS],
        subscriptions=[Subscription(EventType.QUERY_SUBMITTED, handle, give_up)],
        producer=producer,  # type: ignore[arg-type]
    )
    return consumer, producer


async def test_a_handled_event_publishes_its_outputs_with_derived_ids() -> None:
    seen: list[Envelope] = []

    async def handle(envelope: Envelope) -> list[EventData]:
        seen.append(envelope)
        return [models.QueryFailed(session_id="s-1", user_id="alice", reason="just testing")]

    consumer, producer = runner(handle)
    await consumer._process(record(SUBMITTED))
    again = runner(handle)
    await again[0]._process(record(SUBMITTED))

    assert seen[0].data == SUBMITTED and seen[0].id == "e-7"
    assert producer.published[0][1] == again[1].published[0][1]  # the same id on redelivery
    assert producer.raw == []


async def test_a_failing_handler_is_retried_then_dead_lettered_and_given_up() -> None:
    calls = 0

    async def handle(envelope: Envelope) -> list[EventData]:
        nonlocal calls
        calls += 1
        raise ValueError("a bug")

    async def give_up(envelope: Envelope, error: str) -> list[EventData]:
        return [models.QueryFailed(session_id="s-1", user_id="alice", reason=error[:100])]

    consumer, producer = runner(handle, give_up)
    await consumer._process(record(SUBMITTED))

    assert calls == 2  # handler_attempts
    [(topic, headers)] = producer.raw
    assert topic == "medstream.requests.dlq"
    assert b"ValueError: a bug" in b"".join(headers.values())
    [(failed, _)] = producer.published
    assert isinstance(failed, models.QueryFailed)


async def test_a_transient_failure_is_waited_out_without_a_dead_letter() -> None:
    outcomes: list[BaseException | None] = [AutoReconnect("primary stepped down"), None]

    async def handle(envelope: Envelope) -> list[EventData]:
        outcome = outcomes.pop(0)
        if outcome is not None:
            raise outcome
        return []

    consumer, producer = runner(handle)
    await consumer._process(record(SUBMITTED))

    assert outcomes == [] and producer.raw == []


@pytest.mark.parametrize("value", [b"{not json", b'{"session_id": "s-1"}'])
async def test_an_invalid_event_of_ours_is_dead_lettered_and_never_handled(value: bytes) -> None:
    async def handle(envelope: Envelope) -> list[EventData]:
        raise AssertionError("an invalid event reached the handler")

    consumer, producer = runner(handle)
    await consumer._process(record(value=value))

    assert [topic for topic, _ in producer.raw] == ["medstream.requests.dlq"]
