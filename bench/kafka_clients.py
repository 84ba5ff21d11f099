"""Compare Python Kafka clients for medstream's two hot paths against a real broker.

The services publish with aiokafka (idempotent, ``acks=all``, CloudEvents ``ce_*`` headers,
session-id keys) and consume with an at-least-once runner (``getmany``, handle, publish and
await acks, commit). Before changing a client we want numbers from the same kind of traffic,
so every candidate here writes and reads exactly that shape of message:

* produce: N keyed messages with 6 ``ce_*`` headers, durable settings; the clock stops only
  once every message is acknowledged by the broker;
* consume: the same N messages from the beginning of a fresh topic, fresh consumer group,
  headers read, a synchronous commit after every batch; the clock runs from the first
  batch to the last commit (group join time is reported separately, as it is paid once);
* latency: one message with ``acks=all``, awaited before the next, because a worker
  publishes one event per handled message and waits for it before committing. Measured at
  linger 0 (the client's floor) and at the services' linger (what they pay today).

Each phase gets its own freshly created topic (6 partitions, replication 1) that is deleted
afterwards. Repeats are interleaved across candidates so background load on the shared
machine hits all of them alike; the report quotes medians with min and max.

usage: uv run --all-groups python bench/kafka_clients.py --markdown
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import threading
import time
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from confluent_kafka import Consumer, KafkaException, Message, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic
from confluent_kafka.aio import AIOConsumer, AIOProducer
from faststream import AckPolicy
from faststream.kafka import KafkaBroker
from faststream.kafka.annotations import KafkaMessage

PARTITIONS = 6
SESSIONS = 500
PHASE_TIMEOUT_S = 120.0
LATENCY_WARMUP = 5

Headers = list[tuple[str, bytes]]


@dataclass(frozen=True)
class Record:
    """One pre-built message, so that building CloudEvents is not part of what we time."""

    key: bytes
    value: bytes
    headers: Headers
    str_headers: dict[str, str]


@dataclass(frozen=True)
class Config:
    bootstrap: str
    messages: int
    size: int
    repeats: int
    batch: int
    linger_ms: int
    latency_count: int

    def aiokafka_producer(self) -> dict[str, Any]:
        """The services' EventProducer settings, so aiokafka is measured as we run it."""
        return {
            "bootstrap_servers": self.bootstrap,
            "acks": "all",
            "enable_idempotence": True,
            "linger_ms": self.linger_ms,
            "request_timeout_ms": 30_000,
        }

    def librdkafka_producer(self) -> dict[str, Any]:
        """Durable settings equal to aiokafka's; murmur2 keeps key -> partition compatible.

        librdkafka's default partitioner (CRC32) would put a session on a different partition
        than aiokafka/Java do, which matters if both clients ever write the same topic.
        """
        return {
            "bootstrap.servers": self.bootstrap,
            "acks": "all",
            "enable.idempotence": True,
            "linger.ms": self.linger_ms,
            "partitioner": "murmur2_random",
        }

    def librdkafka_consumer(self, group: str) -> dict[str, Any]:
        return {
            "bootstrap.servers": self.bootstrap,
            "group.id": group,
            "auto.offset.reset": "earliest",
            "enable.auto.commit": False,
            "isolation.level": "read_committed",
        }


def build_records(count: int, size: int, seed: int = 7) -> list[Record]:
    """Messages shaped like medstream events: session-id key, ``ce_*`` headers, opaque body."""
    rng = random.Random(seed)
    sessions = [f"sess-{uuid.UUID(int=rng.getrandbits(128))}" for _ in range(SESSIONS)]
    body = bytes(rng.getrandbits(8) for _ in range(size))
    now = datetime.now(UTC).isoformat()
    records = []
    for i in range(count):
        session = sessions[rng.randrange(SESSIONS)]
        str_headers = {
            "ce_specversion": "1.0",
            "ce_id": str(uuid.UUID(int=rng.getrandbits(128))),
            "ce_source": "medstream/bench",
            "ce_type": "medstream.question.received.v1",
            "ce_subject": session,
            "ce_time": now,
        }
        headers = [(k, v.encode()) for k, v in str_headers.items()]
        value = (i.to_bytes(8, "big") + body)[:size]
        records.append(Record(session.encode(), value, headers, str_headers))
    return records


