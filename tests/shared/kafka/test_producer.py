"""The event producer replaces an aiokafka producer that lost its idempotence state."""

import asyncio
from typing import Any

import pytest
from aiokafka.errors import KafkaTimeoutError, OutOfOrderSequenceNumber
from medstream_shared.config import MedstreamSettings
from medstream_shared.events.models import QuerySubmitted
from medstream_shared.kafka.producer import EventProducer


class FakeProducer:
    """Records what it is sent; ``error`` fails every send, as a dead aiokafka producer does."""

    def __init__(self, error: Exception | None = None) -> None:
        self.error = error
        self.sent: list[dict[str, bytes]] = []
        self.started = self.stopped = False

    async def start(self) -> None:
        self.started = True

    async def stop(self) -> None:
        self.stopped = True

    async def send(self, topic: str, **message: Any) -> "asyncio.Future[None]":
        if self.error is not None:
            raise self.error
        self.sent.append(dict(message["headers"]))
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        future.set_result(None)
        return future


def producer_with(monkeypatch: pytest.MonkeyPatch, *fakes: FakeProducer) -> EventProducer:
    queue = list(fakes)
    monkeypatch.setattr(EventProducer, "_new_producer", lambda self: queue.pop(0))
    return EventProducer(MedstreamSettings(), source="/medstream/test")


def question(n: int) -> QuerySubmitted:
    return QuerySubmitted(session_id=f"s-{n}", user_id="alice", question="Top-5 diagnoses")


async def test_a_producer_that_lost_its_sequence_is_replaced_and_the_send_repeated(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dead, fresh = FakeProducer(OutOfOrderSequenceNumber()), FakeProducer()
    producer = producer_with(monkeypatch, dead, fresh)

    [event_id] = await producer.publish_many([question(1)])

    assert fresh.started and dead.stopped
    assert [headers["ce_id"].decode() for headers in fresh.sent] == [event_id]


async def test_concurrent_failures_replace_the_producer_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dead, fresh, spare = FakeProducer(OutOfOrderSequenceNumber()), FakeProducer(), FakeProducer()
    producer = producer_with(monkeypatch, dead, fresh, spare)

    await asyncio.gather(*(producer.publish(question(n)) for n in range(5)))

    assert len(fresh.sent) == 5
    assert not spare.started


async def test_other_failures_are_left_to_the_caller(monkeypatch: pytest.MonkeyPatch) -> None:
    down, spare = FakeProducer(KafkaTimeoutError()), FakeProducer()
    producer = producer_with(monkeypatch, down, spare)

    with pytest.raises(KafkaTimeoutError):
        await producer.publish(question(1))

    assert not spare.started
