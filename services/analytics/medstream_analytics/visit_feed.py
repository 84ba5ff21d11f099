"""Follows ``medstream.visits`` into this replica's live store, in micro-batches.

Every replica reads **every** partition (manual assignment, no shared consumer group): each
replica is a full replica of the topic, so any of them answers a question about a visit
published a moment ago the same way. The offsets that count are the ones stored in the
live store with the rows (``live_store.live_offsets``); the consumer seeks to them at start,
so a restart resumes exactly where the durable rows end, and a new replica (an empty store)
reads the compacted topic from the beginning: base warehouse + topic = every visit.

After each durable batch the offsets are also committed to a consumer group of this replica
(``<prefix>analytics-visits-<replica>``), never read back: only so that Kafka's own tools
and exporters see how far each replica is. ``medstream_visits_ingest_lag`` says the same
from inside.

A batch: the first records, then up to ``batch_wait`` more seconds or ``batch_max`` records;
checked (``visit_batch.prepare``), rejections dead-lettered to ``medstream.visits.dlq`` with
the original headers and the reason (acknowledged by the broker first), then the rows and
offsets committed in one DuckDB transaction.
"""

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable
from typing import TypeAlias

from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from aiokafka.errors import KafkaError
from medstream_shared.config import MedstreamSettings
from medstream_shared.constants import Topic
from medstream_shared.kafka.admin import topic_partitions
from medstream_shared.kafka.dead_letters import dead_letter_headers
from medstream_shared.kafka.producer import EventProducer
from medstream_shared.logging import get_logger

from medstream_analytics import ingest_metrics as metrics
from medstream_analytics import live_store
from medstream_analytics.executor import Warehouse
from medstream_analytics.visit_batch import BatchSummary, PreparedBatch, apply, describe, prepare

log = get_logger(__name__)

Record: TypeAlias = ConsumerRecord[bytes, bytes]
OnBatch = Callable[[BatchSummary], Awaitable[None]]

PARTITIONS_WAIT_SECONDS = 30.0


