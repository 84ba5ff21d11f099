"""Request and response shapes of the REST API (the public contract in ARCHITECTURE.md)."""

from datetime import date, datetime
from typing import Any, Literal

from medstream_shared.constants import SessionStatus
from medstream_shared.events.models import (
    ClinicalRecord,
    Finding,
    LlmUsage,
    NonEmpty,
    Question,
    SurveillanceGroup,
)
from medstream_shared.language import Language
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


class V2QueryRequest(BaseModel):
    """v2's ``POST /query``. Unknown fields are ignored, as the v2 agent ignored them."""

    query: Question
    session_id: NonEmpty | None = Field(default=None, pattern=r"^[A-Za-z0-9_-]{8,64}$")


class V2FeedbackRequest(BaseModel):
    """v2's ``POST /feedback``: the answer to the session's clarifying question."""

    session_id: NonEmpty
    feedback: Question


class V2Status(BaseModel):
    """v2's status body: ``message`` is the clarifying question, the answer or the error."""

    session_id: str
    status: SessionStatus
    message: str
    needs_feedback: bool
    iteration: int
    charts: list[str] = Field(description="chart URLs, each served as image/png")


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
    url: str = Field(description="the chart as media_type (image/png)")
    media_type: str
    vega_lite_url: str | None = Field(
        default=None,
        description=(
            "the chart as a Vega-Lite v5 spec with its data inline, to draw it yourself; "
            "null for a chart that came as a picture only"
        ),
    )


class Result(BaseModel):
    answer: str
    sql: str | None
    columns: list[str]
    rows: list[list[Any]]
    charts: list[ChartLink]
    engine: str = Field(default="offline", description="offline, or llm:<model>")
    llm_usage: LlmUsage | None = Field(default=None, description="tokens, when an LLM answered")


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


class SessionPage(BaseModel):
    items: list[SessionView]
    next_cursor: str | None


class ReportRequestBody(ClinicalRecord):
    """``POST /api/v1/reports``: the report request; ``user_id`` comes from the caller."""

    request_id: NonEmpty | None = Field(default=None, pattern=r"^[A-Za-z0-9_.:-]{1,128}$")


class ReportAccepted(BaseModel):
    report_id: str
    request_id: str
    status: Literal["pending", "ready", "failed"]
    links: dict[str, str]


class ReportView(BaseModel):
    """A report as the API shows it: the report itself once ``status`` is ``ready``."""

    report_id: str
    request_id: str
    user_id: str
    status: Literal["pending", "ready", "failed"]
    reason: str | None = None
    language: Language | None = None
    created_at: datetime | None = None
    summary: str | None = None
    findings: list[Finding] = Field(default_factory=list)
    assessment: str | None = None
    recommendations: list[str] = Field(default_factory=list)
    red_flags: list[str] = Field(default_factory=list)
    disclaimer: str | None = None
    engine: str | None = None


class ReportPage(BaseModel):
    items: list[ReportView]
    next_cursor: str | None


class AlertView(BaseModel):
    """A surveillance alert: a window of visits in one city and diagnosis group above the
    level its method expected."""

    alert_id: str
    city: str
    group: SurveillanceGroup
    window_start: date = Field(description="first day of the window")
    window_end: date = Field(description="the day after the window's last day (exclusive)")
    observed: int = Field(description="visits counted in the window")
    expected: float = Field(description="visits the method expected from its baseline")
    threshold: float = Field(description="the count above which the method alarms")
    method: str = Field(description="the detection method, e.g. ears-c2")
    raised_at: datetime = Field(description="when the surveillance service raised it")
    status: Literal["open", "closed"] = Field(
        description="open while the window's last day is among the last open_days days of data"
    )
    updated_at: datetime = Field(description="the time of the event last stored for it")


class AlertList(BaseModel):
    items: list[AlertView] = Field(description="newest window first")
    as_of: date | None = Field(
        description=(
            "the exclusive end of the newest data known: the later of the newest alert's "
            "window_end and the day after the served warehouse's last_date; null before any"
        )
    )
    open_days: int = Field(description="how many days of data an alert stays open for")
    open_from: date | None = Field(description="the earliest window_end of an open alert")
