"""Surveillance alerts from ``medstream.alerts`` to ``GET /api/v1/alerts``, on the real stack.

The alerts are published as the surveillance service publishes them (the shared
``EventProducer``, CloudEvents in binary mode), a duplicate and a broken one included; each
test uses cities of its own, since the stack is shared.
"""

import asyncio
import json
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from typing import Any

import httpx
import pytest
from aiokafka import AIOKafkaProducer
from medstream_shared.config import MedstreamSettings
from medstream_shared.events.models import SurveillanceAlert
from medstream_shared.kafka.producer import EventProducer

from tests.alerts import make_alert
from tests.e2e.test_dead_letters import medstream
from tests.harness import KAFKA
from tests.stack import Stack

pytestmark = pytest.mark.integration


async def _publish(stack: Stack, alerts: list[SurveillanceAlert]) -> None:
    settings = MedstreamSettings(topic_prefix=stack.topic_prefix, kafka_bootstrap=KAFKA)
    producer = EventProducer(settings, source="/medstream/surveillance")
    await producer.start()
    try:
        await producer.publish_many(alerts)
    finally:
        await producer.stop()


def publish_alerts(stack: Stack, *alerts: SurveillanceAlert) -> None:
    """``alerts`` on ``<prefix>alerts``, as the surveillance service sends them.

    On a thread of its own: Playwright's sync API keeps an event loop running on this one.
    """
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, _publish(stack, list(alerts))).result(timeout=60)


async def _send_broken(stack: Stack, marker: str) -> None:
    payload = make_alert(marker).model_dump(mode="json")
    payload["window_end"] = payload["window_start"]  # a window that ends where it starts
    producer = AIOKafkaProducer(bootstrap_servers=KAFKA, acks="all")
    await producer.start()
    try:
        await producer.send_and_wait(
            f"{stack.topic_prefix}alerts",
            key=marker.encode(),
            value=json.dumps(payload).encode(),
            headers=[
                ("ce_specversion", b"1.0"),
                ("ce_id", marker.encode()),
                # an outside producer's mistake: the suite's own events stay valid (the
                # contract test reads every /medstream/ event on the topics)
                ("ce_source", b"/e2e/broken-surveillance"),
                ("ce_type", b"medstream.surveillance.alert"),
                ("content-type", b"application/json"),
            ],
        )
    finally:
        await producer.stop()


def wait_for_alerts(
    client: httpx.Client, city: str, count: int, timeout: float = 30
) -> dict[str, Any]:
    """``GET /api/v1/alerts?city=`` once the gateway has projected ``count`` alerts there."""
    deadline = time.monotonic() + timeout
    while True:
        response = client.get("/api/v1/alerts", params={"city": city})
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        if len(body["items"]) >= count:
            return body
        assert time.monotonic() < deadline, f"{len(body['items'])} of {count} alerts in {city}"
        time.sleep(0.2)


