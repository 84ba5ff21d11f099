"""What the router remembers of a session between its question and the person's answers.

One document per session in the router's own database: the slots understood so far, the
open question (its options, or the plan awaiting approval and when the approval expires),
the rounds of clarification used and the ``iteration`` of the last question asked.

Handling is idempotent: an answer already applied (same event id) is not appended twice,
and each decision is stored with the id of the event that caused it, so a redelivered
event re-emits the stored decision instead of deciding again.
"""

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from pymongo import ReturnDocument
from pymongo.asynchronous.database import AsyncDatabase


class State(StrEnum):
    CLARIFYING = "clarifying"
    APPROVING = "approving"
    ROUTED = "routed"
    ANSWERED = "answered"
    REJECTED = "rejected"
    EXPIRED = "expired"


def as_utc(moment: datetime) -> datetime:
    """MongoDB returns naive datetimes (in UTC); make them comparable with aware ones."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


class Conversation(BaseModel):
    """One session's conversation as the store hands it over: typed, never a loose dict."""

    model_config = ConfigDict(extra="ignore", populate_by_name=True)

    session_id: str = Field(alias="_id")
    user_id: str
    question: str
    previous_slots: dict[str, Any] | None = Field(
        default=None, description="the slots of the session's last routed question"
    )
    answers: list[str] = Field(default_factory=list)
    applied_event_ids: list[str] = Field(default_factory=list)
    submission_event_id: str = ""
    iteration: int = 0
    rounds: int = 0
    state: State | None = None
    slots: dict[str, Any] | None = None
    pending: dict[str, Any] | None = None
    approval_expires_at: datetime | None = None
    decided_by: str | None = None
    decision: dict[str, Any] | None = None

    @classmethod
    def of(cls, doc: dict[str, Any] | None) -> "Conversation | None":
        return None if doc is None else cls.model_validate(doc)


def new_conversation(
    existing: dict[str, Any] | None, user_id: str, question: str, event_id: str
) -> dict[str, Any]:
    """The document of a conversation started by a submitted question; only the slots of
    the same user's previous, routed question carry over (for follow-ups)."""
    # Another user's conversation under this id lends nothing: no context crosses users.
    mine = existing if existing is not None and existing.get("user_id") == user_id else None
    routed = mine is not None and mine.get("state") == State.ROUTED
    return {
        "user_id": user_id,
        "question": question,
        "previous_slots": mine.get("slots") if routed and mine is not None else None,
        "answers": [],
        "applied_event_ids": [event_id],
        "submission_event_id": event_id,
        "iteration": 0,
        "rounds": 0,
        "state": None,
        "slots": None,
        "pending": None,
        "approval_expires_at": None,
        "decided_by": None,
        "decision": None,
    }


class ConversationStore:
    def __init__(self, db: AsyncDatabase) -> None:
        self.conversations = db["conversations"]

    async def ensure_indexes(self) -> None:
        await self.conversations.create_index("user_id")
        await self.conversations.create_index([("state", 1), ("approval_expires_at", 1)])

    async def start(
        self, session_id: str, user_id: str, question: str, event_id: str
    ) -> Conversation:
        """(Re)start the conversation for a submitted question; a redelivery changes nothing."""
        existing = await self.conversations.find_one({"_id": session_id})
        if existing is not None and existing.get("submission_event_id") == event_id:
            return Conversation.model_validate(existing)
        doc = {**new_conversation(existing, user_id, question, event_id)}
        doc["updated_at"] = datetime.now(UTC)
        result = await self.conversations.find_one_and_update(
            {"_id": session_id},
            {"$set": doc},
            upsert=True,
            return_document=ReturnDocument.AFTER,
        )
        assert result is not None
        return Conversation.model_validate(result)

    async def add_answer(self, session_id: str, answer: str, event_id: str) -> Conversation | None:
        """Append the person's answer once; returns the conversation (None if unknown).

        Read and written by ``_id`` alone, the filter every MongoDB-wire server serves from
        an index; the router's consumer is the conversation's one writer, one event at a
        time, so checking the event id in code is safe.
        """
        conversation = await self.conversations.find_one({"_id": session_id})
        if conversation is None or event_id in conversation.get("applied_event_ids", []):
            return Conversation.of(conversation)
        now = datetime.now(UTC)
        await self.conversations.update_one(
            {"_id": session_id},
            {
                "$push": {"answers": answer, "applied_event_ids": event_id},
                "$set": {"updated_at": now},
            },
        )
        conversation["answers"] = [*conversation.get("answers", []), answer]
        conversation["applied_event_ids"] = [*conversation.get("applied_event_ids", []), event_id]
        conversation["updated_at"] = now
        return Conversation.model_validate(conversation)

    async def remember_decision(
        self, session_id: str, event_id: str, decision: dict[str, Any], state: dict[str, Any]
    ) -> None:
        """Store what was decided for ``event_id`` and the state it leaves, in one write."""
        await self.conversations.update_one(
            {"_id": session_id},
            {
                "$set": {
                    "decided_by": event_id,
                    "decision": decision,
                    **state,
                    "updated_at": datetime.now(UTC),
                }
            },
        )

    async def overdue_approvals(self, now: datetime, limit: int = 100) -> list[Conversation]:
        cursor = self.conversations.find(
            {"state": State.APPROVING.value, "approval_expires_at": {"$lte": now}}
        ).limit(limit)
        return [Conversation.model_validate(doc) async for doc in cursor]

    async def expire(self, session_id: str, iteration: int) -> bool:
        """Close an approval that ran out of time, unless an answer got there first."""
        result = await self.conversations.update_one(
            {"_id": session_id, "state": State.APPROVING.value, "iteration": iteration},
            {"$set": {"state": State.EXPIRED.value, "updated_at": datetime.now(UTC)}},
        )
        return result.modified_count == 1
