"""When the consumer commits: handled offsets only, at most every interval, at once when
idle, and always on revocation and stop; rebalance hooks hear of every move.

The aiokafka consumer is replaced by a stand-in that hands over prepared batches and
records the commits; the broker side is covered by the integration and fault tests.
"""

import asyncio
from typing import Any

from aiokafka import TopicPartition
from medstream_shared.config import MedstreamSettings
from medstream_shared.constants import EventType, Topic
from medstream_shared.events.envelope import Envelope
from medstream_shared.events.models import EventData
from medstream_shared.kafka.consumer import EventConsumer, Subscription, _CommitOnRevoke

from tests.shared.kafka.test_consumer import SUBMITTED, RecordingProducer, record

TP = TopicPartition("medstream.requests", 0)


class StubKafka:
    """Hands over ``batches`` one per poll (then empty polls), records commits."""

    def __init__(self, batches: list[dict[TopicPartition, list[Any]]], stop: asyncio.Event):
        self.batches = batches
        self.done = stop
        self.commits: list[dict[TopicPartition, int]] = []
        self.polls = 0

    async def getmany(self, timeout_ms: int, max_records: int) -> dict[TopicPartition, list[Any]]:
        self.polls += 1
        if self.batches:
            return self.batches.pop(0)
        self.done.set()
        return {}

    def assignment(self) -> set[TopicPartition]:
        return {TP}

    async def commit(self, offsets: dict[TopicPartition, int]) -> None:
        self.commits.append(dict(offsets))

    def highwater(self, tp: TopicPartition) -> int:
        return 100

    async def stop(self) -> None:
        pass


async def handle(envelope: Envelope) -> list[EventData]:
    return []


def consumer(batches: list[Any], interval: float) -> tuple[EventConsumer, StubKafka, asyncio.Event]:
    stop = asyncio.Event()
    runner = EventConsumer(
        MedstreamSettings(),
        service="tests",
        group_id="tests",
        topics=[Topic.REQUESTS],
        subscriptions=[Subscription(EventType.QUERY_SUBMITTED, handle)],
        producer=RecordingProducer(),  # type: ignore[arg-type]
        commit_interval_seconds=interval,
    )
    stub = StubKafka(batches, stop)
    runner._consumer = stub
    return runner, stub, stop


def batch(*offsets: int) -> dict[TopicPartition, list[Any]]:
    return {TP: [record(SUBMITTED, offset=offset) for offset in offsets]}


async def test_batches_within_the_interval_are_committed_together_once_idle() -> None:
    runner, stub, stop = consumer([batch(1), batch(2), batch(3, 4)], interval=60)

    await runner.run(stop)

    assert stub.commits == [{TP: 5}]  # one commit, at the empty poll, of the last handled


async def test_a_busy_consumer_commits_every_interval() -> None:
    runner, stub, stop = consumer([batch(1), batch(2), batch(3)], interval=0)

    await runner.run(stop)

    assert stub.commits == [{TP: 2}, {TP: 3}, {TP: 4}]


async def test_stop_and_revocation_commit_what_was_handled() -> None:
    runner, stub, _ = consumer([batch(1, 2)], interval=60)
    heard: list[str] = []
    runner.on_rebalance(lambda: heard.append("moved"))
    runner._progress.pending[TP] = 3  # handled, not yet committed

    await _CommitOnRevoke(runner).on_partitions_revoked([TP])
    await _CommitOnRevoke(runner).on_partitions_assigned([TP])
    runner._progress.pending[TP] = 9
    await runner.stop()

    assert stub.commits == [{TP: 3}, {TP: 9}]
    assert heard == ["moved", "moved"]


async def test_nothing_handled_nothing_committed() -> None:
    runner, stub, stop = consumer([], interval=0)

    await runner.run(stop)

    assert stub.commits == []
