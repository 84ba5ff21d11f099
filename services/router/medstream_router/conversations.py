"""What the router remembers of a session between its question and the person's answers.

One document per session in the router's own database. Handling is idempotent: an event
already applied (same event id) does not append its answer twice.
"""

from datetime import UTC, datetime
from typing import Any

from pymongo import ReturnDocument
from pymongo.asynchronous.database import AsyncDatabase


class ConversationStore:
    def __init__(self, db: AsyncDatabase) -> None:
        self.conversations = db["conversations"]

    async def ensure_indexes(self) -> None:
        await self.conversations.create_index("user_id")

    async def start(
        self, session_id: str, user_id: str, question: str, event_id: str
    ) -> dict[str, Any]:
        """(Re)start the conversation for a submitted question; a redelivery changes nothing."""
        existing = await self.conversations.find_one({"_id": session_id})
        if existing is not None and existing.get("submission_event_id") == event_id:
            return existing
        doc = {
            "user_id": user_id,
            "question": question,
            "answers": [],
            "applied_event_ids": [event_id],
            "submission_event_id": event_id,
            "iteration": 0,
            "updated_at": datetime.now(UTC),
        }
        result = await self.conversations.find_one_and_update(
            {"_id": session_id},
            {"$set": doc},
            upsert=True,
            return_document=ReturnDocument.AFTER,
        )
        assert result is not None
        return result

    async def add_answer(
        self, session_id: str, answer: str, event_id: str
    ) -> dict[str, Any] | None:
        """Append the person's answer once; returns the conversation (None if unknown)."""
        await self.conversations.update_one(
            {"_id": session_id, "applied_event_ids": {"$ne": event_id}},
            {
                "$push": {"answers": answer, "applied_event_ids": event_id},
                "$set": {"updated_at": datetime.now(UTC)},
            },
        )
        return await self.conversations.find_one({"_id": session_id})

    async def remember_decision(
        self, session_id: str, event_id: str, decision: dict[str, Any], iteration: int
    ) -> None:
        """Store what was decided for ``event_id`` so a redelivery re-emits it unchanged."""
        await self.conversations.update_one(
            {"_id": session_id},
            {"$set": {"decided_by": event_id, "decision": decision, "iteration": iteration}},
        )
