"""Request a medical report over Kafka only, as another hospital backend would.

This script uses nothing of medstream: plain confluent-kafka and the public contract
(CloudEvents 1.0, Kafka binary content mode). It publishes ``medstream.report.requested``
on ``medstream.requests`` keyed by the request id, then waits on ``medstream.reports`` for
the ``medstream.report.generated`` (or ``.failed``) event whose subject is that request id.

    python examples/report_over_kafka.py --bootstrap 127.0.0.1:9092 --user-id ward-7
"""

import argparse
import json
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from confluent_kafka import Consumer, Producer, TopicPartition

EXAMPLE_REQUEST: dict[str, Any] = {
    "language": "en",
    "patient": {"age": 67, "sex": "M", "height_cm": 178, "weight_kg": 92},
    "complaints": ["shortness of breath"],
    "history": ["hypertension"],
    "medications": ["lisinopril"],
    "allergies": [],
    "vitals": {
        "systolic_bp": 190,
        "diastolic_bp": 120,
        "heart_rate": 118,
        "temperature_c": 39.8,
        "respiratory_rate": 28,
        "spo2": 88,
    },
    "labs": [{"name": "glucose", "value": 14.2, "unit": "mmol/L"}],
}


def cloudevent_headers(event_type: str, subject: str) -> list[tuple[str, bytes]]:
    """The CloudEvents attributes as ``ce_*`` headers (binary content mode)."""
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


def listen_from_now(consumer: Consumer, topic: str) -> None:
    """Assign every partition at its current end, so no answer published later is missed."""
    metadata = consumer.list_topics(topic, timeout=10)
    if topic not in metadata.topics or metadata.topics[topic].error is not None:
        raise SystemExit(f"topic {topic} does not exist: is medstream running?")
    partitions = []
    for partition_id in metadata.topics[topic].partitions:
        _, high = consumer.get_watermark_offsets(TopicPartition(topic, partition_id), timeout=10)
        partitions.append(TopicPartition(topic, partition_id, high))
    consumer.assign(partitions)


def request_report(
    bootstrap: str, prefix: str, request: dict[str, Any], timeout: float
) -> dict[str, Any]:
    request_id = request["request_id"]
    consumer = Consumer(
        {
            "bootstrap.servers": bootstrap,
            "group.id": f"report-example-{uuid.uuid4()}",
            "enable.auto.commit": False,
        }
    )
    try:
        listen_from_now(consumer, f"{prefix}reports")
        producer = Producer(
            {
                "bootstrap.servers": bootstrap,
                "enable.idempotence": True,
                # the Java client's key hashing, so a key lands where medstream's own events do
                "partitioner": "murmur2_random",
            }
        )
        producer.produce(
            f"{prefix}requests",
            key=request_id.encode(),
            value=json.dumps(request).encode(),
            headers=cloudevent_headers("medstream.report.requested", request_id),
        )
        if producer.flush(10) != 0:
            raise SystemExit("the request could not be delivered to Kafka")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            message = consumer.poll(0.5)
            if message is None or message.error():
                continue
            headers = {name: value.decode() for name, value in message.headers() or []}
            if headers.get("ce_subject") == request_id:
                return {"type": headers["ce_type"], "data": json.loads(message.value())}
        raise SystemExit(f"no answer for request {request_id} within {timeout:g}s")
    finally:
        consumer.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bootstrap", default="127.0.0.1:9092")
    parser.add_argument("--topic-prefix", default="medstream.")
    parser.add_argument("--user-id", default="ward-backend")
    parser.add_argument("--request-file", help="a JSON report request (default: an example)")
    parser.add_argument("--timeout", type=float, default=30.0)
    args = parser.parse_args()
    body = (
        json.loads(Path(args.request_file).read_text())
        if args.request_file
        else dict(EXAMPLE_REQUEST)
    )
    body.setdefault("request_id", f"example-{uuid.uuid4()}")
    body["user_id"] = args.user_id
    answer = request_report(args.bootstrap, args.topic_prefix, body, args.timeout)
    json.dump(answer, sys.stdout, indent=2, ensure_ascii=False)
    print()
    return 0 if answer["type"] == "medstream.report.generated" else 1


if __name__ == "__main__":
    raise SystemExit(main())
