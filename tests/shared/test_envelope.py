"""The CloudEvents Kafka envelope: round trip, refusal of bad messages, derived ids."""

import json

import pytest
from medstream_shared.constants import EventType
from medstream_shared.events.envelope import InvalidEvent, decode, derived_event_id, encode
from medstream_shared.events.models import QueryCompleted, QuerySubmitted


def submitted() -> QuerySubmitted:
    return QuerySubmitted(session_id="s-1", user_id="alice", question="Топ-5 заболеваний в СПб?")


def test_round_trip_keeps_type_subject_key_and_data() -> None:
    message = encode(
        submitted(),
        source="/medstream/gateway",
        traceparent="00-" + "a" * 32 + "-" + "b" * 16 + "-01",
    )

    envelope = decode(message.headers, message.key.encode(), message.value)

    assert envelope.type is EventType.QUERY_SUBMITTED
    assert envelope.subject == envelope.key == "s-1"
    assert envelope.data == submitted()
    assert envelope.traceparent is not None and envelope.traceparent.startswith("00-aaaa")
    assert message.headers["ce_specversion"] == b"1.0"
    assert message.headers["content-type"] == b"application/json"
    assert message.headers["ce_dataschema"].endswith(b"medstream.query.submitted.v1.json")
    assert json.loads(message.value)["question"] == "Топ-5 заболеваний в СПб?"


def test_missing_ce_headers_are_refused() -> None:
    with pytest.raises(InvalidEvent, match="CloudEvent"):
        decode({}, b"k", b"{}")


def test_unknown_type_is_refused() -> None:
    message = encode(submitted(), source="/test")
    headers = {**message.headers, "ce_type": b"medstream.nonsense"}

    with pytest.raises(InvalidEvent, match="unknown event type"):
        decode(headers, b"s-1", message.value)


def test_invalid_data_is_refused_with_the_field_named() -> None:
    message = encode(submitted(), source="/test")
    value = json.dumps({"session_id": "s-1", "user_id": "alice", "question": ""}).encode()

    with pytest.raises(InvalidEvent, match="question"):
        decode(message.headers, b"s-1", value)


def test_unparseable_json_is_refused() -> None:
    message = encode(submitted(), source="/test")

    with pytest.raises(InvalidEvent):
        decode(message.headers, b"s-1", b"\xff not json")


def test_derived_ids_are_stable_and_distinct() -> None:
    assert derived_event_id("e1", 0) == derived_event_id("e1", 0)
    assert derived_event_id("e1", 0) != derived_event_id("e1", 1)
    assert derived_event_id("e1", 0) != derived_event_id("e1", 0, "give-up")


def test_rows_keep_json_native_values() -> None:
    completed = QueryCompleted(
        session_id="s", user_id="u", answer="a", columns=["n"], rows=[[1, 2.5, "x", None]]
    )
    message = encode(completed, source="/test")

    assert decode(message.headers, b"s", message.value).data_as(QueryCompleted).rows == [
        [1, 2.5, "x", None]
    ]
