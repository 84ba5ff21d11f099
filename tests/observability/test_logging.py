"""JSON log lines: service, trace and session context on every line, and never a secret."""

import io
import json
import logging
from collections.abc import Iterator
from typing import Any

import pytest
import structlog
from medstream_shared.logging import configure_logging, get_logger
from opentelemetry.sdk.trace import TracerProvider
from structlog.contextvars import bound_contextvars

SECRETS = ("s3cr3t-pass", "sk-live-0123456789abcdef", "alice-key-0001", "hunter2hunter2")


@pytest.fixture
def lines() -> Iterator[Any]:
    """Configure logging as a service does and return a reader of the JSON lines printed."""
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    configure_logging("analytics", "INFO")
    printed = io.StringIO()
    [handler] = [h for h in root.handlers if isinstance(h, logging.StreamHandler)]
    handler.setStream(printed)

    def read() -> list[dict[str, Any]]:
        return [json.loads(line) for line in printed.getvalue().splitlines()]

    yield read
    structlog.reset_defaults()
    structlog.contextvars.clear_contextvars()
    root.handlers[:], level = saved
    root.setLevel(level)


def test_every_line_names_the_service_and_the_event_in_hand(lines: Any) -> None:
    tracer = TracerProvider().get_tracer("test")
    with (
        tracer.start_as_current_span("analytics medstream.query.routed") as span,
        bound_contextvars(session_id="s-1", event_type="medstream.query.routed"),
    ):
        get_logger("medstream_analytics.handlers").info("query answered", rows=5)
        logging.getLogger("pymongo.foreign").warning("from the standard library")
    [ours, foreign] = lines()

    ids = span.get_span_context()
    for line in (ours, foreign):
        assert line["service"] == "analytics"
        assert line["session_id"] == "s-1"
        assert line["event_type"] == "medstream.query.routed"
        assert line["trace_id"] == format(ids.trace_id, "032x")
        assert line["span_id"] == format(ids.span_id, "016x")
        assert line["level"] and line["timestamp"]


def test_lines_outside_a_span_carry_no_invented_trace(lines: Any) -> None:
    get_logger("x").info("worker started")
    [line] = lines()
    assert "trace_id" not in line and line["service"] == "analytics"


def test_secrets_are_redacted_by_key_and_inside_values(lines: Any) -> None:
    log = get_logger("x")
    log.info(
        "connecting",
        password="s3cr3t-pass",
        api_key="sk-live-0123456789abcdef",
        authorization="Bearer alice-key-0001",
        mongo_url="mongodb://user:hunter2hunter2@db:27017",
        prompt_tokens=812,  # a count, not a secret
    )
    log.warning("request failed: mongodb://user:hunter2hunter2@db:27017/x refused")
    log.warning("upstream said", header="Authorization: Bearer sk-live-0123456789abcdef")
    log.info('"WebSocket /api/v1/sessions/s1/ws?access_token=alice-key-0001" [accepted]')
    try:
        raise ConnectionError("redis://:s3cr3t-pass@cache:6379 is down")
    except ConnectionError:
        log.exception("cache unavailable")
    printed = lines()

    text = json.dumps(printed)
    for secret in SECRETS:
        assert secret not in text
    first = printed[0]
    assert first["password"] == first["api_key"] == first["authorization"] == "[redacted]"
    assert first["prompt_tokens"] == 812
    assert "mongodb://[redacted]@db:27017/x" in printed[1]["event"]
    assert "Bearer [redacted]" in printed[2]["header"]
    assert "ws?access_token=[redacted]" in printed[3]["event"]
    assert "ConnectionError" in printed[4]["exception"]


def test_ordinary_words_survive_the_scrubbing(lines: Any) -> None:
    get_logger("x").info("basic statistics of a bearer bond", url="https://example.org/a:b")
    [line] = lines()
    assert line["event"] == "basic statistics of a bearer bond"
    assert line["url"] == "https://example.org/a:b"
