"""What was written to some topics during a scenario: mark the ends first, read up to now later.

Plain aiokafka with manual assignment (no consumer group), so reading changes nothing the
services see.
"""

import asyncio
from dataclasses import dataclass

from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from tests.harness import KAFKA

Marks = dict[TopicPartition, int]


@dataclass(frozen=True)
class Message:
    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    headers: dict[str, str]

    @property
    def event_type(self) -> str:
        return self.headers.get("ce_type", "")

    @property
    def subject(self) -> str:
        return self.headers.get("ce_subject", "")


def mark(topics: list[str], bootstrap: str = KAFKA) -> Marks:
    """The current end offset of every partition of ``topics``."""
    return asyncio.run(_mark(topics, bootstrap))


def read_since(marks: Marks, timeout: float = 30.0, bootstrap: str = KAFKA) -> list[Message]:
    """Every message after ``marks``, up to the ends as they are now."""
    return asyncio.run(asyncio.wait_for(_read_since(marks, bootstrap), timeout))


async def _mark(topics: list[str], bootstrap: str) -> Marks:
    # Named at construction, the topics' metadata is fetched at start (``topics()`` alone
    # does not fill the cache that ``partitions_for_topic`` reads).
    consumer = AIOKafkaConsumer(*topics, bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        partitions = [
            TopicPartition(topic, p)
            for topic in topics
            for p in sorted(consumer.partitions_for_topic(topic) or ())
        ]
        missing = [t for t in topics if not consumer.partitions_for_topic(t)]
        assert not missing, f"no such topics: {missing}"
        return dict(await consumer.end_offsets(partitions))
    finally:
        await consumer.stop()


async def _read_since(marks: Marks, bootstrap: str) -> list[Message]:
    if not marks:
        return []
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        ends = await consumer.end_offsets(list(marks))
        pending = {tp for tp in marks if ends[tp] > marks[tp]}
        consumer.assign(list(pending))
        for tp in pending:
            consumer.seek(tp, marks[tp])
        messages: list[Message] = []
        while pending:
            batches = await consumer.getmany(timeout_ms=1000)
            for tp, records in batches.items():
                messages.extend(_message(r) for r in records if r.offset < ends[tp])
                if await consumer.position(tp) >= ends[tp]:
                    pending.discard(tp)
        return messages
    finally:
        await consumer.stop()


def _message(record: ConsumerRecord[bytes, bytes]) -> Message:
    return Message(
        topic=record.topic,
        partition=record.partition,
        offset=record.offset,
        key=record.key,
        value=record.value,
        headers={k: v.decode(errors="replace") for k, v in record.headers},
    )


def committed(group: str, marks: Marks) -> Marks:
    """The offsets ``group`` has committed on the partitions of ``marks`` (0 when none)."""
    return asyncio.run(_committed(group, list(marks)))


async def _committed(group: str, partitions: list[TopicPartition]) -> Marks:
    admin = AIOKafkaAdminClient(bootstrap_servers=KAFKA)
    await admin.start()
    try:
        offsets = await admin.list_consumer_group_offsets(group, partitions=partitions)
    finally:
        await admin.close()
    return {tp: offsets[tp].offset if tp in offsets else 0 for tp in partitions}
