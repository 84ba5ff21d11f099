"""The at-least-once consumer runner every worker uses.

For each message: decode the CloudEvent, run the typed handler, publish what it returns
and wait for the broker's acks, and only then commit the offset. A crash anywhere before
the commit means the message is delivered again, so handlers are idempotent. Offsets of
handled messages are committed at most every ``commit_interval_seconds`` (and always when
partitions are revoked and on stop), not after every batch: under load a batch is one
message, and a commit per message was a broker round trip in the consuming loop for each
of a session's five events; a crash now redelivers up to an interval's worth of handled
messages, which idempotent handlers make harmless. A message
that cannot be parsed, or whose handler still fails after the configured attempts, goes
to the dead-letter topic of its source topic with the original key, value and headers
plus the error, and the partition moves on.

Observability: each message is handled in a consumer span continuing the trace of its
``traceparent``; metrics count messages, handler time, failures, retries and dead letters,
and the lag of each owned partition is sampled on a timer as well as after each batch, so a
consumer stuck in a handler still shows its lag growing.
"""

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field

from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from aiokafka.abc import ConsumerRebalanceListener
from aiokafka.coordinator.assignors.range import RangePartitionAssignor
from aiokafka.errors import CommitFailedError, KafkaError
from structlog.contextvars import bound_contextvars

from medstream_shared.config import MedstreamSettings
from medstream_shared.constants import EventType, Topic
from medstream_shared.events.envelope import (
    Envelope,
    InvalidEvent,
    claimed_type,
    decode,
    derived_event_id,
)
from medstream_shared.events.models import EventData
from medstream_shared.kafka import metrics
from medstream_shared.kafka.dead_letters import dead_letter_headers
from medstream_shared.kafka.producer import EventProducer
from medstream_shared.kafka.retry import RetryBudget, is_transient
from medstream_shared.logging import get_logger
from medstream_shared.telemetry import continue_trace

log = get_logger(__name__)

Handle = Callable[[Envelope], Awaitable[Sequence[EventData]]]
GiveUp = Callable[[Envelope, str], Awaitable[Sequence[EventData]]]
Reject = Callable[[ConsumerRecord, str], Awaitable[Sequence[EventData]]]

LAG_SAMPLE_SECONDS = 5.0
COMMIT_INTERVAL_SECONDS = 1.0
"""At most this long between handling a message and committing it while messages keep
coming; an idle consumer commits at its next empty poll (``POLL_MS``)."""
POLL_MS = 500


@dataclass(frozen=True)
class Subscription:
    """What a worker does with one event type.

    ``handle`` it; on final failure ``give_up`` (e.g. tell the requester it failed); and
    when a message claiming this type is invalid, ``reject`` may still answer the sender.
    """

    event_type: EventType
    handle: Handle
    give_up: GiveUp | None = None
    reject: Reject | None = None


@dataclass
class _Progress:
    """Offsets processed but not yet committed, per partition."""

    pending: dict[TopicPartition, int] = field(default_factory=dict)


class _CommitOnRevoke(ConsumerRebalanceListener):
    def __init__(self, runner: "EventConsumer") -> None:
        self._runner = runner

    async def on_partitions_revoked(self, revoked: list[TopicPartition]) -> None:
        await self._runner.commit(only=set(revoked))
        self._runner.forget(revoked)
        self._runner.rebalanced()

    async def on_partitions_assigned(self, assigned: list[TopicPartition]) -> None:
        self._runner.rebalanced()
        log.info(
            "partitions assigned",
            partitions=sorted(f"{tp.topic}:{tp.partition}" for tp in assigned),
        )


