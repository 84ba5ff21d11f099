"""The ``medstream`` CLI against a fake gateway (httpx.MockTransport): live status, the
clarification prompt, results, charts, reports, and clear messages with exit codes."""

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from medstream_gateway.cli import options
from medstream_gateway.cli.app import app
from medstream_gateway.cli.client import (
    MedstreamClient,
    ServerSentEvent,
    parse_event_stream,
    problem_message,
)
from typer.testing import CliRunner

URL = "http://gateway.test"
KEY = "alice-key-0001"
SID = "s-0001"
PNG = b"\x89PNG\r\n\x1a\nfake"

Handler = Callable[[httpx.Request], httpx.Response]


def session(status: str, *, minute: int, iteration: int = 0, **fields: Any) -> dict[str, Any]:
    return {
        "session_id": SID,
        "status": status,
        "question": "Saint Petersburg 2025",
        "iteration": iteration,
        "clarification": None,
        "result": None,
        "error": None,
        "created_at": "2025-03-01T10:00:00Z",
        "updated_at": f"2025-03-01T10:{minute:02d}:00Z",
        **fields,
    }


CLARIFYING = session(
    "waiting_feedback",
    minute=1,
    iteration=1,
    clarification={
        "question": "What would you like to know?",
        "options": ["Top 10 diagnoses", "Number of visits"],
        "kind": "clarification",
    },
)
RESULT = {
    "answer": "J06 [common cold] leads with 357 visits.",
    "sql": "SELECT icd10_code, count(*) AS visits FROM visits GROUP BY 1",
    "columns": ["icd10_code", "visits"],
    "rows": [["J06", 357], ["I10", 133]],
    "charts": [],
}
COMPLETED = session("completed", minute=3, iteration=1, result=RESULT)


def problem(status: int, detail: str, **extra: Any) -> httpx.Response:
    body = {"type": "about:blank", "title": "x", "status": status, "detail": detail, **extra}
    return httpx.Response(status, json=body, headers={"content-type": "application/problem+json"})


def event_stream(*states: dict[str, Any]) -> httpx.Response:
    chunks = [": keep-alive\n\n"]
    for number, state in enumerate(states):
        chunks.append(f"event: session\nid: 1-{number}\ndata: {json.dumps(state)}\n\n")
    return httpx.Response(
        200, text="".join(chunks), headers={"content-type": "text/event-stream; charset=utf-8"}
    )


class FakeGateway:
    """Routes by method and path; records what the CLI sent."""

    def __init__(self, routes: dict[str, Handler | httpx.Response]) -> None:
        self.routes = routes
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        route = self.routes.get(f"{request.method} {request.url.path}")
        if route is None:
            return problem(404, "not found")
        return route(request) if callable(route) else route

    def sent(self, method_path: str) -> list[httpx.Request]:
        return [r for r in self.requests if f"{r.method} {r.url.path}" == method_path]


@pytest.fixture
def gateway(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., FakeGateway]]:
    def install(routes: dict[str, Handler | httpx.Response]) -> FakeGateway:
        fake = FakeGateway(routes)

        def build(url: str, key: str) -> MedstreamClient:
            return MedstreamClient(
                url, key, transport=httpx.MockTransport(fake), poll_interval=0.01
            )

        monkeypatch.setattr(options, "build_client", build)
        return fake

    yield install


def run(*args: str, input: str | None = None) -> Any:
    return CliRunner().invoke(app, [*args, "--url", URL, "--key", KEY], input=input)


ACCEPTED = httpx.Response(202, json={"session_id": SID, "status": "router_processing", "links": {}})


def test_ask_follows_the_stream_prompts_with_numbered_options_and_prints_the_table(
    gateway: Callable[..., FakeGateway],
) -> None:
    fake = gateway(
        {
            "POST /api/v1/queries": ACCEPTED,
            f"GET /api/v1/sessions/{SID}/events": event_stream(CLARIFYING, CLARIFYING, COMPLETED),
            f"POST /api/v1/sessions/{SID}/feedback": httpx.Response(202, json=CLARIFYING),
        }
    )

    result = run("ask", "Saint Petersburg 2025", input="2\n")

    assert result.exit_code == 0, result.output
    assert "What would you like to know?" in result.output
    assert "1. Top 10 diagnoses" in result.output and "2. Number of visits" in result.output
    feedback = fake.sent(f"POST /api/v1/sessions/{SID}/feedback")
    assert [json.loads(r.content) for r in feedback] == [{"answer": "Number of visits"}]
    assert "J06 [common cold] leads" in result.output  # text is not read as rich markup
    assert "357" in result.output and "SELECT icd10_code" in result.output
    assert fake.sent("POST /api/v1/queries")[0].headers["authorization"] == f"Bearer {KEY}"