def read_message(headers: Sequence[tuple[str, bytes]] | None, value: bytes | None) -> int:
    """Touch what a handler would: the body and the ``ce_type`` header (decode cost included)."""
    size = len(value or b"")
    for name, raw in headers or ():
        if name == "ce_type":
            size += len(raw)
    return size


# --- topics -------------------------------------------------------------------------------


class Topics:
    """Creates and deletes the per-phase topics with librdkafka's admin client."""

    def __init__(self, bootstrap: str) -> None:
        self._bootstrap = bootstrap
        self._admin = AdminClient({"bootstrap.servers": bootstrap})

    def create(self, prefix: str) -> str:
        """Create the topic and return once every partition answers ListOffsets as leader.

        Metadata lists a leader some tens of ms before the broker accepts writes; a client
        starting in that window gets NOT_LEADER and sits out a retry backoff (0.1-0.5 s),
        which would be charged to whichever candidate happened to be first.
        """
        name = f"bench.{prefix}.{uuid.uuid4().hex[:10]}"
        futures = self._admin.create_topics([NewTopic(name, PARTITIONS, 1)], operation_timeout=30)
        futures[name].result(timeout=30)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self._partitions_ready(name):
                return name
            time.sleep(0.02)
        raise TimeoutError(f"topic {name}: partitions not ready in 30 s")

    def _partitions_ready(self, name: str) -> bool:
        """ListOffsets on every partition, from a new client each time.

        A reused client is no good: librdkafka keeps a topic it was once told is unknown as
        unknown for a long while (seen: more than 15 s), so the probe could wait forever.
        """
        probe = Consumer({"bootstrap.servers": self._bootstrap, "group.id": "bench-probe"})
        try:
            for partition in range(PARTITIONS):
                probe.get_watermark_offsets(TopicPartition(name, partition), timeout=5)
            return True
        except KafkaException:
            return False
        finally:
            probe.close()

    def delete(self, name: str) -> None:
        for future in self._admin.delete_topics([name], operation_timeout=30).values():
            future.result(timeout=30)


# --- produce ------------------------------------------------------------------------------


async def produce_aiokafka(cfg: Config, topic: str, records: list[Record]) -> float:
    """What ``EventProducer.publish_many`` does: send everything, then await every ack."""
    producer = AIOKafkaProducer(**cfg.aiokafka_producer())
    await producer.start()
    try:
        await producer.partitions_for(topic)
        start = time.perf_counter()
        pending = [
            await producer.send(topic, value=r.value, key=r.key, headers=r.headers) for r in records
        ]
        await asyncio.gather(*pending)
        return time.perf_counter() - start
    finally:
        await producer.stop()


async def produce_confluent_aio(cfg: Config, topic: str, records: list[Record]) -> float:
    """AIOProducer as documented; it raises NotImplementedError on headers, so none are sent.

    Its futures only resolve when something polls librdkafka (flush, or the 1 s buffer
    timer), so we ``flush()`` before awaiting them, as its own docs do.
    """
    producer = AIOProducer(cfg.librdkafka_producer())
    try:
        await producer.list_topics(topic, timeout=10)
        start = time.perf_counter()
        pending = [await producer.produce(topic, value=r.value, key=r.key) for r in records]
        await producer.flush()
        await asyncio.gather(*pending)
        return time.perf_counter() - start
    finally:
        await producer.close()


