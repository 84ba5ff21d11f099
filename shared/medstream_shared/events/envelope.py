"""CloudEvents 1.0 in the Kafka protocol binding, binary content mode.

Attributes travel as ``ce_*`` headers, the JSON ``data`` is the message value and the
message key is the event's subject (session id or report request id). The conversion
itself is the ``cloudevents`` SDK's; this module only maps our typed models onto it.
"""

import builtins
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

from cloudevents.core.base import BaseCloudEvent
from cloudevents.core.bindings import kafka as ce_kafka
from cloudevents.core.formats.json import JSONFormat
from cloudevents.core.v1.event import CloudEvent
from pydantic import ValidationError

from medstream_shared.constants import EventType
from medstream_shared.events.models import EventData
from medstream_shared.events.registry import EVENT_TYPES, MODELS, schema_url

JSON = JSONFormat()
DERIVED_ID_NAMESPACE = uuid.UUID("6f1c3d0e-5b7a-4f5e-9a51-6d2b8f0c4e21")
CONTENT_TYPE = "application/json"


T = TypeVar("T", bound=EventData)


class InvalidEvent(ValueError):
    """A message that is not a valid medstream CloudEvent; it belongs in a dead-letter topic."""


@dataclass(frozen=True)
class Envelope:
    """A parsed event: its CloudEvent attributes and its validated data."""

    id: str
    type: EventType
    source: str
    subject: str
    time: datetime | None
    data: EventData
    traceparent: str | None = None

    @property
    def key(self) -> str:
        return self.subject

    def data_as(self, model: builtins.type[T]) -> T:
        """The data, typed; a handler subscribed to the wrong type fails loudly."""
        if not isinstance(self.data, model):
            raise TypeError(f"expected {model.__name__}, got {type(self.data).__name__}")
        return self.data


def derived_event_id(cause_id: str, index: int, kind: str = "output") -> str:
    """The id of the ``index``-th event produced while handling event ``cause_id``.

    Deterministic, so a handler re-run after a redelivery emits the same ids and consumers
    can recognise the repeat.
    """
    return str(uuid.uuid5(DERIVED_ID_NAMESPACE, f"{cause_id}/{kind}/{index}"))


def event_time(moment: datetime | None = None) -> datetime:
    """A CloudEvent time at the millisecond, the precision MongoDB keeps.

    Read models stamp their documents with the time of the event that changed them, so a
    model rebuilt from the topics equals the live one to the millisecond.
    """
    moment = moment or datetime.now(UTC)
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


def encode(
    data: EventData,
    *,
    source: str,
    traceparent: str | None = None,
    event_id: str | None = None,
    time: datetime | None = None,
) -> ce_kafka.KafkaMessage:
    """Wrap ``data`` in a CloudEvent and convert it to a Kafka message (binary mode)."""
    event_type = EVENT_TYPES[type(data)]
    subject: str = data.subject  # type: ignore[attr-defined]
    attributes: dict[str, Any] = {
        "type": event_type.value,
        "source": source,
        "subject": subject,
        "datacontenttype": CONTENT_TYPE,
        "dataschema": schema_url(event_type),
        "time": event_time(time),
        "partitionkey": subject,
    }
    if event_id:
        attributes["id"] = event_id
    if traceparent:
        attributes["traceparent"] = traceparent
    event = CloudEvent(attributes, data.model_dump(mode="json"))
    return ce_kafka.to_binary_event(event, JSON)


def decode(
    headers: list[tuple[str, bytes]] | dict[str, bytes], key: bytes | None, value: bytes | None
) -> Envelope:
    """Parse a Kafka message into an :class:`Envelope`, or raise :class:`InvalidEvent`."""
    header_map = dict(headers) if not isinstance(headers, dict) else headers
    try:
        event = ce_kafka.from_binary_event(
            ce_kafka.KafkaMessage(headers=header_map, key=key, value=value or b"")
        )
    except Exception as exc:  # the SDK raises several unrelated types
        raise InvalidEvent(f"not a CloudEvent in Kafka binary mode: {exc}") from exc
    try:
        event_type = EventType(event.get_type())
    except ValueError as exc:
        raise InvalidEvent(f"unknown event type {event.get_type()!r}") from exc
    payload = event.get_data()
    if not isinstance(payload, dict):
        raise InvalidEvent("event data is not a JSON object")
    try:
        data = MODELS[event_type].model_validate(payload)
    except ValidationError as exc:
        raise InvalidEvent(f"{event_type.value} data is invalid: {_short_errors(exc)}") from exc
    return Envelope(
        id=event.get_id(),
        type=event_type,
        source=event.get_source(),
        subject=event.get_subject() or data.subject,  # type: ignore[attr-defined]
        time=event.get_time(),
        data=data,
        traceparent=_extension(event, "traceparent"),
    )


def claimed_type(headers: list[tuple[str, bytes]] | dict[str, bytes]) -> EventType | None:
    """The event type a message says it has, if it names a known one (even if it is invalid)."""
    raw = dict(headers).get("ce_type", b"").decode(errors="replace")
    try:
        return EventType(raw)
    except ValueError:
        return None


def _extension(event: BaseCloudEvent, name: str) -> str | None:
    value = event.get_attributes().get(name)
    return str(value) if value is not None else None


def _short_errors(exc: ValidationError) -> str:
    parts = [f"{'.'.join(str(p) for p in e['loc']) or '<root>'}: {e['msg']}" for e in exc.errors()]
    return "; ".join(parts[:5])