class VisitFeed:
    def __init__(
        self,
        settings: MedstreamSettings,
        warehouse: Warehouse,
        producer: EventProducer,
        *,
        replica_id: str,
        batch_max: int = 5000,
        batch_wait: float = 0.5,
        on_batch: OnBatch | None = None,
        service: str = "analytics",
    ) -> None:
        self.topic = settings.topic(Topic.VISITS)
        self.dead_letter_topic = settings.dead_letter_topic(self.topic)
        self._settings = settings
        self._warehouse = warehouse
        self._producer = producer
        self._batch_max = batch_max
        self._batch_wait = batch_wait
        self._on_batch = on_batch
        self._service = service
        self._group = settings.consumer_group(f"analytics-visits-{replica_id}")
        self._consumer: AIOKafkaConsumer | None = None
        self._partitions: list[TopicPartition] = []
        self._seq = 0
        self._task: asyncio.Task[None] | None = None
        self._stop = asyncio.Event()

    async def start(self) -> None:
        """Assign every partition and seek each to the offset stored with the rows."""
        consumer = AIOKafkaConsumer(
            bootstrap_servers=self._settings.kafka_bootstrap,
            group_id=self._group,
            enable_auto_commit=False,
            isolation_level="read_committed",
            auto_offset_reset="earliest",
        )
        await consumer.start()
        self._consumer = consumer
        partitions = await self._partition_ids(consumer)
        self._partitions = [TopicPartition(self.topic, p) for p in sorted(partitions)]
        consumer.assign(self._partitions)
        stored = await asyncio.to_thread(
            self._warehouse.write, lambda c: live_store.stored_offsets(c, self.topic)
        )
        self._seq = await asyncio.to_thread(self._warehouse.write, live_store.last_seq)
        for tp in self._partitions:
            if tp.partition in stored:
                consumer.seek(tp, stored[tp.partition])
            else:
                await consumer.seek_to_beginning(tp)
        log.info("following visits", topic=self.topic, resumed=stored or "from the beginning")

    async def _partition_ids(self, consumer: AIOKafkaConsumer) -> set[int]:
        """The topic's partitions (a consumer without a subscription has no metadata)."""
        deadline = time.monotonic() + PARTITIONS_WAIT_SECONDS
        while True:
            found = await topic_partitions(self._settings, [self.topic])
            if found:
                return {tp.partition for tp in found}
            if time.monotonic() > deadline:
                raise RuntimeError(f"topic {self.topic} has no partitions")
            await asyncio.sleep(0.5)

    async def catch_up(self) -> int:
        """Apply batches until every partition reaches the end it had when this was called.

        Start-up waits for it, so a replica is ready only once it holds what the topic held.
        ``on_batch`` is not called meanwhile: the caller reads the catalog once at the end
        instead of after every batch that moves the dates.
        """
        consumer = self._require()
        ends = await consumer.end_offsets(self._partitions)
        applied, started = 0, time.perf_counter()
        while await self._behind(ends):
            applied += await self.run_once(notify=False)
        log.info(
            "visits caught up",
            visits=applied,
            seconds=round(time.perf_counter() - started, 2),
        )
        return applied

    async def _behind(self, ends: dict[TopicPartition, int]) -> bool:
        consumer = self._require()
        for tp in self._partitions:
            if await consumer.position(tp) < ends[tp]:
                return True
        return False

    def run_forever(self) -> None:
        self._task = asyncio.create_task(self._follow(), name="visit-feed")

    async def _follow(self) -> None:
        while not self._stop.is_set():
            try:
                await self.run_once()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the batch was not committed: it is read again
                log.error("visit batch failed; retrying from the stored offsets", error=str(exc))
                await self._rewind()
                await asyncio.sleep(1.0)

    async def _rewind(self) -> None:
        consumer = self._require()
        stored = await asyncio.to_thread(
            self._warehouse.write, lambda c: live_store.stored_offsets(c, self.topic)
        )
        for tp in self._partitions:
            if tp.partition in stored:
                consumer.seek(tp, stored[tp.partition])
            else:
                await consumer.seek_to_beginning(tp)

    async def stop(self) -> None:
        """Finish the batch in hand, then stop reading."""
        self._stop.set()
        if self._task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self._consumer is not None:
            await self._consumer.stop()

    async def run_once(self, *, notify: bool = True) -> int:
        """Gather one batch and make it durable; returns the visits written."""
        records = await self._gather()
        if not records:
            await self._sample_lag()
            return 0
        started = time.perf_counter()
        with self._warehouse.session() as cursor:  # a swap waits until the batch is in
            batch = await asyncio.to_thread(prepare, cursor, records)
            for rejection in batch.rejections:
                await self._dead_letter(rejection.record, rejection.reason)
                metrics.REJECTED.labels(reason=rejection.kind).inc()
            self._seq += 1
            await asyncio.to_thread(apply, cursor, batch, topic=self.topic, seq=self._seq)
        await self._commit_for_monitoring(batch)
        elapsed = time.perf_counter() - started
        metrics.INGESTED.inc(len(batch.visits))
        metrics.DUPLICATES.inc(batch.duplicates)
        metrics.BATCH_SECONDS.observe(elapsed)
        metrics.BATCH_SIZE.observe(len(records))
        await self._sample_lag()
        log.info("visit batch", **describe(batch), ms=round(elapsed * 1000, 1))
        if notify and batch.visits and self._on_batch is not None:
            await self._on_batch(batch.summary)
        return len(batch.visits)

    async def _gather(self) -> list[Record]:
        consumer = self._require()
        fetched = await consumer.getmany(timeout_ms=500, max_records=self._batch_max)
        records = [r for rs in fetched.values() for r in rs]
        if not records:
            return []
        deadline = time.monotonic() + self._batch_wait
        while len(records) < self._batch_max and not self._stop.is_set():
            left = deadline - time.monotonic()
            if left <= 0:
                break
            more = await consumer.getmany(
                timeout_ms=int(left * 1000), max_records=self._batch_max - len(records)
            )
            records.extend(r for rs in more.values() for r in rs)
        return records

    async def _dead_letter(self, record: Record, reason: str) -> None:
        headers = dead_letter_headers(record, error=reason, service=self._service, attempts=0)
        await self._producer.send_raw(
            self.dead_letter_topic, key=record.key, value=record.value, headers=headers
        )
        log.warning("visit dead-lettered", dead_letter_topic=self.dead_letter_topic, error=reason)

    async def _commit_for_monitoring(self, batch: PreparedBatch) -> None:
        offsets = {TopicPartition(self.topic, p): o for p, o in batch.offsets.items()}
        try:
            await self._require().commit(offsets)
        except KafkaError as exc:  # advisory: the offsets that count are in the live store
            log.debug("monitoring commit failed", error=str(exc))

    async def _sample_lag(self) -> None:
        consumer = self._require()
        for tp in self._partitions:
            highwater = consumer.highwater(tp)
            if highwater is None:
                continue
            position = await consumer.position(tp)
            metrics.LAG.labels(partition=str(tp.partition)).set(max(highwater - position, 0))

    def _require(self) -> AIOKafkaConsumer:
        assert self._consumer is not None, "start() first"
        return self._consumer
