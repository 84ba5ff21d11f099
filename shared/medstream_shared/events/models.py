"""The ``data`` of every event type, as pydantic models.

These models are the contract other backends code against: the JSON Schemas in
``schemas/events`` are generated from them. Unknown fields are refused on input so that
a producer's typo is an error, not silently dropped data.
"""

import json
import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from medstream_shared.constants import Role
from medstream_shared.events.catalog import Catalog
from medstream_shared.events.plan import QueryPlan
from medstream_shared.language import Language

NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=500)]
Question = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]


class EventData(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SessionEvent(EventData):
    """Events about one analytics session; the Kafka key and ``ce_subject`` are its id."""

    session_id: NonEmpty
    user_id: NonEmpty
    iteration: int = Field(default=0, ge=0, description="rounds of clarification so far")

    @property
    def subject(self) -> str:
        return self.session_id


class Entitled(SessionEvent):
    """An event carrying what the asking principal may see; the gateway sets ``roles`` from
    the caller's key or token, so whoever may publish to the requests topic is trusted."""

    roles: list[Role] = Field(
        default_factory=list,
        max_length=10,
        description="the caller's roles; none: aggregates only, small counts suppressed",
    )


class QuerySubmitted(Entitled):
    question: Question
    language: Language | None = None


class FeedbackSubmitted(Entitled):
    answer: Question


class ClarificationRequested(SessionEvent):
    question: Question = Field(description="the question put back to the person")
    options: list[ShortText] = Field(default_factory=list, max_length=20)
    kind: Literal["clarification", "approval"] = "clarification"
    original_question: Question


class QueryRouted(Entitled):
    question: Question = Field(description="the question as understood after clarifications")
    language: Language = "en"
    intent: str = Field(default="unknown", max_length=100)
    plan: QueryPlan | dict[str, Any] | None = Field(
        default=None,
        union_mode="left_to_right",
        description=(
            "what to compute; analytics checks its values against the vocabulary. An object "
            "that is not a QueryPlan is accepted only so that events written before the plan "
            "was typed still replay; analytics fails such a session with a reason"
        ),
    )
    assumptions: list[ShortText] = Field(default_factory=list)


VEGA_LITE_MEDIA_TYPE = "application/vnd.vegalite.v5+json"
MAX_VEGA_LITE_BYTES = 64 * 1024


class ChartData(BaseModel):
    """A chart of a result: a Vega-Lite spec with its data inline, or a PNG.

    Analytics sends the spec, which costs microseconds to build; the gateway draws the PNG
    when the chart is first fetched, so an answer never waits for a picture. ``png_base64``
    is what analytics sent before specs: such events still replay and their PNG is served
    as it is. Every chart has at least one of the two.
    """

    model_config = ConfigDict(
        json_schema_extra={"anyOf": [{"required": ["vega_lite"]}, {"required": ["png_base64"]}]}
    )

    id: NonEmpty
    media_type: Literal["image/png"] = Field(
        default="image/png", description="what GET /api/v1/charts/{id} serves by default"
    )
    title: ShortText = ""
    vega_lite: dict[str, Any] | None = Field(
        default=None,
        description=(
            "the chart as a Vega-Lite v5 spec (https://vega.github.io/schema/vega-lite/v5.json) "
            "with its data inline and no external URLs, at most 64 KiB as JSON"
        ),
    )
    png_base64: str | None = Field(
        default=None, description="a PNG drawn by the producer (analytics before Vega-Lite specs)"
    )

    @model_validator(mode="after")
    def _spec_or_picture(self) -> "ChartData":
        if self.vega_lite is None and self.png_base64 is None:
            raise ValueError("a chart needs vega_lite or png_base64")
        if self.vega_lite is not None:
            size = len(json.dumps(self.vega_lite, ensure_ascii=False).encode())
            if size > MAX_VEGA_LITE_BYTES:
                raise ValueError(f"the Vega-Lite spec is {size} bytes, over {MAX_VEGA_LITE_BYTES}")
        return self


class LlmUsage(BaseModel):
    """Tokens an answer cost, recorded on the session when an LLM took part."""

    model: str
    prompt_tokens: int = Field(ge=0)
    completion_tokens: int = Field(ge=0)


class QueryCompleted(SessionEvent):
    answer: str = Field(max_length=10_000)
    engine: str = Field(
        default="offline", max_length=200, description="offline, or llm:<model> when it wrote SQL"
    )
    llm_usage: LlmUsage | None = None
    sql: str | None = Field(default=None, max_length=20_000)
    columns: list[str] = Field(default_factory=list)
    rows: list[list[Any]] = Field(default_factory=list)
    charts: list[ChartData] = Field(default_factory=list)


class QueryFailed(SessionEvent):
    reason: str = Field(min_length=1, max_length=2000)


class Patient(EventData):
    age: int = Field(ge=0, le=130)
    sex: Literal["M", "F"]
    height_cm: float | None = Field(default=None, gt=30, le=260)
    weight_kg: float | None = Field(default=None, gt=0.5, le=400)


class Vitals(EventData):
    systolic_bp: int | None = Field(default=None, ge=40, le=300)
    diastolic_bp: int | None = Field(default=None, ge=20, le=200)
    heart_rate: int | None = Field(default=None, ge=20, le=300)
    temperature_c: float | None = Field(default=None, ge=25, le=45)
    respiratory_rate: int | None = Field(default=None, ge=4, le=80)
    spo2: int | None = Field(default=None, ge=40, le=100)


class LabResult(EventData):
    name: NonEmpty
    value: float
    unit: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=30)]


