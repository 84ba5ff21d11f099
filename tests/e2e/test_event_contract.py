"""Every message on the public topics is a CloudEvent valid against its JSON Schema."""

import asyncio
import json
from pathlib import Path

import httpx
import jsonschema
import pytest
from aiokafka import AIOKafkaConsumer
from cloudevents.core.bindings.kafka import KafkaMessage, from_binary_event
from medstream_shared.constants import Topic

from tests.harness import KAFKA, wait_for_status
from tests.stack import Stack

pytestmark = pytest.mark.integration

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas" / "events"


async def read_all(topics: list[str]) -> list[tuple[str, KafkaMessage]]:
    consumer = AIOKafkaConsumer(
        *topics, bootstrap_servers=KAFKA, auto_offset_reset="earliest", enable_auto_commit=False
    )
    await consumer.start()
    messages = []
    try:
        while True:
            batch = await consumer.getmany(timeout_ms=1500)
            if not batch:
                break
            for records in batch.values():
                messages.extend(
                    (r.topic, KafkaMessage(dict(r.headers), r.key, r.value)) for r in records
                )
    finally:
        await consumer.stop()
    return messages


def test_every_public_message_is_a_valid_cloudevent(stack: Stack, alice: httpx.Client) -> None:
    accepted = alice.post("/api/v1/queries", json={"question": "Moscow 2024"}).json()
    wait_for_status(alice, accepted["session_id"], {"waiting_feedback"})
    alice.post(f"/api/v1/sessions/{accepted['session_id']}/feedback", json={"answer": "how many"})
    wait_for_status(alice, accepted["session_id"], {"completed"})
    topics = [f"{stack.topic_prefix}{topic.value}" for topic in Topic]

    # Other tests play outside backends, some of them deliberately broken: the contract is
    # what the suite's own services publish.
    messages = asyncio.run(read_all(topics))

    seen_types = set()
    ours = [
        (t, m) for t, m in messages if m.headers.get("ce_source", b"").startswith(b"/medstream/")
    ]
    assert ours
    for topic, message in ours:
        event = from_binary_event(message)
        assert event.get_specversion() == "1.0"
        assert event.get_source().startswith("/medstream/")
        assert message.key is not None and message.key.decode() == event.get_subject()
        schema_name = event.get_dataschema().rsplit("/", 1)[-1]
        schema = json.loads((SCHEMAS / schema_name).read_text())
        jsonschema.validate(event.get_data(), schema)
        seen_types.add((topic.removeprefix(stack.topic_prefix), event.get_type()))
    assert {
        ("requests", "medstream.query.submitted"),
        ("requests", "medstream.feedback.submitted"),
        ("clarifications", "medstream.clarification.requested"),
        ("tasks.analytics", "medstream.query.routed"),
        ("results", "medstream.query.completed"),
    } <= seen_types
