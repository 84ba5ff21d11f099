"""LLM report text merged over the offline report, which stays the safety floor."""

import json
from datetime import UTC, datetime

from medstream_reports.llm_report import LlmReportWriter, ReportDraft, merge_report
from medstream_shared.events.models import Finding, ReportGenerated, ReportRequested

from tests.fake_openai import FakeOpenAI, Reply

REQUEST = ReportRequested.model_validate(
    {
        "request_id": "req-1",
        "user_id": "user-7",
        "language": "en",
        "patient": {"age": 67, "sex": "M", "height_cm": 178, "weight_kg": 92},
        "complaints": ["shortness of breath"],
        "history": ["hypertension"],
        "vitals": {"systolic_bp": 190, "diastolic_bp": 120, "heart_rate": 72, "spo2": 88},
        "labs": [{"name": "glucose", "value": 14.2, "unit": "mmol/L"}],
    }
)
FLAG_BP = "Hypertensive emergency suspected: BP 190/120 mmHg with shortness of breath"
FLAG_SPO2 = "Hypoxaemia: SpO2 88%"
OFFLINE = ReportGenerated(
    report_id="rep-1",
    request_id="req-1",
    user_id="user-7",
    language="en",
    created_at=datetime(2025, 3, 1, tzinfo=UTC),
    summary="67-year-old man with shortness of breath; 2 red flags.",
    findings=[
        Finding(
            name="Blood pressure",
            value="190/120",
            unit="mmHg",
            evidence="Grade 3",
            severity="critical",
            out_of_range=True,
        ),
        Finding(
            name="SpO2",
            value=88,
            unit="%",
            evidence="Below 92%",
            severity="high",
            out_of_range=True,
        ),
        Finding(
            name="Glucose",
            value=14.2,
            unit="mmol/L",
            evidence="Above 11.0",
            severity="moderate",
            out_of_range=True,
        ),
        Finding(
            name="Heart rate",
            value=72,
            unit="/min",
            evidence="Within 51-90",
            severity="info",
            out_of_range=False,
        ),
    ],
    assessment="Severe hypertension with hypoxaemia.",
    recommendations=["Call emergency services", "Recheck glucose"],
    red_flags=[FLAG_BP, FLAG_SPO2],
    disclaimer="Not a diagnosis.",
    engine="offline-rules-v1",
)
DRAFT = {
    "summary": "A 67-year-old man presents with breathlessness, severe hypertension and low SpO2.",
    "findings": [
        {
            "name": "blood pressure",
            "value": "190/120",
            "unit": "mmHg",
            "evidence": "Hypertensive crisis range",
            "severity": "high",
            "out_of_range": True,
        },
        {
            "name": "Heart rate",
            "value": 72,
            "unit": "/min",
            "evidence": "Normal",
            "severity": "info",
            "out_of_range": False,
        },
        {
            "name": "Potassium",
            "value": 6.1,
            "unit": "mmol/L",
            "evidence": "made up",
            "severity": "high",
            "out_of_range": True,
        },
        {
            "name": "Breathlessness",
            "value": None,
            "unit": None,
            "evidence": "reported at rest",
            "severity": "moderate",
            "out_of_range": False,
        },
    ],
    "assessment": "Likely hypertensive emergency with pulmonary involvement.",
    "recommendations": ["Call emergency services now", "Repeat glucose"],
    "red_flags": [FLAG_SPO2.upper() + ".", "Possible acute pulmonary oedema"],
}


def writer_for(llm: FakeOpenAI, **settings: object) -> LlmReportWriter:
    return LlmReportWriter(llm.client(**settings))


async def test_an_omitted_red_flag_and_finding_survive_the_merge(llm: FakeOpenAI) -> None:
    llm.script(DRAFT)

    report = await writer_for(llm).write(REQUEST, OFFLINE)

    assert report.engine == "llm:medstream-test-model+offline-floor"
    assert report.red_flags == [FLAG_BP, FLAG_SPO2, "Possible acute pulmonary oedema"]
    by_name = {finding.name: finding for finding in report.findings}
    assert {"Blood pressure", "SpO2", "Glucose", "Heart rate", "Breathlessness"} == set(by_name)
    assert by_name["SpO2"] == OFFLINE.findings[1]
    assert by_name["Glucose"] == OFFLINE.findings[2]
    assert by_name["Blood pressure"].severity == "critical", "the model may not lower severity"
    assert by_name["Blood pressure"].evidence == "Hypertensive crisis range"
    assert "Potassium" not in by_name, "a value the engine did not compute is dropped"
    assert report.summary == DRAFT["summary"]
    assert report.recommendations == DRAFT["recommendations"]
    assert report.disclaimer == OFFLINE.disclaimer
    assert (report.report_id, report.request_id, report.user_id, report.created_at) == (
        OFFLINE.report_id,
        OFFLINE.request_id,
        OFFLINE.user_id,
        OFFLINE.created_at,
    )


async def test_the_request_carries_the_schema_and_no_identifiers(llm: FakeOpenAI) -> None:
    llm.script(DRAFT)

    await writer_for(llm).write(REQUEST.model_copy(update={"language": "ru"}), OFFLINE)

    [request] = llm.requests
    assert request.body["model"] == "medstream-test-model"
    assert request.body["response_format"]["type"] == "json_schema"
    assert request.body["response_format"]["json_schema"]["name"] == "ReportDraft"
    assert "in Russian" in request.messages[0]["content"]
    assert "user-7" not in request.user_text and "req-1" not in request.user_text
    assert FLAG_BP in request.user_text and '"spo2": 88' in request.user_text


async def test_an_answer_off_the_report_schema_is_retried(llm: FakeOpenAI) -> None:
    bad = json.loads(json.dumps(DRAFT))
    bad["findings"][0]["severity"] = "severe"
    llm.script(bad, DRAFT)

    report = await writer_for(llm).write(REQUEST, OFFLINE)

    assert report.engine.startswith("llm:")
    assert len(llm.requests) == 2


async def test_no_usable_answer_returns_the_offline_report(llm: FakeOpenAI) -> None:
    llm.script("not json", "still not json")

    report = await writer_for(llm, retries=1).write(REQUEST, OFFLINE)

    assert report == OFFLINE


async def test_an_open_breaker_returns_the_offline_report_without_calling(
    llm: FakeOpenAI,
) -> None:
    llm.script(Reply(status=503), DRAFT)
    writer = writer_for(llm, retries=0, breaker_failures=1)

    assert await writer.write(REQUEST, OFFLINE) == OFFLINE
    assert await writer.write(REQUEST, OFFLINE) == OFFLINE
    assert len(llm.requests) == 1


def test_empty_model_text_falls_back_to_the_offline_text() -> None:
    draft = ReportDraft(summary=" ", findings=[], assessment="", recommendations=[], red_flags=[])

    report = merge_report(OFFLINE, draft, engine="llm:m+offline-floor")

    assert report.summary == OFFLINE.summary and report.assessment == OFFLINE.assessment
    assert report.recommendations == OFFLINE.recommendations
    assert report.red_flags == OFFLINE.red_flags
    assert report.findings == OFFLINE.findings
