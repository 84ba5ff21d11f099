"""The router's conversations on the real MongoDB-wire server: no context crosses users."""

import uuid
from collections.abc import AsyncIterator

import pytest
from medstream_router.conversations import ConversationStore, State
from pymongo import AsyncMongoClient

from tests.harness import MONGO

pytestmark = pytest.mark.integration


@pytest.fixture
async def store(infrastructure: None) -> AsyncIterator[ConversationStore]:
    client: AsyncMongoClient = AsyncMongoClient(MONGO, tz_aware=True)
    db = client[f"test_conversations_{uuid.uuid4().hex[:8]}"]
    yield ConversationStore(db)
    await client.drop_database(db.name)
    await client.close()


async def test_a_follow_up_reads_its_own_users_previous_question_only(
    store: ConversationStore,
) -> None:
    session_id = uuid.uuid4().hex
    await store.start(session_id, "alice", "Flu visits in Moscow in 2024", "e1")
    routed = {"state": State.ROUTED.value, "slots": {"places": [{"city": "Moscow"}]}}
    await store.remember_decision(session_id, "e1", {"type": "routed"}, routed)

    same_user = await store.start(session_id, "alice", "And in Kazan?", "e2")
    await store.remember_decision(session_id, "e2", {"type": "routed"}, routed)
    other_user = await store.start(session_id, "bob", "And in Kazan?", "e3")

    assert same_user.previous_slots == routed["slots"]
    assert other_user.previous_slots is None
