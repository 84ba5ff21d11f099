"""Unit tests of the instrumentation: HTTP middleware, session timing, LLM and process metrics."""

import asyncio
import gc
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI, HTTPException
from fastapi.responses import StreamingResponse
from fastapi.testclient import TestClient
from medstream_gateway.core.telemetry import HttpTelemetry
from medstream_gateway.readmodel.documents import SessionDocument
from medstream_gateway.readmodel.metrics import record_time_to_final
from medstream_shared import metrics
from medstream_shared.constants import SessionStatus
from medstream_shared.kafka.metrics import prime_consumer
from medstream_shared.telemetry import exporters_requested
from prometheus_client import REGISTRY, generate_latest


def sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


@pytest.fixture
def client() -> TestClient:
    app = FastAPI()

    @app.get("/api/v1/sessions/{session_id}")
    async def get_session(session_id: str) -> dict[str, str]:
        if session_id == "missing":
            raise HTTPException(404, "no such session")
        return {"session_id": session_id}

    @app.get("/boom")
    async def boom() -> None:
        raise RuntimeError("unhandled")

    @app.get("/stream")
    async def stream() -> StreamingResponse:
        async def body() -> AsyncIterator[bytes]:
            yield b"first\n"
            await asyncio.sleep(0.3)
            yield b"second\n"

        return StreamingResponse(body(), media_type="text/event-stream")

    app.add_middleware(HttpTelemetry, router=app.router)
    return TestClient(app, raise_server_exceptions=False)


def test_requests_are_labelled_by_route_template_not_by_path(client: TestClient) -> None:
    route = "/api/v1/sessions/{session_id}"
    before = sample("medstream_http_requests_total", method="GET", route=route, status="200")
    client.get("/api/v1/sessions/3f2a9c")
    client.get("/api/v1/sessions/77b1e0")
    client.get("/api/v1/sessions/missing")
    client.get("/no/such/path")

    assert (
        sample("medstream_http_requests_total", method="GET", route=route, status="200")
        == before + 2
    )
    assert sample("medstream_http_requests_total", method="GET", route=route, status="404") >= 1
    assert (
        sample("medstream_http_requests_total", method="GET", route="unmatched", status="404") >= 1
    )
    exposition = generate_latest().decode()
    assert "3f2a9c" not in exposition and "/no/such/path" not in exposition


def test_an_unhandled_exception_counts_as_a_500(client: TestClient) -> None:
    before = sample("medstream_http_requests_total", method="GET", route="/boom", status="500")
    assert client.get("/boom").status_code == 500
    after = sample("medstream_http_requests_total", method="GET", route="/boom", status="500")
    assert after == before + 1


def test_latency_stops_at_the_response_headers_so_streams_do_not_look_slow(
    client: TestClient,
) -> None:
    before = sample("medstream_http_request_duration_seconds_sum", method="GET", route="/stream")
    assert client.get("/stream").text == "first\nsecond\n"
    spent = (
        sample("medstream_http_request_duration_seconds_sum", method="GET", route="/stream")
        - before
    )
    assert 0 <= spent < 0.25


def session(**fields: Any) -> SessionDocument:
    return SessionDocument.model_validate(
        {"_id": "s-1", "user_id": "alice", "question": "q", **fields}
    )


def test_time_to_final_is_observed_once_per_final_transition() -> None:
    created = datetime(2026, 1, 1, tzinfo=UTC)
    done = session(status="completed", created_at=created, updated_at=created + timedelta(3))
    count = "medstream_session_time_to_final_seconds_count"
    total = "medstream_session_time_to_final_seconds_sum"
    before = (sample(count, status="completed"), sample(total, status="completed"))

    record_time_to_final(done)
    record_time_to_final(None)  # a redelivered event changed nothing
    record_time_to_final(done.model_copy(update={"status": SessionStatus.QUERY_PROCESSING}))

    assert sample(count, status="completed") == before[0] + 1
    assert sample(total, status="completed") == pytest.approx(before[1] + 3 * 86400)


