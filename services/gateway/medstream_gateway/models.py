"""Request and response shapes of the REST API (the public contract in ARCHITECTURE.md)."""

from datetime import datetime
from typing import Any, Literal

from medstream_shared.constants import SessionStatus
from medstream_shared.events.models import NonEmpty, Question
from pydantic import BaseModel, ConfigDict, Field


class StrictBody(BaseModel):
    model_config = ConfigDict(extra="forbid")


class QueryRequest(StrictBody):
    question: Question
    session_id: NonEmpty | None = Field(
        default=None, pattern=r"^[A-Za-z0-9_-]{8,64}$", description="client-chosen session id"
    )


class FeedbackRequest(StrictBody):
    answer: Question


class Links(BaseModel):
    self: str
    events: str
    websocket: str


class QueryAccepted(BaseModel):
    session_id: str
    status: SessionStatus
    links: Links


class Clarification(BaseModel):
    question: str
    options: list[str]
    kind: Literal["clarification", "approval"] = "clarification"


class ChartLink(BaseModel):
    id: str
    url: str
    media_type: str


class Result(BaseModel):
    answer: str
    sql: str | None
    columns: list[str]
    rows: list[list[Any]]
    charts: list[ChartLink]


class SessionView(BaseModel):
    session_id: str
    status: SessionStatus
    question: str
    iteration: int
    clarification: Clarification | None
    result: Result | None
    error: str | None
    created_at: datetime
    updated_at: datetime
