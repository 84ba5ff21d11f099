"""Poison messages, published to the requests topic the way an outside backend would.

Nothing of medstream is used to build them: raw ``ce_*`` headers (CloudEvents binary mode,
as ``examples/report_over_kafka.py`` sends them) over a plain aiokafka producer. Each kind
is a different way for an outside producer to get the contract wrong; every one of them
must end up in ``<prefix>requests.dlq`` without stopping its partition.
"""

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from aiokafka import AIOKafkaProducer

KINDS = (
    "no-envelope",  # no CloudEvents headers at all
    "not-json",  # a query.submitted whose value is not JSON
    "invalid-question",  # a query.submitted whose data breaks the schema
    "invalid-report",  # a report.requested with a request id but an impossible patient
    "unknown-type",  # a type no service knows
    "deeply-nested",  # 10,000 levels of JSON
)
NESTING = 10_000


@dataclass(frozen=True)
class PoisonRecord:
    kind: str
    subject: str  # the session or request id it names
    topic: str
    partition: int
    offset: int


class PoisonProducer:
    def __init__(self, bootstrap: str, topic: str) -> None:
        self.topic = topic
        self._producer = AIOKafkaProducer(
            bootstrap_servers=bootstrap, acks="all", enable_idempotence=True
        )
        self._sent = 0

    async def start(self) -> None:
        await self._producer.start()

    async def stop(self) -> None:
        await self._producer.stop()

    async def send(self, tick: int) -> PoisonRecord:
        kind = KINDS[self._sent % len(KINDS)]
        self._sent += 1
        subject = f"poison-{tick}-{uuid.uuid4().hex[:12]}"
        headers, value = _message(kind, subject)
        metadata = await self._producer.send_and_wait(
            self.topic, value=value, key=subject.encode(), headers=headers
        )
        return PoisonRecord(kind, subject, self.topic, metadata.partition, metadata.offset)


def _message(kind: str, subject: str) -> tuple[list[tuple[str, bytes]], bytes]:
    session = {"session_id": subject, "user_id": "mallory"}
    if kind == "no-envelope":
        return [], b"\x00\xffnot an event"
    if kind == "not-json":
        return _headers("medstream.query.submitted", subject), b"{'question': oops"
    if kind == "invalid-question":
        value = json.dumps({**session, "question": ""})
        return _headers("medstream.query.submitted", subject), value.encode()
    if kind == "invalid-report":
        patient = {"age": -5, "sex": "?"}
        value = json.dumps({"request_id": subject, "user_id": "mallory", "patient": patient})
        return _headers("medstream.report.requested", subject), value.encode()
    if kind == "unknown-type":
        value = json.dumps({**session, "question": "boom"})
        return _headers("medstream.query.exploded", subject), value.encode()
    assert kind == "deeply-nested", kind
    value = json.dumps(session)[:-1] + ', "question": ' + "[" * NESTING + "]" * NESTING + "}"
    return _headers("medstream.query.submitted", subject), value.encode()


def _headers(event_type: str, subject: str) -> list[tuple[str, bytes]]:
    attributes = {
        "ce_specversion": "1.0",
        "ce_id": str(uuid.uuid4()),
        "ce_source": "/hospital/ward-backend",
        "ce_type": event_type,
        "ce_subject": subject,
        "ce_time": datetime.now(UTC).isoformat().replace("+00:00", "Z"),
        "content-type": "application/json",
    }
    return [(name, value.encode()) for name, value in attributes.items()]
