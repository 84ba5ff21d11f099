"""Rebuilds the gateway's read model (sessions, charts, reports, alerts) from the Kafka topics.

Kafka is the source of truth; this is the proof. The events of every topic the gateway
projects are read up to the end offsets seen at the start, merged in event-time order (the
order in which they happened, whatever their topic), and applied by the same projectors
the live gateway runs — into fresh ``replay__*`` collections. The merge streams: each
partition is read in offset order, which is its event-time order, and an event is applied
once every partition still being read has reached a later moment, so memory holds the
events of a short time window, not the history. Those are then swapped in:
the live collections are renamed aside, the rebuilt ones take their names, the old ones
are dropped. FerretDB v1 has no ``dropTarget``, hence the three renames.

The rebuild equals the live model when nothing new is projected meanwhile; run it with
the gateways' consumers idle for an exact copy. API keys and idempotency records are not
projections of events and are left as they are.
"""

import heapq
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from medstream_shared.constants import SERVICE_TOPICS, EventType
from medstream_shared.events.envelope import Envelope, InvalidEvent, decode
from medstream_shared.kafka.admin import topic_partitions
from medstream_shared.logging import get_logger
from medstream_shared.storage import create_mongo_client, create_redis
from pymongo.asynchronous.database import AsyncDatabase

from medstream_gateway.core.config import GatewaySettings
from medstream_gateway.readmodel.alerts import AlertStore
from medstream_gateway.readmodel.projector import (
    AlertProjector,
    ReportProjector,
    SessionProjector,
    when,
)
from medstream_gateway.readmodel.reports import ReportReadModel
from medstream_gateway.readmodel.sessions import SessionStore

log = get_logger(__name__)

STAGING = "replay__"
PREVIOUS = "previous__"
COLLECTIONS = ("sessions", "charts", "reports", "alerts")

CAUSAL_ORDER = {
    event_type: rank
    for rank, event_type in enumerate(
        [
            EventType.QUERY_SUBMITTED,
            EventType.REPORT_REQUESTED,
            EventType.CLARIFICATION_REQUESTED,
            EventType.FEEDBACK_SUBMITTED,
            EventType.QUERY_ROUTED,
            EventType.QUERY_COMPLETED,
            EventType.QUERY_FAILED,
            EventType.REPORT_GENERATED,
            EventType.REPORT_FAILED,
            EventType.SURVEILLANCE_ALERT,
        ]
    )
}
"""Tie-break for events stamped in the same millisecond: causes before effects."""


@dataclass(frozen=True)
class ReplayResult:
    events: int
    applied: int
    skipped_invalid: int
    sessions: int
    reports: int
    alerts: int


async def replay(settings: GatewaySettings, since: datetime | None = None) -> ReplayResult:
    mongo = create_mongo_client(settings)
    redis = create_redis(settings)
    db = mongo[settings.mongo_database]
    try:
        for name in COLLECTIONS:
            await db.drop_collection(f"{STAGING}{name}")
        store = SessionStore(db, prefix=STAGING)
        reports = ReportReadModel(db, redis, prefix=STAGING)
        alerts = AlertStore(db, prefix=STAGING)
        handlers = {
            s.event_type: s.handle
            for s in [
                *SessionProjector(store).subscriptions(),
                *ReportProjector(reports).subscriptions(),
                *AlertProjector(alerts).subscriptions(),
            ]
        }
        applied = 0
        async with TopicHistory(settings, since) as history:
            async for envelope in history.in_event_time_order():
                handle = handlers.get(envelope.type)
                if handle is not None:
                    await handle(envelope)
                    applied += 1
        await store.ensure_indexes()
        await reports.ensure_indexes()
        await alerts.ensure_indexes()
        await _swap(db)
        result = ReplayResult(
            events=history.records,
            applied=applied,
            skipped_invalid=history.invalid,
            sessions=await db["sessions"].count_documents({}),
            reports=await db["reports"].count_documents({}),
            alerts=await db["alerts"].count_documents({}),
        )
        log.info("read model rebuilt", **result.__dict__)
        return result
    finally:
        await redis.aclose()
        await mongo.close()


@dataclass(order=True)
class _Pending:
    order: tuple[datetime, int, str, int, int]
    envelope: Envelope = field(compare=False)


