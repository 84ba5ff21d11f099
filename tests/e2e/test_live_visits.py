"""Live visits over Kafka: appended to the warehouse, counted once, askable within seconds,
bad ones dead-lettered with the reason, and the same answer from either analytics replica.

The module runs its own stack (its own topics and a copy of the warehouse): the visits it
publishes move the data's newest date, which the session's shared stack must not see.
"""

import asyncio
import json
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import httpx
import pytest
from aiokafka import AIOKafkaProducer
from medstream_shared.config import MedstreamSettings
from medstream_shared.events.envelope import encode
from medstream_shared.events.models import VisitPatient, VisitRecorded
from medstream_shared.kafka.dead_letters import DeadLetter, DeadLetters

from tests.harness import USERS, analytics_replica, client_for, running, wait_for_status
from tests.stack import Stack, build_stack
from tests.visits import visit as a_visit

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
SERVICES = ("gateway", "router", "analytics")
VISIBLE_WITHIN = 5.0
"""Seconds from a visit's publication to an answer that counts it (issue 20)."""


@pytest.fixture(scope="module")
def live_stack(
    infrastructure: None, warehouse: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Stack]:
    directory = tmp_path_factory.mktemp("live-visits")
    base = directory / "warehouse.duckdb"
    shutil.copy(warehouse, base)
    (directory / "logs").mkdir()
    keys = ",".join(f"{user}:{key}" for user, key in USERS.items())
    stack = build_stack(
        directory / "logs",
        warehouse=base,
        api_keys=keys,
        extra_env={"MEDSTREAM_REPLICA_ID": "one"},
    )
    with running(stack, SERVICES):
        yield stack


@pytest.fixture
def client(live_stack: Stack) -> Iterator[httpx.Client]:
    with client_for(live_stack, "alice") as opened:
        yield opened


