"""Reading dead letters and sending chosen ones back to their source topic.

A dead letter keeps the original key, value and headers, plus ``medstream_*`` headers
saying which service gave up, why, after how many attempts, and where the message came
from. Its id is ``<dead-letter topic>:<partition>:<offset>``.
"""

from dataclasses import dataclass
from datetime import UTC, datetime

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord, TopicPartition

from medstream_shared.config import MedstreamSettings
from medstream_shared.constants import DEAD_LETTER_SUFFIX
from medstream_shared.kafka.admin import topic_partitions

META_PREFIX = "medstream_"
ERROR, SERVICE, ATTEMPTS = "medstream_error", "medstream_service", "medstream_attempts"
SOURCE_TOPIC, SOURCE_PARTITION, SOURCE_OFFSET = (
    "medstream_source_topic",
    "medstream_source_partition",
    "medstream_source_offset",
)


def dead_letter_headers(
    record: ConsumerRecord[bytes, bytes], *, error: str, service: str, attempts: int
) -> list[tuple[str, bytes]]:
    """The original headers plus why, by whom and after how many attempts it was given up."""
    return [
        *record.headers,
        (ERROR, error[:2000].encode()),
        (SERVICE, service.encode()),
        (ATTEMPTS, str(attempts).encode()),
        (SOURCE_TOPIC, record.topic.encode()),
        (SOURCE_PARTITION, str(record.partition).encode()),
        (SOURCE_OFFSET, str(record.offset).encode()),
    ]


@dataclass(frozen=True)
class DeadLetter:
    id: str
    source_topic: str
    service: str
    error: str
    attempts: int
    key: bytes | None
    value: bytes | None
    headers: list[tuple[str, bytes]]
    dead_lettered_at: datetime

    @property
    def original_headers(self) -> list[tuple[str, bytes]]:
        return [(k, v) for k, v in self.headers if not k.startswith(META_PREFIX)]

    @property
    def event_type(self) -> str:
        return dict(self.headers).get("ce_type", b"?").decode(errors="replace")


def parse_id(dead_letter_id: str) -> tuple[str, int, int]:
    topic, partition, offset = dead_letter_id.rsplit(":", 2)
    if not topic.endswith(DEAD_LETTER_SUFFIX):
        raise ValueError(f"{dead_letter_id!r} is not a dead-letter id (topic:partition:offset)")
    return topic, int(partition), int(offset)


class DeadLetters:
    def __init__(self, settings: MedstreamSettings) -> None:
        self.settings = settings

    def topics(self) -> list[str]:
        return [t for t in self.settings.all_topics() if t.endswith(DEAD_LETTER_SUFFIX)]

    async def read(self, topic: str | None = None, limit: int = 1000) -> list[DeadLetter]:
        """Every dead letter currently retained, oldest first."""
        consumer = AIOKafkaConsumer(
            bootstrap_servers=self.settings.kafka_bootstrap, enable_auto_commit=False
        )
        await consumer.start()
        try:
            partitions = await topic_partitions(self.settings, [topic] if topic else self.topics())
            if not partitions:
                return []
            ends = await consumer.end_offsets(partitions)
            pending = {tp for tp in partitions if ends[tp] > 0}
            consumer.assign(partitions)
            await consumer.seek_to_beginning(*partitions)
            letters: list[DeadLetter] = []
            while pending and len(letters) < limit:
                batches = await consumer.getmany(timeout_ms=1000)
                if not batches:
                    break
                for tp, records in batches.items():
                    letters.extend(_to_letter(r) for r in records if r.offset < ends[tp])
                    if await consumer.position(tp) >= ends[tp]:
                        pending.discard(tp)
            return sorted(letters, key=lambda d: d.dead_lettered_at)[:limit]
        finally:
            await consumer.stop()

    async def get(self, dead_letter_id: str) -> DeadLetter | None:
        topic, partition, offset = parse_id(dead_letter_id)
        consumer = AIOKafkaConsumer(
            bootstrap_servers=self.settings.kafka_bootstrap, enable_auto_commit=False
        )
        await consumer.start()
        try:
            tp = TopicPartition(topic, partition)
            consumer.assign([tp])
            consumer.seek(tp, offset)
            batches = await consumer.getmany(tp, timeout_ms=3000, max_records=1)
            records = batches.get(tp, [])
            return _to_letter(records[0]) if records and records[0].offset == offset else None
        finally:
            await consumer.stop()

    async def redrive(self, letters: list[DeadLetter]) -> int:
        """Send each letter's original message back to its source topic."""
        producer = AIOKafkaProducer(
            bootstrap_servers=self.settings.kafka_bootstrap, acks="all", enable_idempotence=True
        )
        await producer.start()
        try:
            for letter in letters:
                await producer.send_and_wait(
                    letter.source_topic,
                    value=letter.value,
                    key=letter.key,
                    headers=letter.original_headers,
                )
        finally:
            await producer.stop()
        return len(letters)


def _to_letter(record: ConsumerRecord[bytes, bytes]) -> DeadLetter:
    headers = list(record.headers)
    meta = {k: v.decode(errors="replace") for k, v in headers if k.startswith(META_PREFIX)}
    return DeadLetter(
        id=f"{record.topic}:{record.partition}:{record.offset}",
        source_topic=meta.get(SOURCE_TOPIC, record.topic.removesuffix(DEAD_LETTER_SUFFIX)),
        service=meta.get(SERVICE, "?"),
        error=meta.get(ERROR, ""),
        attempts=int(meta.get(ATTEMPTS, "0") or 0),
        key=record.key,
        value=record.value,
        headers=headers,
        dead_lettered_at=datetime.fromtimestamp(record.timestamp / 1000, UTC),
    )