class BridgedProducer:
    """The classic ``Producer`` under asyncio: one thread polls, callbacks resolve futures.

    This is confluent's long-standing asyncio recipe and the only way to send headers from
    asyncio with confluent-kafka 2.16, since AIOProducer refuses them.
    """

    def __init__(self, conf: dict[str, Any]) -> None:
        self._loop = asyncio.get_running_loop()
        self._producer = Producer(conf)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, name="rdkafka-poll", daemon=True)
        self._thread.start()

    def _poll(self) -> None:
        while not self._stop.is_set():
            self._producer.poll(0.05)

    def list_topics(self, topic: str) -> None:
        self._producer.list_topics(topic, timeout=10)

    async def produce(self, topic: str, record: Record) -> asyncio.Future[Message]:
        future: asyncio.Future[Message] = self._loop.create_future()

        def settle(err: Any, msg: Message) -> None:
            if future.done():
                return
            if err is not None:
                future.set_exception(KafkaException(err))
            else:
                future.set_result(msg)

        def on_delivery(err: Any, msg: Message) -> None:
            self._loop.call_soon_threadsafe(settle, err, msg)

        while True:
            try:
                self._producer.produce(
                    topic, record.value, record.key, headers=record.headers, on_delivery=on_delivery
                )
                return future
            except BufferError:
                await asyncio.sleep(0.005)

    async def close(self) -> None:
        await asyncio.to_thread(self._producer.flush, 30)
        self._stop.set()
        await asyncio.to_thread(self._thread.join)


async def produce_confluent_bridge(cfg: Config, topic: str, records: list[Record]) -> float:
    producer = BridgedProducer(cfg.librdkafka_producer())
    try:
        producer.list_topics(topic)
        start = time.perf_counter()
        pending = [await producer.produce(topic, r) for r in records]
        await asyncio.gather(*pending)
        return time.perf_counter() - start
    finally:
        await producer.close()


def produce_confluent_sync_blocking(cfg: Config, topic: str, records: list[Record]) -> float:
    """The classic blocking loop: produce + poll(0) per message, flush at the end."""
    producer = Producer(cfg.librdkafka_producer())
    failures: list[Any] = []

    def on_delivery(err: Any, _msg: Message) -> None:
        if err is not None:
            failures.append(err)

    producer.list_topics(topic, timeout=10)
    start = time.perf_counter()
    for r in records:
        while True:
            try:
                producer.produce(topic, r.value, r.key, headers=r.headers, on_delivery=on_delivery)
                break
            except BufferError:
                producer.poll(0.05)
        producer.poll(0)
    left = producer.flush(PHASE_TIMEOUT_S)
    elapsed = time.perf_counter() - start
    if left or failures:
        raise RuntimeError(f"confluent sync: {left} undelivered, failures={failures[:3]}")
    return elapsed


async def produce_confluent_sync(cfg: Config, topic: str, records: list[Record]) -> float:
    # Blocking on purpose: nothing else runs on the loop, and this is how sync code uses it.
    return produce_confluent_sync_blocking(cfg, topic, records)


async def produce_faststream(cfg: Config, topic: str, records: list[Record]) -> float:
    """``broker.publish(no_confirm=True)`` per message, then await every ack (pipelined).

    ``publish_batch`` is not used: it sends one batch to a single partition with one set of
    headers, which is not how keyed, per-event CloudEvents traffic looks.
    """
    broker = KafkaBroker(
        cfg.bootstrap,
        acks="all",
        enable_idempotence=True,
        linger_ms=cfg.linger_ms,
        logger=None,
    )
    await broker.start()
    try:
        start = time.perf_counter()
        pending = [
            await broker.publish(r.value, topic, key=r.key, headers=r.str_headers, no_confirm=True)
            for r in records
        ]
        await asyncio.gather(*pending)
        return time.perf_counter() - start
    finally:
        await broker.stop()


# --- consume ------------------------------------------------------------------------------


@dataclass
class ConsumeClock:
    """Join time (start -> first batch) and steady throughput (first batch -> last commit).

    The group join is paid once per process start, so it is kept out of the throughput
    figure; the first batch's records still count, its fetch wait does not (~1 %).
    """

    expected: int
    opened: float = field(default_factory=time.perf_counter)
    first: float | None = None
    count: int = 0
    touched: int = 0

    def batch(self, messages: int) -> None:
        if self.first is None and messages:
            self.first = time.perf_counter()
        self.count += messages

    @property
    def done(self) -> bool:
        return self.count >= self.expected

    def result(self) -> tuple[float, float]:
        if self.first is None or self.count != self.expected:
            raise RuntimeError(f"consumed {self.count}, expected {self.expected}")
        return self.first - self.opened, time.perf_counter() - self.first