def test_a_free_text_answer_is_sent_as_typed(gateway: Callable[..., FakeGateway]) -> None:
    fake = gateway(
        {
            "POST /api/v1/queries": ACCEPTED,
            f"GET /api/v1/sessions/{SID}/events": event_stream(CLARIFYING, COMPLETED),
            f"POST /api/v1/sessions/{SID}/feedback": httpx.Response(202, json=CLARIFYING),
        }
    )

    result = run("ask", "Saint Petersburg 2025", input="top 5 diagnoses\n")

    assert result.exit_code == 0, result.output
    sent = fake.sent(f"POST /api/v1/sessions/{SID}/feedback")[0]
    assert json.loads(sent.content) == {"answer": "top 5 diagnoses"}


def test_without_the_stream_it_polls_and_saves_the_charts(
    gateway: Callable[..., FakeGateway], tmp_path: Path
) -> None:
    chart = {"id": "c-1", "url": "/api/v1/charts/c-1", "media_type": "image/png"}
    done = session("completed", minute=2, result={**RESULT, "charts": [chart]})
    states = iter([session("router_processing", minute=0), session("query_processing", minute=1)])
    fake = gateway(
        {
            "POST /api/v1/queries": ACCEPTED,
            f"GET /api/v1/sessions/{SID}/events": httpx.Response(503, text="no streams here"),
            f"GET /api/v1/sessions/{SID}": lambda _: httpx.Response(200, json=next(states, done)),
            "GET /api/v1/charts/c-1": httpx.Response(200, content=PNG),
        }
    )

    result = run("ask", "Top diagnoses", "--charts-dir", str(tmp_path / "charts"))

    assert result.exit_code == 0, result.output
    assert "running the query" in result.output
    assert (tmp_path / "charts" / "c-1.png").read_bytes() == PNG
    assert "c-1.png" in result.output
    assert fake.sent("GET /api/v1/charts/c-1")[0].headers["authorization"] == f"Bearer {KEY}"


def test_a_failed_question_exits_1_with_the_reason(gateway: Callable[..., FakeGateway]) -> None:
    failed = session("error", minute=2, error="the warehouse timed out")
    gateway(
        {
            "POST /api/v1/queries": ACCEPTED,
            f"GET /api/v1/sessions/{SID}/events": event_stream(failed),
        }
    )

    result = run("ask", "Top diagnoses")

    assert result.exit_code == 1
    assert "could not be answered: the warehouse timed out" in result.stderr


def test_a_clarification_without_input_is_a_clear_error(
    gateway: Callable[..., FakeGateway],
) -> None:
    gateway(
        {
            "POST /api/v1/queries": ACCEPTED,
            f"GET /api/v1/sessions/{SID}/events": event_stream(CLARIFYING),
        }
    )

    result = run("ask", "Saint Petersburg 2025", input="")

    assert result.exit_code == 2
    assert "no input to answer it from" in result.stderr


def test_a_session_that_stops_changing_times_out(gateway: Callable[..., FakeGateway]) -> None:
    gateway(
        {
            "POST /api/v1/queries": ACCEPTED,
            f"GET /api/v1/sessions/{SID}/events": httpx.Response(200, text="<html>"),
            f"GET /api/v1/sessions/{SID}": httpx.Response(
                200, json=session("query_processing", minute=1)
            ),
        }
    )

    result = run("ask", "Top diagnoses", "--timeout", "1")

    assert result.exit_code == 5
    assert "still query_processing" in result.stderr


@pytest.mark.parametrize(
    ("response", "exit_code", "message"),
    [
        (problem(401, "invalid or expired token"), 4, "the API key was refused"),
        (
            problem(
                422,
                "invalid request: question: String should have at most 2000 characters",
                errors=[{"field": "question", "message": "too long"}],
            ),
            2,
            "question: String should have at most 2000 characters",
        ),
        (
            httpx.Response(
                429,
                json={"status": 429, "detail": "rate limit exceeded"},
                headers={"Retry-After": "7"},
            ),
            1,
            "rate limit exceeded; try again in 7 s",
        ),
        (problem(503, "the message broker is unavailable"), 1, "broker is unavailable (HTTP 503)"),
        (httpx.Response(502, text="Bad Gateway"), 1, "502 Bad Gateway"),
    ],
)
def test_api_errors_are_shown_with_their_detail_and_exit_code(
    gateway: Callable[..., FakeGateway], response: httpx.Response, exit_code: int, message: str
) -> None:
    gateway({"POST /api/v1/queries": response})

    result = run("ask", "Top diagnoses")

    assert result.exit_code == exit_code
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_an_unreachable_gateway_says_what_to_check(gateway: Callable[..., FakeGateway]) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("Connection refused", request=request)

    gateway({"GET /api/v1/sessions": refuse})

    result = run("sessions")

    assert result.exit_code == 3
    assert f"cannot reach the gateway at {URL}: is it running (make run)?" in result.stderr