class TopicHistory:
    """Every retained event of the gateway's topics (from ``since``) up to today's end.

    A k-way merge over the partitions: events wait in a heap until every partition that
    still has records to give has been read past them, and a partition is read further
    only when it is the one holding the merge back.
    """

    def __init__(
        self, settings: GatewaySettings, since: datetime | None, *, batch: int = 1000
    ) -> None:
        self._settings = settings
        self._since = since
        self._batch = batch
        self._consumer = AIOKafkaConsumer(
            bootstrap_servers=settings.kafka_bootstrap, enable_auto_commit=False
        )
        self.records = 0
        self.invalid = 0

    async def __aenter__(self) -> "TopicHistory":
        await self._consumer.start()
        return self

    async def __aexit__(self, *_: object) -> None:
        await self._consumer.stop()

    async def in_event_time_order(self) -> AsyncIterator[Envelope]:
        names = [self._settings.topic(t) for t in SERVICE_TOPICS["gateway"]]
        partitions = await topic_partitions(self._settings, names)
        if not partitions:
            return
        ends = await self._consumer.end_offsets(partitions)
        self._consumer.assign(partitions)
        await _seek(self._consumer, partitions, self._since)
        unread = {tp for tp in partitions if await self._consumer.position(tp) < ends[tp]}
        reached: dict[TopicPartition, tuple[datetime, int, str, int, int]] = {}
        waiting: list[_Pending] = []
        while unread or waiting:
            behind = [
                tp
                for tp in unread
                if tp not in reached or not waiting or reached[tp] < waiting[0].order
            ]
            if behind:
                await self._read(behind, ends, unread, reached, waiting)
            else:
                yield heapq.heappop(waiting).envelope

    async def _read(
        self,
        partitions: list[TopicPartition],
        ends: dict[TopicPartition, int],
        unread: set[TopicPartition],
        reached: dict[TopicPartition, tuple[datetime, int, str, int, int]],
        waiting: list[_Pending],
    ) -> None:
        # Only the partitions holding the merge back are fetched; left running, the
        # consumer's background fetches of the others slowed the MongoDB writes by a third.
        self._consumer.resume(*partitions)
        batches = await self._consumer.getmany(
            *partitions, timeout_ms=2000, max_records=self._batch
        )
        self._consumer.pause(*self._consumer.assignment())
        if not batches:
            raise TimeoutError(f"no records from {sorted(map(str, partitions))} before the end")
        for tp, batch in batches.items():
            for record in batch:
                if record.offset >= ends[tp]:
                    break
                self.records += 1
                pending = _decoded(record)
                if pending is None:
                    self.invalid += 1
                    continue
                reached[tp] = pending.order
                heapq.heappush(waiting, pending)
            if await self._consumer.position(tp) >= ends[tp]:
                unread.discard(tp)
                reached.pop(tp, None)


def _decoded(record: ConsumerRecord[bytes, bytes]) -> _Pending | None:
    try:
        envelope = decode(record.headers, record.key, record.value)
    except InvalidEvent:
        return None
    order = (
        when(envelope),
        CAUSAL_ORDER[envelope.type],
        record.topic,
        record.partition,
        record.offset,
    )
    return _Pending(order, envelope)


async def _seek(
    consumer: AIOKafkaConsumer, partitions: Sequence[TopicPartition], since: datetime | None
) -> None:
    if since is None:
        await consumer.seek_to_beginning(*partitions)
        return
    offsets = await consumer.offsets_for_times(
        {tp: int(since.timestamp() * 1000) for tp in partitions}
    )
    for tp in partitions:
        found = offsets.get(tp)
        if found is None:
            await consumer.seek_to_end(tp)
        else:
            consumer.seek(tp, found.offset)


async def _swap(db: AsyncDatabase) -> None:
    existing = set(await db.list_collection_names())
    for name in COLLECTIONS:
        staged = f"{STAGING}{name}"
        if staged not in existing:
            await db.create_collection(staged)
        if name in existing:
            await db[name].rename(f"{PREVIOUS}{name}")
        await db[staged].rename(name)
        await db.drop_collection(f"{PREVIOUS}{name}")