async def consume_aiokafka(cfg: Config, topic: str, n: int) -> tuple[float, float]:
    """The EventConsumer loop without the handler: getmany, read, commit per batch."""
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=cfg.bootstrap,
        group_id=f"bench-{uuid.uuid4().hex[:10]}",
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        isolation_level="read_committed",
    )
    clock = ConsumeClock(n)
    await consumer.start()
    try:
        while not clock.done:
            batches = await consumer.getmany(timeout_ms=500, max_records=cfg.batch)
            if not batches:
                continue
            clock.batch(sum(len(records) for records in batches.values()))
            for records in batches.values():
                for record in records:
                    clock.touched += read_message(record.headers, record.value)
            await consumer.commit()
        return clock.result()
    finally:
        await consumer.stop()


async def consume_confluent_aio(cfg: Config, topic: str, n: int) -> tuple[float, float]:
    consumer = AIOConsumer(cfg.librdkafka_consumer(f"bench-{uuid.uuid4().hex[:10]}"))
    clock = ConsumeClock(n)
    try:
        await consumer.subscribe([topic])
        while not clock.done:
            messages = await consumer.consume(num_messages=cfg.batch, timeout=0.5)
            if not messages:
                continue
            clock.batch(len(messages))
            for msg in messages:
                if msg.error():
                    raise KafkaException(msg.error())
                clock.touched += read_message(msg.headers(), msg.value())
            await consumer.commit(asynchronous=False)
        return clock.result()
    finally:
        await consumer.close()


def consume_confluent_sync_blocking(cfg: Config, topic: str, n: int) -> tuple[float, float]:
    consumer = Consumer(cfg.librdkafka_consumer(f"bench-{uuid.uuid4().hex[:10]}"))
    clock = ConsumeClock(n)
    deadline = time.monotonic() + PHASE_TIMEOUT_S
    try:
        consumer.subscribe([topic])
        while not clock.done and time.monotonic() < deadline:
            messages = consumer.consume(num_messages=cfg.batch, timeout=0.5)
            if not messages:
                continue
            clock.batch(len(messages))
            for msg in messages:
                if msg.error():
                    raise KafkaException(msg.error())
                clock.touched += read_message(msg.headers(), msg.value())
            consumer.commit(asynchronous=False)
        return clock.result()
    finally:
        consumer.close()


async def consume_confluent_sync(cfg: Config, topic: str, n: int) -> tuple[float, float]:
    return consume_confluent_sync_blocking(cfg, topic, n)


async def consume_faststream(cfg: Config, topic: str, n: int) -> tuple[float, float]:
    """A batch subscriber with manual ack, so the commit is inside the measured window."""
    broker = KafkaBroker(cfg.bootstrap, logger=None)
    clock = ConsumeClock(n)
    finished = asyncio.Event()

    @broker.subscriber(
        topic,
        group_id=f"bench-{uuid.uuid4().hex[:10]}",
        batch=True,
        max_records=cfg.batch,
        auto_offset_reset="earliest",
        isolation_level="read_committed",
        ack_policy=AckPolicy.MANUAL,
    )
    async def handle(body: list[bytes], msg: KafkaMessage) -> None:
        records = msg.raw_message if isinstance(msg.raw_message, tuple) else (msg.raw_message,)
        clock.batch(len(body))
        for record in records:
            clock.touched += read_message(record.headers, record.value)
        await msg.ack()
        if clock.done:
            finished.set()

    clock.opened = time.perf_counter()
    await broker.start()
    try:
        await asyncio.wait_for(finished.wait(), PHASE_TIMEOUT_S)
        return clock.result()
    finally:
        await broker.stop()


# --- single-message latency ---------------------------------------------------------------


async def latency_aiokafka(cfg: Config, topic: str, records: list[Record]) -> list[float]:
    producer = AIOKafkaProducer(**cfg.aiokafka_producer())
    await producer.start()
    try:
        samples = []
        for i, r in enumerate(records):
            start = time.perf_counter()
            await producer.send_and_wait(topic, value=r.value, key=r.key, headers=r.headers)
            if i >= LATENCY_WARMUP:
                samples.append(time.perf_counter() - start)
        return samples
    finally:
        await producer.stop()


