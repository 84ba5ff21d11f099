"""The replay's merge of the gateway's topics on the real broker: event-time order, streamed."""

import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest
from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient
from medstream_gateway.core.config import GatewaySettings
from medstream_gateway.readmodel.replay import TopicHistory
from medstream_shared.constants import Topic
from medstream_shared.events.envelope import encode
from medstream_shared.events.models import QueryCompleted, QuerySubmitted
from medstream_shared.kafka.admin import ensure_topics

from tests.harness import KAFKA

pytestmark = pytest.mark.integration

START = datetime(2026, 5, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
async def settings(infrastructure: None) -> AsyncIterator[GatewaySettings]:
    prefix = f"test-history-{uuid.uuid4().hex[:8]}."
    settings = GatewaySettings(
        topic_prefix=prefix, kafka_bootstrap=KAFKA, topic_partitions=3, environment="test"
    )
    await ensure_topics(settings)
    yield settings
    admin = AIOKafkaAdminClient(bootstrap_servers=KAFKA)
    await admin.start()
    try:
        await admin.delete_topics([t for t in await admin.list_topics() if t.startswith(prefix)])
    finally:
        await admin.close()


async def test_events_of_every_partition_and_topic_come_out_in_event_time_order(
    settings: GatewaySettings,
) -> None:
    # Each session submits at minute k and completes at minute k + 3: sessions spread over
    # the partitions of two topics, each partition in time order (as producers append).
    sessions = [uuid.uuid4().hex for _ in range(40)]
    events: list[tuple[Topic, QuerySubmitted | QueryCompleted, datetime]] = []
    for minute, session_id in enumerate(sessions):
        asked = START + timedelta(minutes=minute)
        events.append(
            (
                Topic.REQUESTS,
                QuerySubmitted(session_id=session_id, user_id="u", question="q"),
                asked,
            )
        )
        events.append(
            (
                Topic.RESULTS,
                QueryCompleted(session_id=session_id, user_id="u", answer="a"),
                asked + timedelta(minutes=3),
            )
        )
    producer = AIOKafkaProducer(bootstrap_servers=KAFKA, acks="all")
    await producer.start()
    try:
        # Topic by topic, so the broker's order differs from the order events happened in.
        for topic, data, at in sorted(events, key=lambda e: (e[0].value, e[2])):
            message = encode(data, source="/tests", time=at)
            await producer.send_and_wait(
                settings.topic(topic),
                key=data.session_id.encode(),
                value=message.value,
                headers=list(message.headers.items()),
            )
        await producer.send_and_wait(settings.topic(Topic.REQUESTS), b"not an event", key=b"k")
    finally:
        await producer.stop()

    # Two records per read: the merge must hold events back until every partition has
    # been read past them, or the order breaks.
    async with TopicHistory(settings, since=None, batch=2) as history:
        seen = [(e.time, e.type.value) async for e in history.in_event_time_order()]

    assert [time for time, _ in seen] == sorted(at for _, _, at in events)
    assert len(seen) == 80
    assert (history.records, history.invalid) == (81, 1)


async def test_nothing_to_replay_yields_nothing(settings: GatewaySettings) -> None:
    async with TopicHistory(settings, since=None) as history:
        seen = [e async for e in history.in_event_time_order()]
    assert seen == [] and history.records == 0