def test_a_missing_key_is_refused_before_any_request(
    gateway: Callable[..., FakeGateway], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MEDSTREAM_API_KEY", raising=False)
    fake = gateway({})

    result = CliRunner().invoke(app, ["sessions", "--url", URL])

    assert result.exit_code == 4
    assert "pass --key or set MEDSTREAM_API_KEY" in result.stderr
    assert fake.requests == []


def test_sessions_lists_questions_and_passes_the_filter(
    gateway: Callable[..., FakeGateway],
) -> None:
    page = {"items": [COMPLETED], "next_cursor": "abc"}
    fake = gateway({"GET /api/v1/sessions": httpx.Response(200, json=page)})

    result = run("sessions", "--status", "completed", "--limit", "5")

    assert result.exit_code == 0, result.output
    assert SID in result.output and "Saint Petersburg 2025" in result.output
    assert "medstream sessions --cursor abc --status completed" in result.output
    params = fake.requests[0].url.params
    assert (params["status"], params["limit"]) == ("completed", "5")


def test_sessions_rejects_an_unknown_status() -> None:
    result = run("sessions", "--status", "done")

    assert result.exit_code == 2


REPORT = {
    "report_id": "r-1",
    "request_id": "q-1",
    "user_id": "alice",
    "status": "ready",
    "created_at": "2025-03-01T10:00:00Z",
    "summary": "67-year-old man with shortness of breath.",
    "findings": [
        {
            "name": "Oxygen saturation",
            "value": 88.0,
            "unit": "%",
            "evidence": "SpO2 88%: hypoxaemia",
            "severity": "critical",
            "out_of_range": True,
        }
    ],
    "assessment": "Urgent.",
    "recommendations": ["Urgent emergency department assessment"],
    "red_flags": ["Hypoxaemia: SpO2 88%"],
    "disclaimer": "Not a substitute for a clinician.",
    "engine": "offline-rules-v1",
}


def test_report_waits_and_prints_red_flags(
    gateway: Callable[..., FakeGateway], tmp_path: Path
) -> None:
    request = tmp_path / "request.json"
    request.write_text(json.dumps({"patient": {"age": 67, "sex": "M"}}))
    states = iter([{**REPORT, "status": "pending", "findings": [], "red_flags": []}])
    fake = gateway(
        {
            "POST /api/v1/reports": httpx.Response(
                202, json={"report_id": "r-1", "request_id": "q-1", "status": "pending"}
            ),
            "GET /api/v1/reports/r-1": lambda _: httpx.Response(200, json=next(states, REPORT)),
        }
    )

    result = run("report", str(request))

    assert result.exit_code == 0, result.output
    assert json.loads(fake.sent("POST /api/v1/reports")[0].content) == {
        "patient": {"age": 67, "sex": "M"}
    }
    assert "RED FLAGS" in result.output and "Hypoxaemia: SpO2 88%" in result.output
    assert "88 %" in result.output and "out of range" in result.output


def test_report_that_failed_exits_1(gateway: Callable[..., FakeGateway], tmp_path: Path) -> None:
    request = tmp_path / "request.json"
    request.write_text("{}")
    failed = {**REPORT, "status": "failed", "reason": "the engine gave up"}
    gateway(
        {
            "POST /api/v1/reports": httpx.Response(
                202, json={"report_id": "r-1", "request_id": "q-1", "status": "pending"}
            ),
            "GET /api/v1/reports/r-1": httpx.Response(200, json=failed),
        }
    )

    result = run("report", str(request))

    assert result.exit_code == 1
    assert "could not be written: the engine gave up" in result.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [("{not json", "is not valid JSON"), ("[1, 2]", "must hold a JSON object")],
)
def test_report_rejects_a_bad_file_before_sending(
    gateway: Callable[..., FakeGateway], tmp_path: Path, content: str, message: str
) -> None:
    request = tmp_path / "request.json"
    request.write_text(content)
    fake = gateway({})

    result = run("report", str(request))

    assert result.exit_code == 2
    assert message in result.stderr
    assert fake.requests == []


def test_help_lists_the_commands_and_exit_codes() -> None:
    result = CliRunner().invoke(app, ["--help"])

    assert result.exit_code == 0
    for command in ("ask", "sessions", "session", "report"):
        assert command in result.output
    assert "Exit codes" in result.output


def test_event_stream_parsing() -> None:
    lines = [": ping", "", "event: session", "id: 7-0", "data: {", "data: }", "", "data: x", ""]

    events = list(parse_event_stream(lines))

    assert events == [
        ServerSentEvent(""),
        ServerSentEvent("session", "{\n}", "7-0"),
        ServerSentEvent("message", "x", None),
    ]


def test_problem_message_keeps_field_errors() -> None:
    response = problem(422, "invalid request", errors=[{"field": "labs.0.value", "message": "nan"}])

    assert problem_message(response) == "invalid request (labs.0.value: nan)"