def test_alerts_are_projected_once_filtered_and_newest_first(
    stack: Stack, alice: httpx.Client, bob: httpx.Client
) -> None:
    kazan, omsk = (f"{name}-{uuid.uuid4().hex[:6]}" for name in ("Kazan", "Omsk"))
    newest = make_alert(kazan, "influenza_ari", date(2026, 3, 2), observed=140)
    older = make_alert(kazan, "covid", date(2026, 2, 1), observed=30, expected=9, threshold=21)
    elsewhere = make_alert(omsk, "gastroenteritis", date(2026, 3, 1), observed=55)
    publish_alerts(stack, newest, older, elsewhere)
    publish_alerts(stack, newest)  # re-raised by another replica: the same alert id

    body = wait_for_alerts(alice, kazan, 2)

    time.sleep(1)  # the duplicate, had it made a second document, would be there by now
    body = alice.get("/api/v1/alerts", params={"city": kazan}).json()
    assert [(a["group"], a["window_start"], a["window_end"]) for a in body["items"]] == [
        ("influenza_ari", "2026-03-02", "2026-03-09"),
        ("covid", "2026-02-01", "2026-02-08"),
    ]
    first = body["items"][0]
    assert (first["observed"], first["expected"], first["threshold"], first["method"]) == (
        140,
        80.5,
        120.25,
        "ears-c2",
    )
    assert first["alert_id"] == newest.alert_id
    assert body["open_days"] == 7
    open_from = date.fromisoformat(body["open_from"])
    for item in body["items"]:  # open: the window ends within the last 7 days of data
        expected = "open" if date.fromisoformat(item["window_end"]) >= open_from else "closed"
        assert item["status"] == expected, item

    # every signed-in user sees the aggregates
    assert bob.get("/api/v1/alerts", params={"city": kazan}).json()["items"] == body["items"]
    covid = alice.get("/api/v1/alerts", params={"city": kazan, "group": "covid"}).json()
    assert [a["alert_id"] for a in covid["items"]] == [older.alert_id]
    recent = alice.get("/api/v1/alerts", params={"city": kazan, "since": "2026-02-10"}).json()
    assert [a["alert_id"] for a in recent["items"]] == [newest.alert_id]
    wait_for_alerts(alice, omsk, 1)
    by_status = {
        status: {
            a["alert_id"]
            for a in alice.get("/api/v1/alerts", params={"status": status, "limit": 500}).json()[
                "items"
            ]
        }
        for status in ("open", "closed")
    }
    assert not by_status["open"] & by_status["closed"]
    for item in body["items"]:
        assert item["alert_id"] in by_status[item["status"]], item


def test_a_broken_alert_is_dead_lettered_and_the_next_one_still_arrives(
    stack: Stack, alice: httpx.Client
) -> None:
    marker = f"Broken-{uuid.uuid4().hex[:6]}"
    asyncio.run(_send_broken(stack, marker))
    after = make_alert(marker, "pneumonia", date(2026, 3, 3))
    publish_alerts(stack, after)

    body = wait_for_alerts(alice, marker, 1)

    assert [a["alert_id"] for a in body["items"]] == [after.alert_id]
    dlq = f"{stack.topic_prefix}alerts.dlq"
    deadline = time.monotonic() + 20
    while True:
        listed = medstream(stack, "dlq", "list", "--topic", dlq)
        assert listed.returncode == 0, listed.stderr
        ids = [line.split()[1] for line in listed.stdout.splitlines() if f"{dlq}:" in line]
        shown = [json.loads(medstream(stack, "dlq", "show", i).stdout) for i in ids]
        letters = [letter for letter in shown if letter["key"] == marker]
        if letters:
            break
        assert time.monotonic() < deadline, "the broken alert was not dead-lettered"
        time.sleep(0.5)
    assert "window_end must be after window_start" in letters[0]["error"]
    assert letters[0]["source_topic"] == f"{stack.topic_prefix}alerts"


def test_alerts_need_a_key_and_refuse_bad_parameters(
    alice: httpx.Client, anonymous: httpx.Client
) -> None:
    refused = anonymous.get("/api/v1/alerts")
    assert refused.status_code == 401
    assert refused.headers["content-type"] == "application/problem+json"

    for params, field in (
        ({"since": "last tuesday"}, "query.since"),
        ({"group": "measles"}, "query.group"),
        ({"status": "acknowledged"}, "query.status"),
        ({"limit": "0"}, "query.limit"),
        ({"city": ""}, "query.city"),
        ({"city": "Kazan\x00"}, "query.city"),
    ):
        response = alice.get("/api/v1/alerts", params=params)
        assert response.status_code == 422, (params, response.text)
        assert response.headers["content-type"] == "application/problem+json"
        problem = response.json()
        assert [e["field"] for e in problem["errors"]] == [field], problem
        assert field in problem["detail"]
    far = alice.get("/api/v1/alerts", params={"since": "9999-12-31"})
    assert (far.status_code, far.json()["items"]) == (200, [])
