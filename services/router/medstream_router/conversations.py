"""What the router remembers of a session between its question and the person's answers.

One document per session in the router's own database: the slots understood so far, the
open question (its options, or the plan awaiting approval and when the approval expires),
the rounds of clarification used and the ``iteration`` of the last question asked.

Handling is idempotent: an answer already applied (same event id) is not appended twice,
and each decision is stored with the id of the event that caused it, so a redelivered
event re-emits the stored decision instead of deciding again.

An event costs one read and one write by ``_id``: what the event changes (a question's
new conversation, an answer) is held on the conversation it reads (``unsaved``) and written
together with the decision (``remember_decision``). Until then nothing is stored, so a
handler that fails before deciding leaves the conversation as it was, and its retry reads
it again. The router's consumer is a conversation's one writer, one event at a time
(co-partitioned), so checking in code between the read and the write is safe; only
``expire`` writes besides, and only an approval that ran out of time.
"""

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr
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
    _unsaved: "Unsaved | None" = PrivateAttr(default=None)

    @classmethod
    def of(cls, doc: dict[str, Any] | None) -> "Conversation | None":
        return None if doc is None else cls.model_validate(doc)

    @property
    def unsaved(self) -> "Unsaved | None":
        """What the event being handled changed here that is not stored yet (None: nothing)."""
        return self._unsaved


@dataclass(frozen=True)
class Unsaved:
    """A change read into a conversation and written with its decision, in one write.

    ``fields``: every field of a conversation a submitted question (re)starts; ``answer``:
    the person's answer and the id of the event that carried it, to append.
    """

    fields: dict[str, Any] | None = None
    answer: tuple[str, str] | None = None

    def update(self) -> dict[str, Any]:
        """This change as MongoDB update operators (merged with the decision's ``$set``)."""
        update: dict[str, Any] = {"$set": dict(self.fields or {})}
        if self.answer is not None:
            text, event_id = self.answer
            update["$push"] = {"answers": text, "applied_event_ids": event_id}
        return update

    def applied(self, session_id: str, doc: dict[str, Any] | None) -> dict[str, Any]:
        """The stored ``doc`` after this change, for stores that keep whole documents."""
        changed = {"_id": session_id, **(doc or {}), **(self.fields or {})}
        if self.answer is not None:
            text, event_id = self.answer
            changed["answers"] = [*changed.get("answers", []), text]
            changed["applied_event_ids"] = [*changed.get("applied_event_ids", []), event_id]
        return changed


def started(
    session_id: str,
    existing: dict[str, Any] | None,
    user_id: str,
    question: str,
    event_id: str,
) -> Conversation:
    """The conversation a submitted question starts, not stored yet (see ``Unsaved``)."""
    fields = new_conversation(existing, user_id, question, event_id)
    conversation = Conversation.model_validate({"_id": session_id, **fields})
    conversation._unsaved = Unsaved(fields=fields)
    return conversation


def answered(doc: dict[str, Any], answer: str, event_id: str) -> Conversation:
    """The conversation with the person's answer appended, not stored yet."""
    conversation = Conversation.model_validate(
        {
            **doc,
            "answers": [*doc.get("answers", []), answer],
            "applied_event_ids": [*doc.get("applied_event_ids", []), event_id],
        }
    )
    conversation._unsaved = Unsaved(answer=(answer, event_id))
    return conversation


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
        """The conversation a submitted question (re)starts; a redelivery gets the stored one.

        Only read here: the new conversation is written with its decision.
        """
        existing = await self.conversations.find_one({"_id": session_id})
        if existing is not None and existing.get("submission_event_id") == event_id:
            return Conversation.model_validate(existing)
        return started(session_id, existing, user_id, question, event_id)

    async def add_answer(self, session_id: str, answer: str, event_id: str) -> Conversation | None:
        """The conversation with the person's answer once (None if unknown); only read here:
        the answer is written with the decision it leads to. An answer that leads to none (a
        closed question) changes nothing."""
        conversation = await self.conversations.find_one({"_id": session_id})
        if conversation is None or event_id in conversation.get("applied_event_ids", []):
            return Conversation.of(conversation)
        return answered(conversation, answer, event_id)

    async def remember_decision(
        self,
        conversation: Conversation,
        event_id: str,
        decision: dict[str, Any],
        state: dict[str, Any],
    ) -> None:
        """Store what was decided for ``event_id``, the state it leaves and what the event
        changed (``conversation.unsaved``), in one write."""
        unsaved = conversation.unsaved or Unsaved()
        update = unsaved.update()
        update["$set"].update(
            {"decided_by": event_id, "decision": decision, **state, "updated_at": datetime.now(UTC)}
        )
        await self.conversations.update_one(
            {"_id": conversation.session_id}, update, upsert=unsaved.fields is not None
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
