"""An in-memory conversation store and event helpers for the router's handler tests."""

from datetime import datetime
from typing import Any

import pytest
from medstream_questions.understanding import Understanding
from medstream_router.conversations import Conversation, Unsaved, answered, started
from medstream_shared.events.models import EventData

from tests.catalog import synthetic_catalog


class MemoryConversations:
    """The subset of ``ConversationStore`` the handlers use, kept in a dict."""

    def __init__(self) -> None:
        self.docs: dict[str, dict[str, Any]] = {}

    async def start(
        self, session_id: str, user_id: str, question: str, event_id: str
    ) -> Conversation:
        existing = self.docs.get(session_id)
        if existing is not None and existing["submission_event_id"] == event_id:
            return Conversation.model_validate(existing)
        return started(session_id, existing, user_id, question, event_id)

    async def add_answer(self, session_id: str, answer: str, event_id: str) -> Conversation | None:
        doc = self.docs.get(session_id)
        if doc is None or event_id in doc["applied_event_ids"]:
            return Conversation.of(doc)
        return answered(doc, answer, event_id)

    async def remember_decision(
        self,
        conversation: Conversation,
        event_id: str,
        decision: dict[str, Any],
        state: dict[str, Any],
    ) -> None:
        session_id = conversation.session_id
        unsaved = conversation.unsaved or Unsaved()
        doc = unsaved.applied(session_id, self.docs.get(session_id))
        self.docs[session_id] = {**doc, "decided_by": event_id, "decision": decision, **state}

    async def overdue_approvals(self, now: datetime, limit: int = 100) -> list[Conversation]:
        return [
            Conversation.model_validate(doc)
            for doc in self.docs.values()
            if doc["state"] == "approving" and doc["approval_expires_at"] <= now
        ][:limit]

    async def expire(self, session_id: str, iteration: int) -> bool:
        doc = self.docs[session_id]
        if doc["state"] != "approving" or doc["iteration"] != iteration:
            return False
        doc["state"] = "expired"
        return True


class RecordingProducer:
    def __init__(self) -> None:
        self.published: list[tuple[EventData, str | None]] = []

    async def publish(self, data: EventData, *, event_id: str | None = None) -> str:
        self.published.append((data, event_id))
        return event_id or "generated"


@pytest.fixture(scope="session")
def understanding() -> Understanding:
    return Understanding(synthetic_catalog())


@pytest.fixture
def store() -> MemoryConversations:
    return MemoryConversations()