async def latency_confluent_aio(cfg: Config, topic: str, records: list[Record]) -> list[float]:
    """produce + flush + await; awaiting the future alone waits on the buffer timer (below)."""
    producer = AIOProducer(cfg.librdkafka_producer())
    try:
        samples = []
        for i, r in enumerate(records):
            start = time.perf_counter()
            delivered = await producer.produce(topic, value=r.value, key=r.key)
            await producer.flush()
            await delivered
            if i >= LATENCY_WARMUP:
                samples.append(time.perf_counter() - start)
        return samples
    finally:
        await producer.close()


async def latency_confluent_aio_naive(cfg: Config, topic: str, count: int) -> list[float]:
    """``await (await producer.produce(...))`` without flush, the obvious way to write it.

    The message sits in AIOProducer's Python buffer until ``batch_size`` messages or the
    ``buffer_timeout`` (1 s) timer, and the delivery is only noticed on a later poll, so
    each await takes about two seconds. Opt-in (``--aio-naive``) because it is that slow.
    """
    producer = AIOProducer(cfg.librdkafka_producer())
    try:
        samples = []
        for i in range(count):
            start = time.perf_counter()
            await (await producer.produce(topic, value=b"x", key=str(i).encode()))
            samples.append(time.perf_counter() - start)
        return samples
    finally:
        await producer.close()


async def latency_confluent_bridge(cfg: Config, topic: str, records: list[Record]) -> list[float]:
    producer = BridgedProducer(cfg.librdkafka_producer())
    try:
        samples = []
        for i, r in enumerate(records):
            start = time.perf_counter()
            await (await producer.produce(topic, r))
            if i >= LATENCY_WARMUP:
                samples.append(time.perf_counter() - start)
        return samples
    finally:
        await producer.close()


# --- orchestration ------------------------------------------------------------------------

ProduceFn = Callable[[Config, str, list[Record]], Awaitable[float]]
ConsumeFn = Callable[[Config, str, int], Awaitable[tuple[float, float]]]
LatencyFn = Callable[[Config, str, list[Record]], Awaitable[list[float]]]


@dataclass(frozen=True)
class Candidate:
    name: str
    label: str
    produce: ProduceFn
    consume: ConsumeFn | None = None
    latency: LatencyFn | None = None
    produce_has_headers: bool = True
    note: str = ""


CANDIDATES = [
    Candidate(
        "aiokafka",
        "aiokafka 0.14 (AIOKafkaProducer / AIOKafkaConsumer.getmany)",
        produce_aiokafka,
        consume_aiokafka,
        latency_aiokafka,
    ),
    Candidate(
        "confluent-aio",
        "confluent-kafka 2.16 aio (AIOProducer / AIOConsumer.consume)",
        produce_confluent_aio,
        consume_confluent_aio,
        latency_confluent_aio,
        produce_has_headers=False,
        note="AIOProducer.produce raises NotImplementedError on headers, so it produces "
        "without them; the consume run reads a headered topic filled (untimed) by the sync "
        "Producer; latency = produce + flush() + await (flush ignores linger)",
    ),
    Candidate(
        "confluent-bridge",
        "confluent-kafka 2.16 Producer + poll thread + asyncio futures",
        produce_confluent_bridge,
        None,
        latency_confluent_bridge,
        note="producer only; the classic Producer driven from asyncio, with headers",
    ),
    Candidate(
        "confluent-sync",
        "confluent-kafka 2.16 sync (Producer.poll+flush / Consumer.consume)",
        produce_confluent_sync,
        consume_confluent_sync,
    ),
    Candidate(
        "faststream",
        "FastStream 0.7.8 KafkaBroker (aiokafka underneath)",
        produce_faststream,
        consume_faststream,
        note="publish(no_confirm=True) per message, then await all futures (adds "
        "correlation_id and content-type headers); batch subscriber, AckPolicy.MANUAL, "
        "msg.ack() per batch",
    ),
]


@dataclass
class Results:
    produce_s: list[float] = field(default_factory=list)
    consume_s: list[float] = field(default_factory=list)
    join_s: list[float] = field(default_factory=list)
    # linger.ms -> per-run medians, and linger.ms -> every sample of every run
    latency_medians_s: dict[int, list[float]] = field(default_factory=dict)
    latency_all_s: dict[int, list[float]] = field(default_factory=dict)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def latency_lingers(cfg: Config) -> list[int]:
    """Latency at linger 0 (fair floor) and at the configured linger (what services pay)."""
    return sorted({0, cfg.linger_ms})


