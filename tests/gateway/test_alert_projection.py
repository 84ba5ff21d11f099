"""The alert projection on the real MongoDB-wire server: one document per alert id, the
newest event wins, filters and order as the API uses them, and the open-alerts gauge."""

import dataclasses
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from medstream_gateway.readmodel.alerts import AlertFilter, AlertStore
from medstream_gateway.readmodel.metrics import OpenAlertsGauge
from medstream_gateway.readmodel.projector import AlertProjector
from medstream_shared.events.envelope import Envelope
from medstream_shared.events.models import SurveillanceAlert
from medstream_shared.metrics import OPEN_ALERTS
from pymongo import AsyncMongoClient

from tests.alerts import make_alert
from tests.bus import envelope
from tests.harness import MONGO

pytestmark = pytest.mark.integration

RAISED = datetime(2026, 3, 9, 6, 0, tzinfo=UTC)


def alert(*args: Any, **changes: Any) -> SurveillanceAlert:
    return make_alert(*args, raised_at=RAISED, **changes)


def at(data: SurveillanceAlert, moment: datetime, event_id: str | None = None) -> Envelope:
    return dataclasses.replace(envelope(data, event_id), time=moment)


class Changes:
    def __init__(self) -> None:
        self.count = 0

    async def __call__(self) -> None:
        self.count += 1


@pytest.fixture
async def store(infrastructure: None) -> AsyncIterator[tuple[AlertStore, Changes]]:
    client: AsyncMongoClient = AsyncMongoClient(MONGO, tz_aware=True)
    db = client[f"test_alerts_{uuid.uuid4().hex[:8]}"]
    changes = Changes()
    alerts = AlertStore(db, on_change=changes)
    await alerts.ensure_indexes()
    yield alerts, changes
    await client.drop_database(db.name)
    await client.close()


async def test_an_alert_is_stored_once_however_often_it_arrives(
    store: tuple[AlertStore, Changes],
) -> None:
    alerts, changes = store
    projector = AlertProjector(alerts)
    event = at(alert(), RAISED, "event-1")

    await projector.on_alert(event)
    await projector.on_alert(event)  # redelivered
    await projector.on_alert(at(alert(), RAISED + timedelta(seconds=1), "event-2"))  # re-raised

    assert await alerts.alerts.count_documents({}) == 1
    doc = await alerts.get(alert().alert_id)
    assert doc is not None
    assert (doc["city"], doc["group"], doc["observed"], doc["method"]) == (
        "Kazan",
        "influenza_ari",
        140,
        "ears-c2",
    )
    assert doc["window_end"] == datetime(2026, 3, 9, tzinfo=UTC)
    assert doc["updated_at"] == RAISED + timedelta(seconds=1)  # the event's time
    assert doc["first_seen_at"] == RAISED
    assert doc["event_id"] == "event-2"
    assert changes.count == 2  # the redelivery changed nothing


async def test_a_revised_alert_replaces_the_stored_one_and_a_late_old_one_does_not(
    store: tuple[AlertStore, Changes],
) -> None:
    alerts, _ = store
    projector = AlertProjector(alerts)

    await projector.on_alert(at(alert(observed=150), RAISED + timedelta(hours=1)))
    await projector.on_alert(at(alert(observed=140), RAISED))  # older, read late

    doc = await alerts.get(alert().alert_id)
    assert doc is not None and doc["observed"] == 150


