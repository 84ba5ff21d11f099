"""Kafka is the source of truth: replaying the topics rebuilds exactly the live read model."""

import asyncio
import json
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiokafka import AIOKafkaProducer
from medstream_shared.config import MedstreamSettings
from medstream_shared.events.envelope import encode
from medstream_shared.events.models import QueryRouted, QuerySubmitted
from pymongo import MongoClient

from tests.alerts import make_alert
from tests.e2e.test_alerts import publish_alerts, wait_for_alerts
from tests.e2e.test_reports import EXAMPLE, wait_for_report
from tests.harness import KAFKA, MONGO, USERS, client_for, running, wait_for_status
from tests.stack import SERVICES, Stack, build_stack

pytestmark = pytest.mark.integration

READ_MODEL = ("sessions", "charts", "reports", "alerts")


def snapshot(stack: Stack) -> dict[str, list[dict[str, Any]]]:
    """The read model, with each history in time order (the live projector appends in the
    order it consumes its topics; a replay applies events in the order they happened)."""
    with MongoClient(MONGO, tz_aware=True) as client:
        db = client[stack.database("gateway")]
        model = {name: list(db[name].find().sort("_id", 1)) for name in READ_MODEL}
    for session in model["sessions"]:
        session["messages"].sort(key=lambda m: (m["at"], m["event_id"]))
    return model


async def publish_outside(stack: Stack, *events: QuerySubmitted | QueryRouted) -> None:
    """Events straight on Kafka, as another backend (or a buggy one) would send them."""
    settings = MedstreamSettings(topic_prefix=stack.topic_prefix, kafka_bootstrap=KAFKA)
    producer = AIOKafkaProducer(bootstrap_servers=KAFKA, acks="all")
    await producer.start()
    try:
        for event in events:
            topic = "requests" if isinstance(event, QuerySubmitted) else "tasks.analytics"
            message = encode(event, source="/hospital/backend")
            await producer.send_and_wait(
                settings.topic_prefix + topic,
                key=event.session_id.encode(),
                value=message.value,
                headers=list(message.headers.items()),
            )
    finally:
        await producer.stop()


def run_workload(stack: Stack, alice: httpx.Client, bob: httpx.Client) -> None:
    clear = alice.post("/api/v1/queries", json={"question": "Top-5 diagnoses in Kazan"}).json()
    unclear = alice.post("/api/v1/queries", json={"question": "Moscow 2024"}).json()
    weather = bob.post("/api/v1/queries", json={"question": "What's the weather today?"}).json()
    wait_for_status(alice, unclear["session_id"], {"waiting_feedback"})
    alice.post(f"/api/v1/sessions/{unclear['session_id']}/feedback", json={"answer": "how many"})
    wait_for_status(alice, clear["session_id"], {"completed"})
    again = alice.post(
        "/api/v1/queries",
        json={"question": "How many visits in Kazan in 2024?", "session_id": clear["session_id"]},
    )
    assert again.status_code == 202, again.text
    broken = f"outside-{uuid.uuid4().hex[:8]}"
    submitted = QuerySubmitted(session_id=broken, user_id="alice", question="Kazan 2023")
    asyncio.run(publish_outside(stack, submitted))
    # The router's question back is projected before the bogus plan is sent: otherwise the
    # router and analytics race, and the live projector may consume their events in the
    # opposite order to the one they happened in (iteration 1 live, 0 replayed).
    wait_until_known(alice, broken)
    wait_for_status(alice, broken, {"waiting_feedback"})
    bogus = QueryRouted(session_id=broken, user_id="alice", question="?", plan={"bogus": 1})
    asyncio.run(publish_outside(stack, bogus))
    report = alice.post("/api/v1/reports", json=EXAMPLE).json()
    first = make_alert("Kazan", "influenza_ari", observed=130)
    publish_alerts(stack, first, make_alert("Moscow", "covid"), first)  # first twice
    publish_alerts(stack, make_alert("Kazan", "influenza_ari", observed=150))  # revised
    for session_id in (clear["session_id"], unclear["session_id"], broken):
        wait_for_status(alice, session_id, {"completed", "error"})
    wait_for_status(bob, weather["session_id"], {"completed"})
    wait_for_report(alice, report["report_id"])
    kazan = wait_for_alerts(alice, "Kazan", 1)["items"]
    deadline = time.monotonic() + 20
    while kazan[0]["observed"] != 150:
        assert time.monotonic() < deadline, kazan
        time.sleep(0.2)
        kazan = wait_for_alerts(alice, "Kazan", 1)["items"]
    wait_for_alerts(alice, "Moscow", 1)


def wait_until_known(client: httpx.Client, session_id: str, timeout: float = 20) -> None:
    """A session submitted straight to Kafka appears once the gateway has projected it."""
    deadline = time.monotonic() + timeout
    while client.get(f"/api/v1/sessions/{session_id}").status_code == 404:
        assert time.monotonic() < deadline, f"{session_id} was never projected"
        time.sleep(0.1)


def wait_until_projected(stack: Stack, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        health = httpx.get(f"{stack.gateway_url}/health", timeout=5).json()
        if not any(health["consumer_lag"]["gateway"].values()):
            return
        time.sleep(0.2)
    raise AssertionError("the gateway did not catch up with its topics")


@pytest.fixture(scope="module")
def own_stack(
    infrastructure: None, warehouse: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Stack]:
    """A stack of its own: the comparison is exact only over a read model this test made."""
    keys = ",".join(f"{user}:{key}" for user, key in USERS.items())
    stack = build_stack(tmp_path_factory.mktemp("replay-logs"), warehouse=warehouse, api_keys=keys)
    with running(stack, SERVICES):
        yield stack


def test_replay_rebuilds_the_live_read_model(own_stack: Stack) -> None:
    stack = own_stack
    with client_for(stack, "alice") as alice, client_for(stack, "bob") as bob:
        run_workload(stack, alice, bob)
        replay_and_compare(stack, alice)


def replay_and_compare(stack: Stack, alice: httpx.Client) -> None:
    wait_until_projected(stack)
    live = snapshot(stack)
    statuses = {doc["status"] for doc in live["sessions"]}
    assert {"completed", "error"} <= statuses
    assert any(len(doc["messages"]) > 2 for doc in live["sessions"])  # clarification rounds
    assert live["charts"] and live["reports"]
    assert [(a["city"], a["observed"]) for a in live["alerts"]] in (
        [("Kazan", 150), ("Moscow", 140)],
        [("Moscow", 140), ("Kazan", 150)],
    )

    env = {
        **stack.env,
        "MEDSTREAM_MONGO_DATABASE": stack.database("gateway"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "medstream_gateway.cli.app", "replay", "--from", "earliest"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    rebuilt = snapshot(stack)
    for name in READ_MODEL:
        assert len(rebuilt[name]) == len(live[name]), name
        for before, after in zip(live[name], rebuilt[name], strict=True):
            assert json.loads(json.dumps(after, default=str)) == json.loads(
                json.dumps(before, default=str)
            ), f"{name} {before['_id']} differs after replay"
    mine = next(doc for doc in live["sessions"] if doc["user_id"] == "alice")
    assert alice.get(f"/api/v1/sessions/{mine['_id']}").status_code == 200  # served again
