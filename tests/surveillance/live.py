"""A surveillance process on the real broker, for the integration test and the delay bench.

``SurveillanceRun`` starts ``python -m medstream_surveillance`` with its own topic prefix and
a small warehouse it writes (the history of one city's influenza visits), publishes visits
as a hospital system does (the shared ``EventProducer``: CloudEvents in binary mode on
``<prefix>visits``) and reads ``<prefix>alerts`` as the gateway does (``read_committed``,
the shared ``decode``).
"""

import asyncio
import itertools
import time
import uuid
from collections.abc import Coroutine, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TypeVar

import duckdb
from aiokafka import AIOKafkaConsumer, TopicPartition
from medstream_shared.config import MedstreamSettings
from medstream_shared.events.envelope import decode
from medstream_shared.events.models import SurveillanceAlert, VisitRecorded
from medstream_shared.kafka.producer import EventProducer

from tests.harness import KAFKA
from tests.stack import ServiceProcess, Stack, build_stack, free_port
from tests.visits import visit as a_visit

T = TypeVar("T")

INFLUENZA = "J10.1"
HISTORY = (5, 6, 7, 6, 5, 6, 7, 5, 6, 7, 6, 5)
"""Influenza visits per day in the warehouse, the 12 days before the spike day."""


VISITS_SCHEMA = "visit_id BIGINT, visit_date DATE, city VARCHAR, icd10_code VARCHAR"


def write_warehouse(path: Path, cities: Sequence[str], spike_day: date) -> None:
    """A warehouse whose visits are ``HISTORY`` for each city before ``spike_day``, plus a
    quiet other city and codes of no group (which must not count)."""
    rows = []
    ids = itertools.count(1)
    for city in cities:
        for back, count in zip(range(len(HISTORY), 0, -1), HISTORY, strict=True):
            day = spike_day - timedelta(days=back)
            rows += [(next(ids), day, city, INFLUENZA) for _ in range(count)]
            rows += [(next(ids), day, city, "I10") for _ in range(3)]
            rows += [(next(ids), day, f"{city}-other", INFLUENZA) for _ in range(2)]
    with duckdb.connect(str(path)) as db:
        db.execute(f"CREATE TABLE visits ({VISITS_SCHEMA})")
        db.executemany("INSERT INTO visits VALUES (?, ?, ?, ?)", rows)


def write_seasonal_warehouse(path: Path, city: str, spike_day: date, per_day: int) -> None:
    """Three years and two weeks of ``per_day`` influenza visits a day in ``city``, up to the
    day before ``spike_day``: every 7-day window of those years has ``7 · per_day``."""
    first = spike_day - timedelta(days=3 * 365 + 14)
    days = (spike_day - first).days
    ids = itertools.count(1)
    rows = [
        (next(ids), first + timedelta(days=offset), city, INFLUENZA)
        for offset in range(days)
        for _ in range(per_day)
    ]
    with duckdb.connect(str(path)) as db:
        db.execute(f"CREATE TABLE visits ({VISITS_SCHEMA})")
        db.executemany("INSERT INTO visits VALUES (?, ?, ?, ?)", rows)


def c2_expectation(spike_day: date) -> tuple[float, float]:
    """What the alert of ``spike_day`` must say: the mean of days t−9 … t−3 of ``HISTORY``
    and earsC's threshold with minSigma 1 (computed here independently of the service)."""
    from statistics import NormalDist, fmean, stdev

    baseline = list(HISTORY[-9:-2])
    mean = fmean(baseline)
    return mean, mean + NormalDist().inv_cdf(0.999) * max(stdev(baseline), 1.0)


def visit(visit_id: int, city: str, day: date, code: str = INFLUENZA) -> VisitRecorded:
    return a_visit(
        visit_id,
        patient_id=visit_id,
        visit_date=day,
        city=city,
        district="Central",
        icd10_code=code,
    )