async def test_filters_and_newest_window_first(store: tuple[AlertStore, Changes]) -> None:
    alerts, _ = store
    stored = [
        alert("Kazan", "influenza_ari", date(2026, 3, 2)),
        alert("Kazan", "covid", date(2026, 2, 1)),
        alert("Moscow", "influenza_ari", date(2026, 3, 1)),
        alert("Moscow", "pneumonia", date(2025, 12, 1)),
    ]
    for item in stored:
        await alerts.record(item, RAISED, uuid.uuid4().hex)
    as_of = await alerts.newest_window_end()
    assert as_of == date(2026, 3, 9)

    async def cities_groups(where: AlertFilter) -> list[tuple[str, str]]:
        return [(d["city"], d["group"]) for d in await alerts.find(where, as_of)]

    assert await cities_groups(AlertFilter()) == [
        ("Kazan", "influenza_ari"),
        ("Moscow", "influenza_ari"),
        ("Kazan", "covid"),
        ("Moscow", "pneumonia"),
    ]
    assert await cities_groups(AlertFilter(city="Kazan")) == [
        ("Kazan", "influenza_ari"),
        ("Kazan", "covid"),
    ]
    assert await cities_groups(AlertFilter(group="influenza_ari", city="Moscow")) == [
        ("Moscow", "influenza_ari")
    ]
    assert await cities_groups(AlertFilter(since=date(2026, 2, 8))) == [
        ("Kazan", "influenza_ari"),
        ("Moscow", "influenza_ari"),
    ]
    assert await cities_groups(AlertFilter(status="open")) == [
        ("Kazan", "influenza_ari"),
        ("Moscow", "influenza_ari"),
    ]
    assert await cities_groups(AlertFilter(status="closed")) == [
        ("Kazan", "covid"),
        ("Moscow", "pneumonia"),
    ]
    assert await cities_groups(AlertFilter(limit=1)) == [("Kazan", "influenza_ari")]
    assert await alerts.open_counts(as_of) == {
        ("Kazan", "influenza_ari"): 1,
        ("Kazan", "covid"): 0,
        ("Moscow", "influenza_ari"): 1,
        ("Moscow", "pneumonia"): 0,
    }
    assert set((await alerts.open_counts(None)).values()) == {0}


async def test_the_gauge_counts_open_alerts_and_drops_closed_pairs_to_zero(
    store: tuple[AlertStore, Changes],
) -> None:
    alerts, _ = store
    city = f"Town-{uuid.uuid4().hex[:6]}"  # the gauge is process-wide: a city of its own
    last_date: list[date | None] = [None]
    gauge = OpenAlertsGauge(alerts, lambda: last_date[0])
    await alerts.record(alert(city, "covid", date(2026, 3, 2)), RAISED, "e1")
    await alerts.record(alert(city, "covid", date(2026, 2, 20)), RAISED, "e2")
    await alerts.record(alert(city, "pneumonia", date(2026, 3, 1)), RAISED, "e3")

    await gauge.refresh()

    def value(group: str) -> float:
        return OPEN_ALERTS.labels(city=city, group=group)._value.get()

    assert (value("covid"), value("pneumonia")) == (1, 1)

    last_date[0] = date(2026, 3, 20)  # the warehouse's newer data closes both
    await gauge.refresh()

    assert (value("covid"), value("pneumonia")) == (0, 0)


async def test_a_burst_of_alerts_is_counted_in_a_few_refreshes_off_the_projection_path(
    store: tuple[AlertStore, Changes],
) -> None:
    alerts, _ = store
    city = f"Burst-{uuid.uuid4().hex[:6]}"
    gauge = OpenAlertsGauge(alerts, lambda: None)
    refreshes = 0
    refresh = gauge.refresh

    async def counted() -> None:
        nonlocal refreshes
        refreshes += 1
        await refresh()

    gauge.refresh = counted  # type: ignore[method-assign]
    bursty = AlertStore(alerts.alerts.database, on_change=gauge.changed)
    projector = AlertProjector(bursty)
    for day in range(30):
        start = date(2026, 2, 1) + timedelta(days=day)
        await projector.on_alert(at(alert(city, "covid", start, days=1), RAISED))

    assert gauge._task is not None
    await gauge._task
    await gauge.close()

    assert OPEN_ALERTS.labels(city=city, group="covid")._value.get() == 7  # the last 7 days
    assert 1 <= refreshes < 30
