"""Rebuilds the gateway's read model (sessions, charts, reports) from the Kafka topics.

Kafka is the source of truth; this is the proof. The events of every topic the gateway
projects are read up to the end offsets seen at the start, ordered by event time (the
order in which they happened, whatever their topic), and applied by the same projectors
the live gateway runs — into fresh ``replay__*`` collections. Those are then swapped in:
the live collections are renamed aside, the rebuilt ones take their names, the old ones
are dropped. FerretDB v1 has no ``dropTarget``, hence the three renames.

The rebuild equals the live model when nothing new is projected meanwhile; run it with
the gateways' consumers idle for an exact copy. API keys and idempotency records are not
projections of events and are left as they are.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from medstream_shared.constants import SERVICE_TOPICS, EventType
from medstream_shared.events.envelope import Envelope, InvalidEvent, decode
from medstream_shared.kafka.admin import topic_partitions
from medstream_shared.logging import get_logger
from medstream_shared.storage import create_mongo_client, create_redis
from pymongo.asynchronous.database import AsyncDatabase

from medstream_gateway.core.config import GatewaySettings
from medstream_gateway.projector import ReportProjector, SessionProjector, when
from medstream_gateway.reports import ReportReadModel
from medstream_gateway.sessions import SessionStore

log = get_logger(__name__)

STAGING = "replay__"
PREVIOUS = "previous__"
COLLECTIONS = ("sessions", "charts", "reports")

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


async def replay(settings: GatewaySettings, since: datetime | None = None) -> ReplayResult:
    mongo = create_mongo_client(settings)
    redis = create_redis(settings)
    db = mongo[settings.mongo_database]
    try:
        records = await read_topics(settings, since)
        envelopes, invalid = _decode_in_order(records)
        for name in COLLECTIONS:
            await db.drop_collection(f"{STAGING}{name}")
        store = SessionStore(db, prefix=STAGING)
        reports = ReportReadModel(db, redis, prefix=STAGING)
        handlers = {
            s.event_type: s.handle
            for s in [
                *SessionProjector(store).subscriptions(),
                *ReportProjector(reports).subscriptions(),
            ]
        }
        applied = 0
        for envelope in envelopes:
            handle = handlers.get(envelope.type)
            if handle is not None:
                await handle(envelope)
                applied += 1
        await store.ensure_indexes()
        await reports.ensure_indexes()
        await _swap(db)
        result = ReplayResult(
            events=len(records),
            applied=applied,
            skipped_invalid=invalid,
            sessions=await db["sessions"].count_documents({}),
            reports=await db["reports"].count_documents({}),
        )
        log.info("read model rebuilt", **result.__dict__)
        return result
    finally:
        await redis.aclose()
        await mongo.close()


async def read_topics(
    settings: GatewaySettings, since: datetime | None
) -> list[ConsumerRecord[bytes, bytes]]:
    """Every retained record of the gateway's topics (from ``since``), up to today's end."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=settings.kafka_bootstrap, enable_auto_commit=False
    )
    await consumer.start()
    try:
        names = [settings.topic(t) for t in SERVICE_TOPICS["gateway"]]
        partitions = await topic_partitions(settings, names)
        if not partitions:
            return []
        ends = await consumer.end_offsets(partitions)
        consumer.assign(partitions)
        await _seek(consumer, partitions, since)
        remaining = {tp for tp in partitions if await consumer.position(tp) < ends[tp]}
        records: list[ConsumerRecord[bytes, bytes]] = []
        while remaining:
            batches = await consumer.getmany(*remaining, timeout_ms=2000, max_records=5000)
            if not batches:
                raise TimeoutError(f"no records from {sorted(map(str, remaining))} before the end")
            for tp, batch in batches.items():
                records.extend(r for r in batch if r.offset < ends[tp])
                if await consumer.position(tp) >= ends[tp]:
                    remaining.discard(tp)
        return records
    finally:
        await consumer.stop()


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


def _decode_in_order(
    records: Sequence[ConsumerRecord[bytes, bytes]],
) -> tuple[list[Envelope], int]:
    decoded: list[tuple[tuple[object, ...], Envelope]] = []
    invalid = 0
    for record in records:
        try:
            envelope = decode(record.headers, record.key, record.value)
        except InvalidEvent:
            invalid += 1
            continue
        order = (
            when(envelope),
            CAUSAL_ORDER[envelope.type],
            record.topic,
            record.partition,
            record.offset,
        )
        decoded.append((order, envelope))
    decoded.sort(key=lambda item: item[0])
    return [envelope for _, envelope in decoded], invalid


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
