"""The faust-streaming app: live visits → daily windows per city × group → alerts.

Two agents, because a visit's key is its id while the windows are per city:

1. ``route`` reads ``<prefix>visits`` as raw bytes (CloudEvents binary mode: the shared
   ``decode`` parses it, so the contract is the one every service reads), finds the visit's
   group and forwards a small record keyed by city to ``<prefix>surveillance-visits-by-city``;
2. ``count`` reads that topic, so every window of a city lives in one partition, adds the
   visit to the daily tumbling window of its **visit date** (event time: late and
   out-of-order visits land in their own day), and checks the day's window and the seven
   7-day windows (one-day step) that contain the day against their thresholds
   (``baseline``); an alert goes through ``alerts.AlertPublisher``, once per window and method.

Why the windows hold visit ids, not counts. Faust runs ``at_least_once`` here (its
``exactly_once`` cannot cover a pipeline with a by-city hop: docs/surveillance.md), so after a
kill -9 a visit is processed again, and a table update may or may not have reached its
changelog. A window's value is therefore the set of its visit ids: adding an id twice is a
no-op, every changelog record is the window's whole state, and a visit sent again by a
hospital system (same id) is counted once. The 7-day hopping windows are the union of their
seven daily windows, evaluated at each visit, rather than a second table: a hopping table
would write each visit into seven changelog records and could not be made idempotent.
"""

import tempfile
import time
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from typing import Any, cast

import faust
from faust.types import EventT, FieldDescriptorT
from faust.types.tables import WindowWrapperT
from medstream_shared.constants import EventType, Topic
from medstream_shared.events.envelope import InvalidEvent, decode
from medstream_shared.events.models import SurveillanceAlert, VisitRecorded, alert_id_for
from medstream_shared.logging import get_logger

from medstream_surveillance import metrics
from medstream_surveillance.alerts import AlertPublisher
from medstream_surveillance.baseline import (
    EARS_DAYS,
    History,
    Threshold,
    day_value,
    ears_threshold,
    seasonal_threshold,
    seasonal_values,
)
from medstream_surveillance.config import SurveillanceSettings
from medstream_surveillance.groups import group_of
from medstream_surveillance.topics import BY_CITY, REPARTITION_RETENTION_MS
from medstream_surveillance.windows import (
    DAY_SECONDS,
    WEEK_DAYS,
    day_of,
    days_of,
    event_time,
    week_starts,
)

log = get_logger(__name__)


class CountedVisit(faust.Record, serializer="json"):
    """What ``count`` needs of a visit (the by-city topic's value)."""

    visit_id: int
    city: str
    group: str | None
    event_time: float
    published_at: float


def counted_visit(headers: Any, key: bytes | None, value: bytes | None) -> CountedVisit | None:
    """The visit in a ``<prefix>visits`` message, or None (counted as invalid) if it is not
    a valid ``medstream.visit.recorded`` event; a tombstone (no value) is not a visit."""
    if value is None:
        return None
    try:
        envelope = decode(list(headers or ()), key, value)
    except InvalidEvent as exc:
        metrics.VISITS_SKIPPED.labels(reason="invalid").inc()
        log.warning("visit refused", reason=str(exc))
        return None
    if envelope.type is not EventType.VISIT_RECORDED:
        metrics.VISITS_SKIPPED.labels(reason="invalid").inc()
        return None
    visit = envelope.data
    assert isinstance(visit, VisitRecorded)
    return CountedVisit(
        visit_id=visit.visit_id,
        city=visit.city,
        group=group_of(visit.icd10_code),
        event_time=event_time(visit.visit_date),
        published_at=(envelope.time or datetime.now(UTC)).timestamp(),
    )


VISIT_TIME = cast("FieldDescriptorT[float]", CountedVisit.event_time)
"""The windows' event time: faust reads it from each record (class access gives the field)."""


def _brokers(bootstrap: str) -> list[str]:
    return [f"kafka://{address.strip()}" for address in bootstrap.split(",") if address.strip()]


