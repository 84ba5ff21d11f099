"""The visit feed on the real broker: catch-up, resume from the stored offsets, the
monitoring group's offsets, and dead letters."""

import asyncio
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from medstream_analytics.executor import Warehouse
from medstream_analytics.visit_batch import BatchSummary
from medstream_analytics.visit_feed import VisitFeed
from medstream_shared.config import MedstreamSettings
from medstream_shared.events.envelope import encode
from medstream_shared.kafka.admin import ensure_topics
from medstream_shared.kafka.producer import EventProducer

from tests.analytics.live_visits import FIRST_LIVE_ID, small_warehouse, visit
from tests.harness import KAFKA

pytestmark = [pytest.mark.integration, pytest.mark.timeout(120)]


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return small_warehouse(tmp_path_factory.mktemp("visit-feed"))


@pytest.fixture
async def settings(infrastructure: None) -> AsyncIterator[MedstreamSettings]:
    prefix = f"test-feed-{uuid.uuid4().hex[:8]}."
    made = MedstreamSettings(kafka_bootstrap=KAFKA, topic_prefix=prefix, topic_partitions=2)
    await ensure_topics(made)
    yield made
    admin = AIOKafkaAdminClient(bootstrap_servers=KAFKA)
    await admin.start()
    try:
        await admin.delete_topics([t for t in await admin.list_topics() if t.startswith(prefix)])
    finally:
        await admin.close()


async def publish(settings: MedstreamSettings, ids: range, **changes: object) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=KAFKA, acks="all")
    await producer.start()
    try:
        for visit_id in ids:
            message = encode(visit(visit_id, **changes), source="/test")
            await producer.send_and_wait(
                settings.topic_prefix + "visits",
                key=str(visit_id).encode(),
                value=message.value,
                headers=list(message.headers.items()),
            )
    finally:
        await producer.stop()


async def caught_up(settings: MedstreamSettings, warehouse: Warehouse) -> tuple[int, VisitFeed]:
    producer = EventProducer(settings, source="/test")
    await producer.start()
    feed = VisitFeed(settings, warehouse, producer, replica_id="r1", batch_wait=0.1)
    try:
        await feed.start()
        return await feed.catch_up(), feed
    finally:
        await feed.stop()
        await producer.stop()


def live_count(warehouse: Warehouse) -> int:
    sql = f"SELECT count(*) FROM visits WHERE visit_id >= {FIRST_LIVE_ID}"
    return int(warehouse.run_sync(sql)[1][0][0])


async def test_a_restart_resumes_where_the_durable_rows_end(
    settings: MedstreamSettings, base: Path, tmp_path: Path
) -> None:
    live = str(tmp_path / "live.duckdb")
    await publish(settings, range(FIRST_LIVE_ID, FIRST_LIVE_ID + 30))
    warehouse = Warehouse(base, timeout_seconds=5, max_rows=10, live=live)
    try:
        applied, _ = await caught_up(settings, warehouse)
        assert (applied, live_count(warehouse)) == (30, 30)
    finally:
        warehouse.close()

    await publish(settings, range(FIRST_LIVE_ID + 25, FIRST_LIVE_ID + 40))  # 5 again, 10 new
    warehouse = Warehouse(base, timeout_seconds=5, max_rows=10, live=live)
    try:
        applied, feed = await caught_up(settings, warehouse)
        assert (applied, live_count(warehouse)) == (10, 40), "read from the stored offsets"
    finally:
        warehouse.close()

    committed = await group_offsets(settings, feed)
    assert sum(committed.values()) == 45, "the monitoring group is at the end of the topic"


async def group_offsets(settings: MedstreamSettings, feed: VisitFeed) -> dict[int, int]:
    consumer = AIOKafkaConsumer(
        bootstrap_servers=KAFKA, group_id=settings.consumer_group("analytics-visits-r1")
    )
    await consumer.start()
    try:
        offsets = {}
        for partition in (0, 1):
            tp = TopicPartition(feed.topic, partition)
            offsets[partition] = await consumer.committed(tp) or 0
        return offsets
    finally:
        await consumer.stop()


async def test_a_bad_visit_is_dead_lettered_and_the_rest_applied(
    settings: MedstreamSettings, base: Path, tmp_path: Path
) -> None:
    await publish(settings, range(FIRST_LIVE_ID, FIRST_LIVE_ID + 3))
    await publish(settings, range(FIRST_LIVE_ID + 3, FIRST_LIVE_ID + 4), icd10_code="Z99.9")
    warehouse = Warehouse(base, timeout_seconds=5, max_rows=10, live=str(tmp_path / "l.duckdb"))
    try:
        applied, _ = await caught_up(settings, warehouse)
    finally:
        warehouse.close()

    letters = await read_all(settings.topic_prefix + "visits.dlq")
    assert applied == 3
    assert [(key, dict(headers)["medstream_error"]) for key, headers in letters] == [
        (str(FIRST_LIVE_ID + 3).encode(), b"icd10_code 'Z99.9' is not in the warehouse's diagnoses")
    ]


async def read_all(topic: str) -> list[tuple[bytes | None, list[tuple[str, bytes]]]]:
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=KAFKA, auto_offset_reset="earliest")
    await consumer.start()
    try:
        found = []
        for _ in range(10):
            batches = await consumer.getmany(timeout_ms=500)
            found += [(r.key, list(r.headers)) for rs in batches.values() for r in rs]
            if found:
                await asyncio.sleep(0.2)
                more = await consumer.getmany(timeout_ms=300)
                found += [(r.key, list(r.headers)) for rs in more.values() for r in rs]
                return found
        return found
    finally:
        await consumer.stop()


async def test_following_reports_each_batch_but_catching_up_does_not(
    settings: MedstreamSettings, base: Path, tmp_path: Path
) -> None:
    await publish(settings, range(FIRST_LIVE_ID, FIRST_LIVE_ID + 5))
    warehouse = Warehouse(base, timeout_seconds=5, max_rows=10, live=str(tmp_path / "l.duckdb"))
    producer = EventProducer(settings, source="/test")
    await producer.start()
    seen: list[BatchSummary] = []

    async def on_batch(summary: BatchSummary) -> None:
        seen.append(summary)

    feed = VisitFeed(
        settings, warehouse, producer, replica_id="r2", batch_wait=0.1, on_batch=on_batch
    )
    try:
        await feed.start()
        assert await feed.catch_up() == 5
        assert seen == []
        feed.run_forever()
        await publish(settings, range(FIRST_LIVE_ID + 5, FIRST_LIVE_ID + 6), city="Tver")
        for _ in range(100):
            if seen:
                break
            await asyncio.sleep(0.1)
        assert [s.places for s in seen] == [{("Tver", "Western")}]
        assert live_count(warehouse) == 6
    finally:
        await feed.stop()
        await producer.stop()
        warehouse.close()
