"""Publishing events: idempotent producer, ``acks=all``, and a wait for the broker's ack.

``publish`` returns only after the broker has acknowledged the write, which is what lets
a consumer commit its input offset afterwards without losing the output.

Each event is sent in a producer span of the current trace and carries that span's
``traceparent``, so the consumer's span hangs under it; the time to the broker's ack and
any failure to get one are metrics, the Kafka health that the services see.

aiokafka's idempotent producer can lose its sequence state in a broker outage longer than
``request_timeout_ms`` (batches expire after their sequence numbers were taken); the broker
then answers ``OutOfOrderSequenceNumber`` and the producer refuses every later send until
the process restarts. Such a producer is replaced by a fresh one (a new producer id) and
the send is tried once more with the same event ids, so consumers recognise any repeat.
"""

import asyncio
import contextlib
import time
import uuid
from collections.abc import Iterable
from datetime import datetime

from aiokafka import AIOKafkaProducer
from aiokafka.errors import (
    InvalidProducerEpoch,
    InvalidProducerIdMapping,
    OutOfOrderSequenceNumber,
    ProducerFenced,
    UnknownProducerId,
)

from medstream_shared.config import MedstreamSettings
from medstream_shared.events.envelope import encode
from medstream_shared.events.models import EventData
from medstream_shared.events.registry import EVENT_TYPES, TOPICS
from medstream_shared.kafka.metrics import PRODUCE_ERRORS, PRODUCE_SECONDS, PRODUCED
from medstream_shared.logging import get_logger
from medstream_shared.telemetry import current_traceparent, producer_span

log = get_logger(__name__)

PRODUCER_STATE_LOST = (
    OutOfOrderSequenceNumber,
    UnknownProducerId,
    InvalidProducerEpoch,
    InvalidProducerIdMapping,
    ProducerFenced,
)
"""Errors after which an idempotent aiokafka producer never sends again."""


class EventProducer:
    def __init__(self, settings: MedstreamSettings, source: str) -> None:
        self._settings = settings
        self.source = source
        self._producer = self._new_producer()
        self._renewing = asyncio.Lock()

    def _new_producer(self) -> AIOKafkaProducer:
        return AIOKafkaProducer(
            bootstrap_servers=self._settings.kafka_bootstrap,
            acks="all",
            enable_idempotence=True,
            linger_ms=0,
            compression_type=None,
            request_timeout_ms=15_000,
        )

    async def start(self) -> None:
        await self._producer.start()

    async def stop(self) -> None:
        await self._producer.stop()

    def topic_for(self, data: EventData) -> str:
        return self._settings.topic(TOPICS[EVENT_TYPES[type(data)]])

    async def publish(
        self, data: EventData, *, event_id: str | None = None, at: datetime | None = None
    ) -> str:
        """Publish one event and wait for the broker's acknowledgement; returns the event id.

        ``at`` is the CloudEvent time (default: now); callers that also write the change
        to a read model pass the same moment.
        """
        [event_id] = await self.publish_many([data], event_ids=[event_id], at=at)
        return event_id

    async def publish_many(
        self,
        events: Iterable[EventData],
        *,
        event_ids: Iterable[str | None] | None = None,
        at: datetime | None = None,
    ) -> list[str]:
        """Send every event, then wait for all acknowledgements (pipelined, still durable)."""
        events = list(events)
        given = list(event_ids) if event_ids is not None else [None] * len(events)
        # Fixed before the first try, so a retry on a fresh producer repeats the same events.
        ids = [event_id or str(uuid.uuid4()) for event_id in given]
        producer = self._producer
        try:
            return await self._send_all(producer, events, ids, at)
        except PRODUCER_STATE_LOST as exc:
            await self._renew(producer, exc)
            return await self._send_all(self._producer, events, ids, at)

    async def _send_all(
        self,
        producer: AIOKafkaProducer,
        events: list[EventData],
        ids: list[str],
        at: datetime | None,
    ) -> list[str]:
        pending = []
        sent_ids = []
        for data, event_id in zip(events, ids, strict=True):
            topic = self.topic_for(data)
            event_type = EVENT_TYPES[type(data)].value
            with producer_span(topic, event_type) as span:
                message = encode(
                    data,
                    source=self.source,
                    traceparent=current_traceparent(),
                    event_id=event_id,
                    time=at,
                )
                span.set_attribute("messaging.message.id", message.headers["ce_id"].decode())
                headers = [(k, v) for k, v in message.headers.items()]
                key = message.key.encode() if isinstance(message.key, str) else message.key
                errors = PRODUCE_ERRORS.labels(topic=topic)  # exists at 0 before any error
                started = time.perf_counter()
                try:
                    future = await producer.send(
                        topic, value=message.value, key=key, headers=headers
                    )
                except Exception:
                    errors.inc()
                    raise
            pending.append((topic, started, future))
            sent_ids.append(message.headers["ce_id"].decode())
            PRODUCED.labels(topic=topic, event_type=event_type).inc()
        for topic, started, future in pending:
            try:
                await future
            except Exception:
                PRODUCE_ERRORS.labels(topic=topic).inc()
                raise
            PRODUCE_SECONDS.labels(topic=topic).observe(time.perf_counter() - started)
        return sent_ids

    async def send_raw(
        self,
        topic: str,
        *,
        key: bytes | None,
        value: bytes | None,
        headers: list[tuple[str, bytes]],
    ) -> None:
        """Forward a message unchanged (dead letters, redrive); waits for the ack."""
        producer = self._producer
        try:
            await producer.send_and_wait(topic, value=value, key=key, headers=headers)
        except PRODUCER_STATE_LOST as exc:
            await self._renew(producer, exc)
            await self._producer.send_and_wait(topic, value=value, key=key, headers=headers)

    async def _renew(self, broken: AIOKafkaProducer, error: Exception) -> None:
        """Replace ``broken`` with a started fresh producer, once however many callers ask."""
        async with self._renewing:
            if self._producer is not broken:
                return  # another caller already replaced it
            log.warning("kafka producer state lost, starting a new producer", error=repr(error))
            fresh = self._new_producer()
            await fresh.start()
            self._producer = fresh
        with contextlib.suppress(Exception):
            await asyncio.wait_for(broken.stop(), 5)
