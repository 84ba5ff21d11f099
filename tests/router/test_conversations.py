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
    first = await store.start(session_id, "alice", "Flu visits in Moscow in 2024", "e1")
    routed = {"state": State.ROUTED.value, "slots": {"places": [{"city": "Moscow"}]}}
    await store.remember_decision(first, "e1", {"type": "routed"}, routed)

    same_user = await store.start(session_id, "alice", "And in Kazan?", "e2")
    await store.remember_decision(same_user, "e2", {"type": "routed"}, routed)
    other_user = await store.start(session_id, "bob", "And in Kazan?", "e3")

    assert same_user.previous_slots == routed["slots"]
    assert other_user.previous_slots is None


async def test_a_question_and_its_answer_are_stored_with_their_decisions(
    store: ConversationStore,
) -> None:
    session_id = uuid.uuid4().hex
    asked = {"state": State.CLARIFYING.value, "iteration": 1, "rounds": 1}

    started = await store.start(session_id, "alice", "Moscow 2024", "e1")
    await store.remember_decision(started, "e1", {"type": "asked"}, asked)
    answered = await store.add_answer(session_id, "top 5", "e2")
    assert answered is not None
    await store.remember_decision(answered, "e2", {"type": "routed"}, {"state": "routed"})
    again = await store.add_answer(session_id, "top 5", "e2")  # a redelivery

    assert again is not None and again.unsaved is None
    assert (again.question, again.answers, again.applied_event_ids) == (
        "Moscow 2024",
        ["top 5"],
        ["e1", "e2"],
    )
    assert (again.state, again.iteration, again.decided_by) == (State.ROUTED, 1, "e2")
