"""Generates the AsyncAPI 3.0 document of the suite's Kafka interface from the event models.

``python -m medstream_shared.events.asyncapi schemas/asyncapi.json`` rewrites the committed
document; a test fails when it is stale. Actions are from the suite's point of view: it
receives on ``medstream.requests`` and sends on the other public topics.
"""

import json
import sys
from pathlib import Path
from typing import Any

from pydantic.json_schema import models_json_schema

from medstream_shared.config import MedstreamSettings
from medstream_shared.constants import EventType, Topic
from medstream_shared.events.registry import MODELS, TOPICS, schema_url

VERSION = "1.0.0"
RECEIVED = {Topic.REQUESTS}
INTERNAL = {Topic.ANALYTICS_TASKS}
KEYS = {
    EventType.REPORT_REQUESTED: "the report request id",
    EventType.REPORT_GENERATED: "the report request id",
    EventType.REPORT_FAILED: "the report request id",
    EventType.CATALOG_CHANGED: "always 'warehouse' (a compacted topic: the newest is kept)",
}

CLOUDEVENT_HEADERS: dict[str, Any] = {
    "type": "object",
    "description": "CloudEvents 1.0 attributes, Kafka protocol binding, binary content mode",
    "required": ["ce_specversion", "ce_id", "ce_source", "ce_type"],
    "properties": {
        "ce_specversion": {"type": "string", "const": "1.0"},
        "ce_id": {"type": "string", "description": "unique per event; repeats mean a redelivery"},
        "ce_source": {"type": "string", "description": "/medstream/<service> or the sender"},
        "ce_type": {"type": "string"},
        "ce_subject": {"type": "string", "description": "session id or report request id"},
        "ce_time": {"type": "string", "format": "date-time"},
        "ce_dataschema": {"type": "string", "format": "uri"},
        "ce_traceparent": {"type": "string", "description": "W3C trace context"},
        "content-type": {"type": "string", "const": "application/json"},
    },
}


def _message_name(event_type: EventType) -> str:
    return MODELS[event_type].__name__


def document(settings: MedstreamSettings | None = None) -> dict[str, Any]:
    settings = settings or MedstreamSettings()
    _, schemas = models_json_schema(
        [(model, "validation") for model in MODELS.values()],
        ref_template="#/components/schemas/{model}",
    )
    channels: dict[str, Any] = {}
    operations: dict[str, Any] = {}
    messages: dict[str, Any] = {}
    for topic in Topic:
        types = [t for t in EventType if TOPICS[t] is topic]
        channel_id = topic.value.replace(".", "-")
        channels[channel_id] = {
            "address": settings.topic(topic),
            "description": "internal: the router's work for analytics"
            if topic in INTERNAL
            else "public",
            "messages": {
                _message_name(t): {"$ref": f"#/components/messages/{_message_name(t)}"}
                for t in types
            },
        }
        action = "receive" if topic in RECEIVED else "send"
        for event_type in types:
            name = _message_name(event_type)
            operations[f"{action}{name}"] = {
                "action": action,
                "channel": {"$ref": f"#/channels/{channel_id}"},
                "messages": [{"$ref": f"#/channels/{channel_id}/messages/{name}"}],
            }
            messages[name] = {
                "name": event_type.value,
                "title": name,
                "contentType": "application/json",
                "headers": CLOUDEVENT_HEADERS,
                "payload": {"$ref": f"#/components/schemas/{name}"},
                "externalDocs": {"url": schema_url(event_type)},
                "bindings": {
                    "kafka": {
                        "key": {
                            "type": "string",
                            "description": KEYS.get(event_type, "the session id"),
                        },
                        "bindingVersion": "0.5.0",
                    }
                },
            }
    return {
        "asyncapi": "3.0.0",
        "info": {
            "title": "medstream events",
            "version": VERSION,
            "description": "Medical analytics questions and medical reports over Kafka. "
            "Topic names carry a configurable prefix (default 'medstream.').",
        },
        "defaultContentType": "application/json",
        "servers": {
            "local": {
                "host": settings.kafka_bootstrap,
                "protocol": "kafka",
                "description": "the broker started by `make run`",
            }
        },
        "channels": channels,
        "operations": operations,
        "components": {"messages": messages, "schemas": schemas.get("$defs", {})},
    }


def render(doc: dict[str, Any]) -> str:
    return json.dumps(doc, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "schemas/asyncapi.json")
    target.write_text(
        render(
            document(MedstreamSettings(kafka_bootstrap="127.0.0.1:9092", topic_prefix="medstream."))
        ),
        encoding="utf-8",
    )
    print(target)