async def run_once(
    cfg: Config, topics: Topics, cand: Candidate, records: list[Record], res: Results
) -> None:
    """One repeat of one candidate: produce, consume and latency, each on a fresh topic."""
    topic = topics.create(cand.name)
    try:
        elapsed = await asyncio.wait_for(cand.produce(cfg, topic, records), PHASE_TIMEOUT_S)
        res.produce_s.append(elapsed)
        log(f"  {cand.name:17} produce {cfg.messages / elapsed:>9,.0f} msg/s")
        if cand.consume is not None:
            if not cand.produce_has_headers:
                topics.delete(topic)
                topic = topics.create(f"{cand.name}-c")
                produce_confluent_sync_blocking(cfg, topic, records)
            join, elapsed = await asyncio.wait_for(
                cand.consume(cfg, topic, cfg.messages), PHASE_TIMEOUT_S
            )
            res.consume_s.append(elapsed)
            res.join_s.append(join)
            speed = cfg.messages / elapsed
            log(f"  {cand.name:17} consume {speed:>9,.0f} msg/s, join {join:.2f} s")
    finally:
        topics.delete(topic)
    if cand.latency is None:
        return
    for linger in latency_lingers(cfg):
        topic = topics.create(f"{cand.name}-l{linger}")
        try:
            samples = await asyncio.wait_for(
                cand.latency(
                    replace(cfg, linger_ms=linger),
                    topic,
                    records[: cfg.latency_count + LATENCY_WARMUP],
                ),
                PHASE_TIMEOUT_S,
            )
        finally:
            topics.delete(topic)
        res.latency_medians_s.setdefault(linger, []).append(statistics.median(samples))
        res.latency_all_s.setdefault(linger, []).extend(samples)
        p50 = statistics.median(samples) * 1e3
        log(f"  {cand.name:17} latency p50 {p50:.2f} ms (linger {linger} ms)")


def rate(cfg: Config, seconds: list[float]) -> dict[str, float]:
    """Median, min and max messages per second over the repeats."""
    rates = [cfg.messages / s for s in seconds]
    return {"msg_s": statistics.median(rates), "min": min(rates), "max": max(rates)}


def quantile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def summarize(cfg: Config, results: dict[str, Results]) -> list[dict[str, Any]]:
    rows = []
    for cand in CANDIDATES:
        res = results.get(cand.name)
        if res is None or not res.produce_s:
            continue
        row: dict[str, Any] = {"name": cand.name, "label": cand.label, "note": cand.note}
        row["produce"] = rate(cfg, res.produce_s)
        row["produce"]["mb_s"] = row["produce"]["msg_s"] * cfg.size / 1e6
        row["produce"]["headers"] = cand.produce_has_headers
        if res.consume_s:
            row["consume"] = rate(cfg, res.consume_s) | {"join_s": statistics.median(res.join_s)}
        row["latency_ms"] = {
            str(linger): {
                "p50": statistics.median(medians) * 1e3,
                "p50_min": min(medians) * 1e3,
                "p50_max": max(medians) * 1e3,
                "p99": quantile(res.latency_all_s[linger], 0.99) * 1e3,
                "samples": len(res.latency_all_s[linger]),
            }
            for linger, medians in sorted(res.latency_medians_s.items())
        }
        rows.append(row)
    return rows


def _spread(stats: dict[str, float], key: str = "msg_s", fmt: str = ",.0f") -> str:
    lo, hi = ("min", "max") if key == "msg_s" else ("p50_min", "p50_max")
    return f"{stats[key]:{fmt}} ({stats[lo]:{fmt}}-{stats[hi]:{fmt}})"


