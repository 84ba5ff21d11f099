"""One trace per session: the HTTP request and every Kafka hop, exported over OTLP.

The services run with ``OTEL_EXPORTER_OTLP_ENDPOINT`` pointing at a receiver in this test
process; nothing else about them changes.
"""

import json

import pytest

from tests.harness import client_for, wait_for_status
from tests.observability.otlp import OtlpReceiver, ReceivedSpan
from tests.stack import Stack

pytestmark = pytest.mark.integration

SERVER, PRODUCER, CONSUMER = 2, 4, 5


def trace_of(spans: list[ReceivedSpan], session_id: str) -> set[str]:
    return {s.trace_id for s in spans if s.attributes.get("medstream.session_id") == session_id}


def test_one_trace_spans_gateway_router_and_analytics(
    traced_stack: Stack, otlp_receiver: OtlpReceiver
) -> None:
    with client_for(traced_stack, "alice") as alice:
        accepted = alice.post(
            "/api/v1/queries", json={"question": "Top-3 diagnoses in Saint Petersburg in 2025"}
        )
        assert accepted.status_code == 202, accepted.text
        session_id = accepted.json()["session_id"]
        assert wait_for_status(alice, session_id, {"completed", "error"})["status"] == "completed"

    def every_hop_traced(spans: list[ReceivedSpan]) -> bool:
        """Each service exports its own spans on its own schedule: the gateway's span of the
        final event can arrive before analytics has flushed the span that produced it."""
        handled = {
            (s.service, s.attributes.get("cloudevents.event_type"))
            for s in spans
            if s.attributes.get("medstream.session_id") == session_id
        }
        return {
            ("router", "medstream.query.submitted"),
            ("analytics", "medstream.query.routed"),
            ("gateway", "medstream.query.completed"),
        } <= handled

    spans = otlp_receiver.wait_for(every_hop_traced)

    [trace_id] = trace_of(spans, session_id)
    in_trace = [s for s in spans if s.trace_id == trace_id]
    assert {s.service for s in in_trace} >= {"gateway", "router", "analytics"}
    [root] = [s for s in in_trace if not s.parent_span_id]
    assert (root.service, root.kind, root.name) == ("gateway", SERVER, "POST /api/v1/queries")
    assert root.attributes["http.response.status_code"] == 202
    hops = {
        (s.service, s.attributes["cloudevents.event_type"]) for s in in_trace if s.kind == CONSUMER
    }
    assert {
        ("router", "medstream.query.submitted"),
        ("analytics", "medstream.query.routed"),
        ("gateway", "medstream.query.completed"),
    } <= hops
    by_id = {s.span_id: s for s in in_trace}
    for span in in_trace:  # every hop hangs under the span that sent its event
        if span.kind == CONSUMER:
            assert by_id[span.parent_span_id].kind == PRODUCER, span


def test_the_trace_id_is_on_the_services_log_lines(
    traced_stack: Stack, otlp_receiver: OtlpReceiver
) -> None:
    spans = otlp_receiver.received()
    for name in ("router", "analytics"):
        lines = traced_stack.services[name].log_path.read_text().splitlines()
        logged = {
            (record.get("trace_id"), record.get("session_id"))
            for record in map(json.loads, lines)
            if "session_id" in record
        }
        assert logged, f"{name} logged nothing while handling"
        for trace_id, session_id in logged:
            assert trace_id in trace_of(spans, session_id), (name, session_id)