@dataclass
class SurveillanceRun:
    stack: Stack
    city: str
    spike_day: date
    cities: list[str]
    received: list[tuple[float, SurveillanceAlert]] = field(default_factory=list)
    loop: asyncio.AbstractEventLoop = field(default_factory=asyncio.new_event_loop)
    _consumer: AIOKafkaConsumer | None = None

    def do(self, coroutine: Coroutine[Any, Any, T]) -> T:
        """Run a step in this run's one event loop (the alert reader lives in it)."""
        return self.loop.run_until_complete(coroutine)

    @property
    def process(self) -> ServiceProcess:
        return self.stack.services["surveillance"]

    def settings(self) -> MedstreamSettings:
        return MedstreamSettings(topic_prefix=self.stack.topic_prefix, kafka_bootstrap=KAFKA)

    async def publish(self, visits: Sequence[VisitRecorded]) -> float:
        """Publish and wait for the acks; returns the time the last one was acknowledged."""
        producer = EventProducer(self.settings(), source="/test/hospital")
        await producer.start()
        try:
            await producer.publish_many(visits)
            return time.time()
        finally:
            await producer.stop()

    async def start_reading(self) -> None:
        """Every partition of the alerts topic from its start, with no consumer group: a
        group's member would be dropped (and re-read) while the test waits between reads."""
        topic = f"{self.stack.topic_prefix}alerts"
        self._consumer = AIOKafkaConsumer(
            bootstrap_servers=KAFKA, enable_auto_commit=False, isolation_level="read_committed"
        )
        await self._consumer.start()
        await self._consumer._client.force_metadata_update()
        partitions = self._consumer.partitions_for_topic(topic) or set()
        assert partitions, f"no topic {topic}"
        assigned = [TopicPartition(topic, p) for p in sorted(partitions)]
        self._consumer.assign(assigned)
        await self._consumer.seek_to_beginning(*assigned)

    async def read_alerts(self, seconds: float, *, until: int | None = None) -> None:
        """Read alerts for ``seconds`` (or until ``until`` alerts have arrived in all)."""
        assert self._consumer is not None
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and (until is None or len(self.received) < until):
            batches = await self._consumer.getmany(timeout_ms=200)
            for records in batches.values():
                for record in records:
                    envelope = decode(list(record.headers), record.key, record.value)
                    assert isinstance(envelope.data, SurveillanceAlert)
                    self.received.append((time.time(), envelope.data))

    async def stop_reading(self) -> None:
        if self._consumer is not None:
            await self._consumer.stop()
            self._consumer = None


def surveillance_stack(log_dir: Path, warehouse: Path) -> Stack:
    """A stack of fresh names with the surveillance service only (the four others are not
    needed to count visits and raise alerts)."""
    stack = build_stack(
        log_dir,
        warehouse=warehouse,
        api_keys="unused:unused-key-0001",
        extra_env={"MEDSTREAM_SHUTDOWN_GRACE_SECONDS": "10"},
    )
    stack.services.clear()
    stack.services["surveillance"] = ServiceProcess(
        "surveillance", free_port(), log_dir / f"surveillance-{stack.run_id}.log"
    )
    return stack


def new_seasonal_run(tmp: Path, per_day: int) -> SurveillanceRun:
    """A run whose one city has years of flat history (``write_seasonal_warehouse``)."""
    city = f"Testgrad-{uuid.uuid4().hex[:6]}"
    spike_day = date.today() - timedelta(days=1)
    warehouse = tmp / "warehouse.duckdb"
    write_seasonal_warehouse(warehouse, city, spike_day, per_day)
    return SurveillanceRun(surveillance_stack(tmp, warehouse), city, spike_day, [city])


def new_run(tmp: Path, cities: int = 1) -> SurveillanceRun:
    """A run whose warehouse has the history of ``cities`` cities (``run.cities``)."""
    names = [f"Testgrad-{uuid.uuid4().hex[:6]}" for _ in range(cities)]
    spike_day = date.today() - timedelta(days=1)
    warehouse = tmp / "warehouse.duckdb"
    write_warehouse(warehouse, names, spike_day)
    return SurveillanceRun(surveillance_stack(tmp, warehouse), names[0], spike_day, names)
