"""The session as the read model stores it: a typed document at the store's boundary.

MongoDB hands back dicts; the store turns each into a :class:`SessionDocument` before
anyone else sees it, so the projector's guards, the views and the metrics read typed
fields (``session.status``), not string keys.
"""

from datetime import datetime
from typing import Any

from medstream_shared.constants import SessionStatus
from pydantic import BaseModel, ConfigDict, Field


class SessionDocument(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True)

    session_id: str = Field(alias="_id")
    user_id: str
    status: SessionStatus
    question: str
    iteration: int = 0
    clarification: dict[str, Any] | None = None
    result: dict[str, Any] | None = None
    error: str | None = None
    created_at: datetime
    updated_at: datetime
    messages: list[dict[str, Any]] = Field(default_factory=list)

    @classmethod
    def of(cls, doc: dict[str, Any] | None) -> "SessionDocument | None":
        return None if doc is None else cls.model_validate(doc)

    def question_started(self) -> datetime:
        """When the current question was asked: a follow-up's arrival, else the creation."""
        asked = [m.get("at") for m in self.messages if m.get("kind") == "question"]
        last = asked[-1] if len(asked) > 1 else None
        return last if isinstance(last, datetime) else self.created_at