class SurveillanceApp:
    def __init__(
        self, settings: SurveillanceSettings, history: History, publisher: AlertPublisher
    ) -> None:
        self.settings = settings
        self.history = history
        self.publisher = publisher
        partitions = settings.topic_partitions
        self.app = faust.App(
            settings.consumer_group(settings.service_name),  # <prefix>surveillance
            broker=_brokers(settings.kafka_bootstrap),
            store="memory://",
            processing_guarantee="at_least_once",
            topic_partitions=partitions,
            topic_replication_factor=settings.topic_replication,
            # Faust's own topics (topics.py) are the app's, like its consumer group; the
            # service creates them before faust starts (service.py).
            topic_allow_declare=True,
            consumer_auto_offset_reset="earliest",
            broker_session_timeout=10.0,
            broker_heartbeat_interval=3.0,
            broker_commit_interval=1.0,
            web_enabled=False,
            datadir=tempfile.mkdtemp(prefix="medstream-surveillance-"),
        )
        raw: dict[str, Any] = {
            "key_type": bytes,
            "value_type": bytes,
            "key_serializer": "raw",
            "value_serializer": "raw",
        }
        self.visits = self.app.topic(settings.topic(Topic.VISITS), allow_empty=True, **raw)
        self.by_city = self.app.topic(
            f"{self.app.conf.id}-{BY_CITY}",
            key_type=str,
            value_type=CountedVisit,
            internal=True,
            partitions=partitions,
            deleting=True,
            retention=REPARTITION_RETENTION_MS / 1000,
        )
        retention = timedelta(days=settings.window_retention_days)
        self.daily = (
            self.app.Table("daily", default=list, partitions=partitions)
            .tumbling(timedelta(days=1), expires=retention)
            .relative_to_field(VISIT_TIME)
        )
        """(city, group) → the ids of that day's visits."""
        self.reported = (
            self.app.Table("reported", default=bool, partitions=partitions)
            .tumbling(timedelta(days=1), expires=retention)
            .relative_to_field(VISIT_TIME)
        )
        """city → whether the live feed had any visit of the city that day."""
        self.app.agent(self.visits, name="route")(self._route)
        self.app.agent(self.by_city, name="count")(self._count)

    async def _route(self, stream: faust.StreamT[bytes]) -> AsyncIterator[None]:
        event: EventT
        async for event in stream.events():
            message = event.message
            visit = counted_visit(message.headers, message.key, event.value)
            if visit is not None:
                await self.by_city.send(key=visit.city, value=visit)
            yield None

    async def _count(self, stream: faust.StreamT[CountedVisit]) -> AsyncIterator[None]:
        async for visit in stream:
            for alert in self.count(visit):
                await self.publisher.publish(alert)
            yield None

    # ------------------------------------------------------------------ counting
    def count(self, visit: CountedVisit) -> list[SurveillanceAlert]:
        """Count one visit (the current event of ``count``); the alerts its windows raise."""
        now = time.time()
        if visit.event_time < now - self.settings.window_retention_days * DAY_SECONDS:
            metrics.VISITS_SKIPPED.labels(reason="too_late").inc()
            return []
        if not self.reported[visit.city].value():
            self.reported[visit.city] = True
        if visit.group is None:
            metrics.VISITS_COUNTED.labels(group="none").inc()
            return []
        key = (visit.city, visit.group)
        ids: list[int] = self.daily[key].value()
        if visit.visit_id in ids:
            metrics.VISITS_SKIPPED.labels(reason="duplicate").inc()
            return []
        self.daily[key] = [*ids, visit.visit_id]
        metrics.VISITS_COUNTED.labels(group=visit.group).inc()
        metrics.COUNT_DELAY.observe(max(now - visit.published_at, 0.0))
        metrics.WINDOW_LAG.set(now - (visit.event_time + DAY_SECONDS / 2))
        day = day_of(visit.event_time)
        alerts = [
            *self._assess_day(visit.city, visit.group, day),
            *self._assess_weeks(visit.city, visit.group, day),
        ]
        return [alert for alert in alerts if alert is not None]

    def _live(self, key: tuple[str, str], day: date) -> int:
        return len(self._window(self.daily, key, day) or ())

    def _reported(self, city: str, day: date) -> bool:
        return bool(self._window(self.reported, city, day))

    @staticmethod
    def _window(wrapper: WindowWrapperT, key: Any, day: date) -> Any:
        """The value of ``key`` in the daily window of ``day``, read without changing it."""
        table = wrapper.table
        assert table.window is not None
        return table.data.get((key, table.window.current(event_time(day))))

    def _value(self, city: str, group: str, day: date) -> int | None:
        return day_value(
            self._live((city, group), day),
            self._reported(city, day),
            self.history.count(city, group, day),
        )

    def _assess_day(self, city: str, group: str, day: date) -> list[SurveillanceAlert | None]:
        days = [day - timedelta(days=back) for back in range(EARS_DAYS - 1, -1, -1)]
        series = [self._value(city, group, d) for d in days]
        threshold = ears_threshold(series, min_sigma=self.settings.ears_min_sigma)
        observed = series[-1] or 0
        if threshold is None or not threshold.exceeded_by(observed):
            return []
        return [self._alert(city, group, day, day + timedelta(days=1), observed, threshold)]

    def _assess_weeks(self, city: str, group: str, day: date) -> list[SurveillanceAlert | None]:
        alerts: list[SurveillanceAlert | None] = []
        for start in week_starts(day):
            end = start + timedelta(days=WEEK_DAYS)
            threshold = seasonal_threshold(
                seasonal_values(self.history, city, group, start, WEEK_DAYS),
                k=self.settings.seasonal_k,
                min_sd=self.settings.seasonal_min_sd,
            )
            if threshold is None:
                continue
            observed = sum(self._value(city, group, d) or 0 for d in days_of(start, end))
            if threshold.exceeded_by(observed):
                alerts.append(self._alert(city, group, start, end, observed, threshold))
        return alerts

    @staticmethod
    def _alert(
        city: str, group: str, start: date, end: date, observed: int, threshold: Threshold
    ) -> SurveillanceAlert:
        return SurveillanceAlert(
            alert_id=alert_id_for(city, group, start, end, threshold.method),
            city=city,
            group=group,  # type: ignore[arg-type]
            window_start=start,
            window_end=end,
            observed=observed,
            expected=max(threshold.expected, 0.0),
            threshold=max(threshold.threshold, 0.0),
            method=threshold.method,
            raised_at=datetime.now(UTC),
        )
