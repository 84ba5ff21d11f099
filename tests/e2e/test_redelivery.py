"""A request delivered twice is answered with the same events: the twin has the same ``id``.

At-least-once delivery means another backend may see an answer twice (docs/kafka-clients.md
tells it to drop the second by ``id`` + ``source``). That is only safe if a repeat is always
the *same* event: here a question and a report request are each put on the requests topic
twice, as a backend's retry would, and every answer on the public topics is checked.
"""

import asyncio
import uuid
from collections import defaultdict

import httpx
import pytest
from aiokafka import AIOKafkaProducer
from cloudevents.core.bindings.kafka import from_binary_event
from medstream_shared.events.envelope import encode
from medstream_shared.events.models import (
    ClinicalRecord,
    QuerySubmitted,
    ReportRequested,
    report_id_for,
)

from tests.e2e.test_event_contract import read_all
from tests.e2e.test_replay import wait_until_known
from tests.e2e.test_reports import wait_for_report
from tests.harness import KAFKA, wait_for_status
from tests.stack import Stack

pytestmark = pytest.mark.integration

SOURCE = "/backend/redelivery-test"


async def deliver_twice(topic: str, *events: QuerySubmitted | ReportRequested) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=KAFKA, acks="all")
    await producer.start()
    try:
        for event in events:
            message = encode(event, source=SOURCE, event_id=uuid.uuid4().hex)
            for _ in range(2):
                headers = [(name, _bytes(value)) for name, value in message.headers.items()]
                key = _bytes(message.key) if message.key is not None else None
                await producer.send_and_wait(topic, _bytes(message.value), key=key, headers=headers)
    finally:
        await producer.stop()


def _bytes(value: str | bytes) -> bytes:
    return value.encode() if isinstance(value, str) else value


def test_every_answer_to_a_repeated_request_repeats_its_id(
    stack: Stack, alice: httpx.Client
) -> None:
    session_id, request_id = uuid.uuid4().hex, f"twice-{uuid.uuid4().hex[:8]}"
    question = QuerySubmitted(
        session_id=session_id, user_id="alice", question="How many visits in Kazan in 2024?"
    )
    record = ClinicalRecord.model_validate(
        {"patient": {"age": 61, "sex": "M"}, "complaints": ["chest pain"]}
    )
    report = ReportRequested(**record.model_dump(), request_id=request_id, user_id="alice")
    asyncio.run(deliver_twice(f"{stack.topic_prefix}requests", question, report))

    wait_until_known(alice, session_id)  # sent straight to Kafka: projected a moment later
    assert wait_for_status(alice, session_id, {"completed", "error"})["status"] == "completed"
    wait_for_report(alice, report_id_for("alice", request_id))
    topics = [f"{stack.topic_prefix}{name}" for name in ("results", "reports", "tasks.analytics")]
    ids: dict[tuple[str, str], set[str]] = defaultdict(set)
    for _, message in asyncio.run(read_all(topics)):
        event = from_binary_event(message)
        if event.get_subject() in (session_id, request_id):
            ids[(event.get_type(), event.get_subject())].add(event.get_id())

    assert {kind for kind, _ in ids} >= {
        "medstream.query.routed",
        "medstream.query.completed",
        "medstream.report.generated",
    }
    assert all(len(found) == 1 for found in ids.values()), dict(ids)