class EventConsumer:
    def __init__(
        self,
        settings: MedstreamSettings,
        *,
        service: str,
        group_id: str,
        topics: Sequence[Topic],
        subscriptions: Sequence[Subscription],
        producer: EventProducer,
        commit_interval_seconds: float = COMMIT_INTERVAL_SECONDS,
    ) -> None:
        self._settings = settings
        self._commit_interval = commit_interval_seconds
        self._last_commit = time.monotonic()
        self._rebalance_hooks: list[Callable[[], None]] = []
        self._service = service
        self._topics = [settings.topic(t) for t in topics]
        self._subscriptions = {s.event_type: s for s in subscriptions}
        self._producer = producer
        self._progress = _Progress()
        # Offset after the last record handled, per partition: the lag's reference point.
        self._handled: dict[TopicPartition, int] = {}
        self._consumer = AIOKafkaConsumer(
            bootstrap_servers=settings.kafka_bootstrap,
            group_id=group_id,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            isolation_level="read_committed",
            max_poll_interval_ms=300_000,
            session_timeout_ms=10_000,
            heartbeat_interval_ms=3_000,
            # Co-partitioned: the same partition number of every topic goes to the same
            # member. A session's events share a key, hence a partition number, on each topic,
            # so one replica projects all of them; aiokafka's default round robin would split
            # them across replicas that then race on the same read-model document.
            partition_assignment_strategy=(RangePartitionAssignor,),
        )
        self.ready = False
        metrics.prime_consumer(self._topics, [s.event_type.value for s in subscriptions])

    async def start(self) -> None:
        await self._consumer.start()
        self._consumer.subscribe(self._topics, listener=_CommitOnRevoke(self))

    async def stop(self) -> None:
        await self.commit()
        await self._consumer.stop()

    def on_rebalance(self, hook: Callable[[], None]) -> None:
        """Call ``hook`` whenever partitions are revoked or assigned: what a handler keeps
        about the keys it consumes (the gateway's recent sessions) is stale once another
        member may have consumed them."""
        self._rebalance_hooks.append(hook)

    def rebalanced(self) -> None:
        for hook in self._rebalance_hooks:
            hook()

    async def run(self, stop: asyncio.Event) -> None:
        """Consume until ``stop`` is set; the batch in hand is finished first (``stop()``
        commits it)."""
        sampler = asyncio.create_task(self._sample_lag_forever())
        try:
            while not stop.is_set():
                batches = await self._consumer.getmany(timeout_ms=POLL_MS, max_records=200)
                self.ready = True
                for tp, records in batches.items():
                    self._handled.setdefault(tp, records[0].offset)
                    for record in records:
                        await self._process(record)
                        self._progress.pending[tp] = record.offset + 1
                        self._handled[tp] = record.offset + 1
                    self._record_lag(tp)
                await self.commit_when_due(idle=not batches)
        finally:
            sampler.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await sampler

    async def ping(self) -> None:
        """A metadata round trip to the broker: the Kafka dependency check of a worker."""
        await self._consumer.topics()

    async def sample_lag(self) -> None:
        """Set the lag gauge of every owned partition from the broker's end offsets."""
        assigned = list(self._consumer.assignment())
        if not assigned:
            return
        ends = await self._consumer.end_offsets(assigned)
        for tp in assigned:
            position = self._handled.get(tp)
            if position is None:  # nothing handed to us yet: we are where we would resume
                position = await self._consumer.position(tp)
            if tp in ends:
                metrics.LAG.labels(topic=tp.topic, partition=str(tp.partition)).set(
                    max(ends[tp] - position, 0)
                )

    def forget(self, partitions: Sequence[TopicPartition]) -> None:
        """Drop the lag of partitions we no longer own; their new owner reports them."""
        for tp in partitions:
            self._handled.pop(tp, None)
            with contextlib.suppress(KeyError):
                metrics.LAG.remove(tp.topic, str(tp.partition))

    async def _sample_lag_forever(self) -> None:
        while True:
            await asyncio.sleep(LAG_SAMPLE_SECONDS)
            try:
                await asyncio.wait_for(self.sample_lag(), LAG_SAMPLE_SECONDS)
            except Exception as exc:  # lag is advisory: never let it stop consumption
                log.debug("lag sample failed", error=str(exc))

    async def commit_when_due(self, *, idle: bool) -> None:
        """Commit what was handled once ``commit_interval_seconds`` have passed since the
        last commit, or at once when the poll came back empty (nothing to batch it with)."""
        if idle or time.monotonic() - self._last_commit >= self._commit_interval:
            await self.commit()

    async def commit(self, only: set[TopicPartition] | None = None) -> None:
        if only is None:
            self._last_commit = time.monotonic()
        assigned = self._consumer.assignment()
        offsets = {
            tp: offset
            for tp, offset in self._progress.pending.items()
            if tp in assigned and (only is None or tp in only)
        }
        if not offsets:
            return
        try:
            await self._consumer.commit(offsets)
        except (CommitFailedError, KafkaError) as exc:
            # The partitions moved to another member; it re-reads from the last commit and
            # idempotent handlers make the repeat harmless.
            log.warning("commit failed, work will be redelivered", error=str(exc))
        for tp in offsets:
            self._progress.pending.pop(tp, None)

    async def _process(self, record: ConsumerRecord) -> None:
        topic = record.topic
        try:
            envelope = decode(record.headers, record.key, record.value)
        except InvalidEvent as exc:
            metrics.CONSUMED.labels(topic=topic, event_type="invalid").inc()
            claimed = claimed_type(record.headers)
            if claimed is not None and claimed not in self._subscriptions:
                return  # a malformed event meant for another service: its consumer reports it
            await self._dead_letter(record, str(exc), attempts=0)
            await self._reject(record, claimed, str(exc))
            return
        metrics.CONSUMED.labels(topic=topic, event_type=envelope.type.value).inc()
        subscription = self._subscriptions.get(envelope.type)
        if subscription is None:
            return
        span_attributes = {
            "messaging.system": "kafka",
            "messaging.operation.type": "process",
            "messaging.destination.name": topic,
            "messaging.destination.partition.id": str(record.partition),
            "messaging.kafka.offset": record.offset,
            "messaging.message.id": envelope.id,
            "cloudevents.event_type": envelope.type.value,
            "medstream.session_id": envelope.subject,
        }
        with (
            bound_contextvars(
                session_id=envelope.subject, event_type=envelope.type.value, event_id=envelope.id
            ),
            continue_trace(
                envelope.traceparent, f"{self._service} {envelope.type.value}", span_attributes
            ),
        ):
            await self._handle_with_retries(record, envelope, subscription)

    async def _handle_with_retries(
        self, record: ConsumerRecord, envelope: Envelope, subscription: Subscription
    ) -> None:
        budget = RetryBudget(
            attempts=self._settings.handler_attempts,
            transient_seconds=self._settings.transient_retry_seconds,
            base_delay=self._settings.retry_backoff_seconds,
        )
        attempt = 0
        while True:
            attempt += 1
            started = time.perf_counter()
            try:
                outputs = await subscription.handle(envelope)
                await self._publish_outputs(envelope, outputs)
            except Exception as exc:
                error = f"{type(exc).__name__}: {exc}"
                metrics.HANDLER_ERRORS.labels(event_type=envelope.type.value).inc()
                if not budget.should_retry(exc):
                    log.error("handler failed, giving up", attempts=attempt, error=error)
                    await self._give_up(record, envelope, subscription, error, attempt)
                    return
                metrics.RETRIES.labels(event_type=envelope.type.value).inc()
                log.warning(
                    "handler failed, retrying",
                    attempt=attempt,
                    transient=is_transient(exc),
                    error=error,
                )
                await budget.wait()
                continue
            elapsed = time.perf_counter() - started
            metrics.HANDLER_SECONDS.labels(event_type=envelope.type.value).observe(elapsed)
            # One line per event and service: grepping a session id shows every hop.
            log.info(
                "event handled",
                attempt=attempt,
                outputs=[type(o).__name__ for o in outputs],
                duration_ms=round(elapsed * 1000, 1),
            )
            return

    async def _give_up(
        self,
        record: ConsumerRecord,
        envelope: Envelope,
        subscription: Subscription,
        error: str,
        attempts: int,
    ) -> None:
        await self._dead_letter(record, error, attempts=attempts)
        if subscription.give_up is not None:
            outputs = await subscription.give_up(envelope, error)
            await self._publish_outputs(envelope, outputs, kind="give-up")

    async def _reject(self, record: ConsumerRecord, claimed: EventType | None, error: str) -> None:
        subscription = self._subscriptions.get(claimed) if claimed is not None else None
        if subscription is None or subscription.reject is None:
            return
        outputs = await subscription.reject(record, error)
        cause = f"{record.topic}/{record.partition}/{record.offset}"
        ids = [derived_event_id(cause, i, "reject") for i in range(len(outputs))]
        await self._producer.publish_many(outputs, event_ids=ids)

    async def _publish_outputs(
        self, cause: Envelope, outputs: Sequence[EventData], kind: str = "output"
    ) -> None:
        ids = [derived_event_id(cause.id, i, kind) for i in range(len(outputs))]
        await self._producer.publish_many(outputs, event_ids=ids)

    async def _dead_letter(self, record: ConsumerRecord, error: str, *, attempts: int) -> None:
        headers = dead_letter_headers(record, error=error, service=self._service, attempts=attempts)
        target = self._settings.dead_letter_topic(record.topic)
        await self._producer.send_raw(target, key=record.key, value=record.value, headers=headers)
        metrics.DEAD_LETTERS.labels(topic=record.topic).inc()
        log.warning("message dead-lettered", dead_letter_topic=target, error=error)

    def _record_lag(self, tp: TopicPartition) -> None:
        highwater = self._consumer.highwater(tp)
        position = self._handled.get(tp)
        if highwater is not None and position is not None:
            metrics.LAG.labels(topic=tp.topic, partition=str(tp.partition)).set(
                max(highwater - position, 0)
            )