def markdown(cfg: Config, rows: list[dict[str, Any]]) -> str:
    """Two tables: throughput per client, then single-message ack latency per linger."""
    out = [
        f"{cfg.messages} msgs x {cfg.size} B payload, 6 `ce_*` headers, {PARTITIONS} partitions, "
        f"acks=all + idempotence, linger {cfg.linger_ms} ms, consume batch {cfg.batch}, "
        f"commit per batch; median of {cfg.repeats} runs (min-max)",
        "",
        "| client | produce msg/s | produce MB/s | consume msg/s | group join s |",
        "|---|---:|---:|---:|---:|",
    ]
    for row in rows:
        p = row["produce"]
        cells = [
            row["name"],
            _spread(p) + ("" if p["headers"] else " no headers"),
            f"{p['mb_s']:.1f}",
        ]
        if "consume" in row:
            cells += [_spread(row["consume"]), f"{row['consume']['join_s']:.2f}"]
        else:
            cells += ["-", "-"]
        out.append("| " + " | ".join(cells) + " |")
    lingers = [str(x) for x in latency_lingers(cfg)]
    with_latency = [row for row in rows if row["latency_ms"]]
    if with_latency:
        out += [
            "",
            f"1-message ack latency, acks=all, {cfg.latency_count} sends per run, ms",
            "",
            "| client | " + " | ".join(f"p50 linger {x} | p99 linger {x}" for x in lingers) + " |",
            "|---|" + "---:|---:|" * len(lingers),
        ]
        for row in with_latency:
            cells = [row["name"]]
            for x in lingers:
                lat = row["latency_ms"][x]
                cells += [_spread(lat, "p50", ".2f"), f"{lat['p99']:.2f}"]
            out.append("| " + " | ".join(cells) + " |")
    out.append("")
    out += [
        f"- {row['name']}: {row['label']}" + (f"; {row['note']}" if row["note"] else "")
        for row in rows
    ]
    return "\n".join(out)


async def main_async(cfg: Config, only: set[str] | None, aio_naive: int) -> list[dict[str, Any]]:
    records = build_records(max(cfg.messages, cfg.latency_count + LATENCY_WARMUP), cfg.size)
    throughput_records = records[: cfg.messages]
    topics = Topics(cfg.bootstrap)
    chosen = [c for c in CANDIDATES if only is None or c.name in only]
    results = {c.name: Results() for c in chosen}
    started = time.perf_counter()
    for repeat in range(cfg.repeats):
        log(f"repeat {repeat + 1}/{cfg.repeats}")
        # Rotate the order so no candidate always runs first or right after another.
        order = chosen[repeat % len(chosen) :] + chosen[: repeat % len(chosen)]
        for cand in order:
            await run_once(cfg, topics, cand, throughput_records, results[cand.name])
    if aio_naive:
        topic = topics.create("confluent-aio-naive")
        try:
            naive = await latency_confluent_aio_naive(cfg, topic, aio_naive)
        finally:
            topics.delete(topic)
        log(f"  confluent-aio await without flush: {[round(x, 2) for x in naive]} s")
    log(f"total {time.perf_counter() - started:.0f} s")
    return summarize(cfg, results)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bootstrap", default="127.0.0.1:9092")
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--size", type=int, default=512, help="payload bytes per message")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument(
        "--batch", type=int, default=200, help="max messages per consume call (EventConsumer: 200)"
    )
    parser.add_argument("--linger-ms", type=int, default=2, help="as in EventProducer")
    parser.add_argument("--latency-count", type=int, default=500)
    parser.add_argument("--only", help="comma-separated candidate names")
    parser.add_argument(
        "--aio-naive",
        type=int,
        default=0,
        metavar="N",
        help="also time N AIOProducer sends awaited without flush (about 2 s each)",
    )
    parser.add_argument("--json", help="also write the summary here")
    parser.add_argument("--markdown", action="store_true", help="print a markdown table")
    return parser.parse_args(argv)


def main() -> None:
    args = parse_args()
    cfg = Config(
        bootstrap=args.bootstrap,
        messages=args.messages,
        size=args.size,
        repeats=args.repeats,
        batch=args.batch,
        linger_ms=args.linger_ms,
        latency_count=args.latency_count,
    )
    only = set(args.only.split(",")) if args.only else None
    rows = asyncio.run(main_async(cfg, only, args.aio_naive))
    if args.json:
        with open(args.json, "w") as fh:
            json.dump({"config": cfg.__dict__, "rows": rows}, fh, indent=2)
    print(markdown(cfg, rows) if args.markdown else json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