def publish_example(stack: Stack, **options: Any) -> None:
    """Run ``examples/publish_visits.py`` (plain confluent-kafka) with ``--option value``."""
    args = [f"--{k.replace('_', '-')}={v}" for k, v in options.items()]
    done = subprocess.run(
        [
            sys.executable,
            str(REPO / "examples/publish_visits.py"),
            f"--bootstrap={stack.kafka_bootstrap}",
            f"--prefix={stack.topic_prefix}",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr


def ask(client: httpx.Client, question: str) -> dict[str, Any]:
    response = client.post("/api/v1/queries", json={"question": question})
    assert response.status_code == 202, response.text
    return wait_for_status(
        client, response.json()["session_id"], {"completed", "waiting_feedback", "error"}
    )


def count(client: httpx.Client, question: str) -> int | None:
    """The number the answer gives, or None when the suite asked back instead."""
    session = ask(client, question)
    if session["status"] != "completed":
        return None
    rows = session["result"]["rows"]
    return int(rows[0][0]) if rows else 0


def wait_for_count(client: httpx.Client, question: str, wanted: int, timeout: float) -> float:
    """Ask until the answer is ``wanted``; returns the seconds it took."""
    started = time.monotonic()
    seen = None
    while time.monotonic() - started < timeout:
        seen = count(client, question)
        if seen == wanted:
            return time.monotonic() - started
        time.sleep(0.1)
    raise AssertionError(f"{question!r} answered {seen}, not {wanted}, within {timeout}s")


def test_a_burst_published_twice_is_counted_once_and_askable(
    live_stack: Stack, client: httpx.Client
) -> None:
    question = "How many visits were there on 3 January 2026?"
    assert count(client, question) is None, "no data for that day yet: the suite asks back"

    publish_example(live_stack, count=300, date="2026-01-03", first_id=7_000_000_000_000)
    delay = wait_for_count(client, question, 300, timeout=30)
    publish_example(live_stack, count=300, date="2026-01-03", first_id=7_000_000_000_000)
    wait_for_metric(live_stack, "medstream_visits_duplicates_total 300.0")  # all read again

    assert delay < VISIBLE_WITHIN
    assert count(client, question) == 300
    assert count(client, "Сколько визитов было за 3 января 2026 года?") == 300


def wait_for_metric(stack: Stack, line: str, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if line in httpx.get(f"{stack.services['analytics'].url}/metrics").text.splitlines():
            return
        time.sleep(0.2)
    raise AssertionError(f"analytics never reported {line!r}")


def send(stack: Stack, messages: list[tuple[bytes, bytes, list[tuple[str, bytes]]]]) -> None:
    async def go() -> None:
        producer = AIOKafkaProducer(bootstrap_servers=stack.kafka_bootstrap, acks="all")
        await producer.start()
        try:
            for key, value, headers in messages:
                await producer.send_and_wait(
                    f"{stack.topic_prefix}visits", key=key, value=value, headers=headers
                )
        finally:
            await producer.stop()

    asyncio.run(go())


def as_message(visit: VisitRecorded) -> tuple[bytes, bytes, list[tuple[str, bytes]]]:
    message = encode(visit, source="/hospital/e2e")
    return str(visit.visit_id).encode(), message.value, list(message.headers.items())


def dead_letters(stack: Stack, keys: set[bytes]) -> dict[bytes, DeadLetter]:
    settings = MedstreamSettings(
        kafka_bootstrap=stack.kafka_bootstrap, topic_prefix=stack.topic_prefix
    )
    reader = DeadLetters(settings)
    deadline = time.monotonic() + 30
    found: dict[bytes, DeadLetter] = {}
    while time.monotonic() < deadline:
        letters = asyncio.run(reader.read(f"{stack.topic_prefix}visits.dlq"))
        found = {d.key: d for d in letters if d.key in keys}
        if set(found) == keys:
            return found
        time.sleep(0.5)
    raise AssertionError(f"dead letters for {keys - set(found)} did not arrive")


def unknown_code(stack: Stack) -> str:
    with duckdb.connect(stack.env["MEDSTREAM_WAREHOUSE_PATH"], read_only=True) as connection:
        known = {
            row[0] for row in connection.execute("SELECT icd10_code FROM diagnoses").fetchall()
        }
    return next(code for code in ("Q99.8", "Z99.9", "U99.9", "Y99.9") if code not in known)


def test_bad_visits_go_to_the_dead_letter_topic_with_the_reason(live_stack: Stack) -> None:
    code = unknown_code(live_stack)
    bad_code = a_visit(
        7_100_000_000_001,
        patient_id=7_100_000_000_001,
        icd10_code=code,
        patient=VisitPatient(sex="F", birth_date=date(1980, 1, 1)),
    )
    key, value, headers = as_message(bad_code)
    send(
        live_stack,
        [
            (key, value, headers),
            (b"7100000000002", b"{not json", [*headers[:-1], ("ce_id", b"broken-1")]),
        ],
    )

    letters = dead_letters(live_stack, {key, b"7100000000002"})

    assert code in letters[key].error and "diagnoses" in letters[key].error
    assert letters[key].service == "analytics"
    assert dict(letters[key].original_headers)["ce_source"] == b"/hospital/e2e"
    broken = letters[b"7100000000002"].error
    assert "not a JSON object" in broken or "not a CloudEvent" in broken, broken


def test_a_new_city_becomes_askable(live_stack: Stack, client: httpx.Client) -> None:
    assert count(client, "How many visits in Tver on 4 January 2026?") is None

    publish_example(
        live_stack,
        count=20,
        date="2026-01-04",
        city="Tver",
        district="Zavolzhsky",
        first_id=7_200_000_000_000,
        first_patient_id=7_200_000_000_000,
    )

    wait_for_count(client, "How many visits in Tver on 4 January 2026?", 20, timeout=30)
    assert count(client, "Сколько визитов в Твери 4 января 2026 года?") == 20
    catalog = client.get("/api/v1/catalog").json()
    assert "Tver" in {city["value"] for city in catalog["cities"]}


@pytest.fixture(scope="module")
def second_analytics(live_stack: Stack) -> Iterator[str]:
    """Started after some visits were published: it must catch up from the topic."""
    publish_example(live_stack, count=40, date="2026-01-05", first_id=7_300_000_000_000)
    yield from analytics_replica(live_stack, {"MEDSTREAM_REPLICA_ID": "two"})


def answered_by(stack: Stack, name: str, session_ids: set[str]) -> set[str]:
    log = stack.services[name].log_path.read_text(errors="replace")
    return {s for s in session_ids if s in log and "query answered" in log}


def test_two_replicas_give_the_same_answer_for_a_visit_just_published(
    live_stack: Stack, client: httpx.Client, second_analytics: str
) -> None:
    publish_example(live_stack, count=10, date="2026-01-06", first_id=7_400_000_000_000)
    wait_for_count(client, "How many visits were there on 6 January 2026?", 10, timeout=30)
    # the newest day of data is "today" once the router has the catalog that reaches it
    wait_for_count(client, "How many visits were there yesterday?", 40, timeout=30)

    answers: dict[str, int | None] = {}
    for _ in range(6):
        for question, wanted in (
            ("How many visits were there on 6 January 2026?", 10),
            ("How many visits were there on 5 January 2026?", 40),
            ("Сколько визитов было вчера?", 40),
        ):
            session = ask(client, question)
            assert session["status"] == "completed", session
            answers[session["session_id"]] = int(session["result"]["rows"][0][0])
            assert answers[session["session_id"]] == wanted, (question, session)

    caught_up = [
        json.loads(line)
        for line in live_stack.services[second_analytics].log_path.read_text().splitlines()
        if '"visits caught up"' in line
    ]
    assert caught_up and caught_up[0]["visits"] >= 40, "it read the topic before it was ready"
    sessions = set(answers)
    first = answered_by(live_stack, "analytics", sessions)
    second = answered_by(live_stack, second_analytics, sessions)
    assert first and second, "both replicas answered some of the questions"