ListItem = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]


class ClinicalRecord(EventData):
    """What a report is written from: the patient and the findings (REST body and event)."""

    language: Language = "en"
    patient: Patient
    complaints: list[ListItem] = Field(default_factory=list, max_length=50)
    history: list[ListItem] = Field(default_factory=list, max_length=50)
    medications: list[ListItem] = Field(default_factory=list, max_length=50)
    allergies: list[ListItem] = Field(default_factory=list, max_length=50)
    vitals: Vitals = Field(default_factory=Vitals)
    labs: list[LabResult] = Field(default_factory=list, max_length=100)


class ReportRequested(ClinicalRecord):
    """A request for a structured medical report (Kafka event data)."""

    request_id: NonEmpty
    user_id: NonEmpty

    @property
    def subject(self) -> str:
        return self.request_id


REPORT_ID_NAMESPACE = uuid.UUID("0b7f5f7e-8d7c-4f43-9d8e-3c1f1a2b9e55")


def report_id_for(user_id: str, request_id: str) -> str:
    """The report id of a request, known to the requester before the report exists."""
    return uuid.uuid5(REPORT_ID_NAMESPACE, f"{user_id}/{request_id}").hex


Severity = Literal["info", "low", "moderate", "high", "critical"]


class Finding(BaseModel):
    name: str
    value: float | str | None = None
    unit: str | None = None
    evidence: str
    severity: Severity
    out_of_range: bool


class ReportGenerated(EventData):
    report_id: NonEmpty
    request_id: NonEmpty
    user_id: NonEmpty
    language: Language
    created_at: datetime
    summary: str
    findings: list[Finding]
    assessment: str
    recommendations: list[str]
    red_flags: list[str]
    disclaimer: str
    engine: str

    @property
    def subject(self) -> str:
        return self.request_id


class ReportFailed(EventData):
    request_id: NonEmpty
    user_id: str = Field(default="", max_length=200)
    reason: str = Field(min_length=1, max_length=2000)

    @property
    def subject(self) -> str:
        return self.request_id


class CatalogChanged(EventData):
    """What the served warehouse holds; analytics publishes it on start-up and after a swap.

    Keyed ``warehouse`` on a compacted topic, so a service that starts reads the newest one.
    """

    catalog: Catalog

    @property
    def subject(self) -> str:
        return "warehouse"


VisitType = Literal["outpatient", "inpatient", "emergency"]


class VisitPatient(EventData):
    """What the warehouse keeps of the patient a visit belongs to."""

    sex: Literal["M", "F"]
    birth_date: date


class VisitRecorded(EventData):
    """One visit, as a hospital system records it (``medstream.visits``, key = visit id).

    The warehouse's ``visits`` row plus the patient's sex and birth date; ``age_at_visit``
    is computed from them, so it cannot disagree. A visit sent again with the same id is
    the same visit: it is counted once.
    """

    visit_id: int = Field(ge=1, le=2**63 - 1)
    patient_id: int = Field(ge=1, le=2**63 - 1)
    visit_date: date
    city: NonEmpty
    district: NonEmpty
    icd10_code: Annotated[
        str, StringConstraints(strip_whitespace=True, pattern=r"^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$")
    ]
    department: NonEmpty
    visit_type: VisitType
    cost_rub: Decimal = Field(ge=0, lt=Decimal("1e10"), decimal_places=2)
    patient: VisitPatient

    @model_validator(mode="after")
    def _born_before_visit(self) -> "VisitRecorded":
        if self.patient.birth_date > self.visit_date:
            raise ValueError("the patient's birth_date is after the visit_date")
        return self

    @property
    def subject(self) -> str:
        return str(self.visit_id)


SURVEILLANCE_GROUPS = ("influenza_ari", "pneumonia", "covid", "gastroenteritis")
SurveillanceGroup = Literal["influenza_ari", "pneumonia", "covid", "gastroenteritis"]
ALERT_ID_NAMESPACE = uuid.UUID("5d1e7c3a-9f2b-4c8e-a6d4-2b7f0e9c1a38")


def alert_id_for(city: str, group: str, window_start: date, window_end: date, method: str) -> str:
    """An alert's id, the same whichever replica or restart raises it (so it is stored once)."""
    key = f"{city}/{group}/{window_start.isoformat()}/{window_end.isoformat()}/{method}"
    return uuid.uuid5(ALERT_ID_NAMESPACE, key).hex


class SurveillanceAlert(EventData):
    """A window of visits in one city and diagnosis group above its expected level
    (``medstream.alerts``, key = alert id). ``window_end`` is exclusive."""

    alert_id: NonEmpty
    city: NonEmpty
    group: SurveillanceGroup
    window_start: date
    window_end: date
    observed: int = Field(ge=0)
    expected: float = Field(ge=0)
    threshold: float = Field(ge=0)
    method: NonEmpty = Field(description="e.g. ears-c2, or seasonal-mean-k-sd")
    raised_at: datetime

    @model_validator(mode="after")
    def _window_forward(self) -> "SurveillanceAlert":
        if self.window_end <= self.window_start:
            raise ValueError("window_end must be after window_start")
        return self

    @property
    def subject(self) -> str:
        return self.alert_id
