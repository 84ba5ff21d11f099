"""The committed AsyncAPI document is current and describes every event on its topic."""

import json
from pathlib import Path

from medstream_shared.config import MedstreamSettings
from medstream_shared.events.asyncapi import document, render
from medstream_shared.events.registry import MODELS, TOPICS

COMMITTED = Path(__file__).resolve().parents[2] / "schemas" / "asyncapi.json"
DEFAULTS = MedstreamSettings(kafka_bootstrap="127.0.0.1:9092", topic_prefix="medstream.")


def test_committed_asyncapi_matches_the_code() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == render(document(DEFAULTS)), "run `make schemas`"


def test_every_event_type_is_a_message_of_its_topic() -> None:
    doc = json.loads(COMMITTED.read_text(encoding="utf-8"))

    assert doc["asyncapi"] == "3.0.0"
    for event_type, model in MODELS.items():
        channel = doc["channels"][TOPICS[event_type].value.replace(".", "-")]
        assert channel["address"] == f"medstream.{TOPICS[event_type].value}"
        assert model.__name__ in channel["messages"]
        message = doc["components"]["messages"][model.__name__]
        assert message["name"] == event_type.value
        ref = message["payload"]["$ref"].rsplit("/", 1)[-1]
        assert ref in doc["components"]["schemas"]
    assert doc["operations"]["receiveReportRequested"]["action"] == "receive"
    assert doc["operations"]["sendReportGenerated"]["action"] == "send"