def test_a_follow_up_question_is_timed_from_its_own_arrival() -> None:
    created = datetime(2026, 1, 1, tzinfo=UTC)
    asked_again = created + timedelta(hours=5)
    doc = session(
        status="error",
        created_at=created,
        updated_at=asked_again + timedelta(seconds=4),
        messages=[
            {"kind": "question", "at": created},
            {"kind": "answer", "at": created + timedelta(seconds=2)},
            {"kind": "question", "at": asked_again},
        ],
    )
    before = sample("medstream_session_time_to_final_seconds_sum", status="error")
    record_time_to_final(doc)
    after = sample("medstream_session_time_to_final_seconds_sum", status="error")
    assert after - before == pytest.approx(4)


class FakeBreaker:
    def __init__(self, state: str) -> None:
        self.state = state


def test_breaker_state_is_read_at_scrape_time_and_forgotten_with_its_breaker() -> None:
    breaker = FakeBreaker("closed")
    metrics.track_breaker("test-model", breaker)
    assert sample("medstream_llm_breaker_state", model="test-model", state="closed") == 1
    breaker.state = "open"  # e.g. after the cool-down, no call needed to notice
    assert sample("medstream_llm_breaker_state", model="test-model", state="open") == 1
    assert sample("medstream_llm_breaker_state", model="test-model", state="closed") == 0
    del breaker
    gc.collect()
    assert 'model="test-model"' not in generate_latest().decode()


def test_llm_calls_are_recorded_in_every_llm_metric_at_once() -> None:
    metrics.prime_llm_metrics("m-1")
    assert (
        REGISTRY.get_sample_value(
            "medstream_llm_requests_total", {"model": "m-1", "outcome": "error"}
        )
        == 0
    )
    metrics.record_llm_call("m-1", outcome="ok", seconds=1.5, prompt_tokens=10, completion_tokens=3)
    metrics.record_llm_call("m-1", outcome="error", seconds=20, error="LlmTimeout")
    assert sample("medstream_llm_requests_total", model="m-1", outcome="ok") == 1
    assert sample("medstream_llm_errors_total", model="m-1", error="LlmTimeout") == 1
    assert sample("medstream_llm_token_usage_total", model="m-1", kind="prompt") == 10
    assert sample("medstream_llm_request_duration_seconds_count", model="m-1") == 2


def test_a_consumer_starts_its_dead_letter_and_failure_series_at_zero() -> None:
    prime_consumer(["t-prime.requests"], ["medstream.query.submitted"])
    assert (
        REGISTRY.get_sample_value(
            "medstream_kafka_dead_letters_total", {"topic": "t-prime.requests"}
        )
        == 0
    )
    assert (
        REGISTRY.get_sample_value(
            "medstream_kafka_handler_errors_total", {"event_type": "medstream.query.submitted"}
        )
        == 0
    )


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def test_memory_limit_is_the_tightest_cgroup_limit(tmp_path: Path) -> None:
    proc = tmp_path / "proc-cgroup"
    write(proc, "0::/kubepods/pod1/container1\n")
    write(tmp_path / "cg/kubepods/pod1/container1/memory.max", "max\n")
    write(tmp_path / "cg/kubepods/pod1/memory.max", "536870912\n")  # the pod's 512 MiB
    assert metrics.memory_limit_bytes(tmp_path / "cg", proc) == 536870912


def test_memory_limit_reads_cgroup_v1_and_ignores_its_no_limit_value(tmp_path: Path) -> None:
    proc = tmp_path / "proc-cgroup"
    write(proc, "4:memory:/docker/abc\n1:cpu:/docker/abc\n")
    write(tmp_path / "cg/memory/memory.limit_in_bytes", "268435456\n")
    assert metrics.memory_limit_bytes(tmp_path / "cg", proc) == 268435456
    write(tmp_path / "cg/memory/memory.limit_in_bytes", "9223372036854771712\n")
    unlimited = metrics.memory_limit_bytes(tmp_path / "cg", proc)
    assert 0 < unlimited < 1 << 60  # the machine's memory


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, []),
        ({"OTEL_EXPORTER_OTLP_ENDPOINT": "http://collector:4318"}, ["otlp"]),
        ({"OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": "http://c:4318/v1/traces"}, ["otlp"]),
        ({"OTEL_TRACES_EXPORTER": "otlp"}, ["otlp"]),
        ({"OTEL_TRACES_EXPORTER": "none", "OTEL_EXPORTER_OTLP_ENDPOINT": "http://c:4318"}, []),
    ],
)
def test_spans_are_exported_only_when_the_standard_variables_ask(
    environ: dict[str, str], expected: list[str]
) -> None:
    assert exporters_requested(environ) == expected
