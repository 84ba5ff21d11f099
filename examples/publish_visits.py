"""Publish visits to medstream over Kafka, as a hospital system would.

This script uses nothing of medstream: plain confluent-kafka and the public contract
(CloudEvents 1.0, Kafka binary content mode). Each visit is one ``medstream.visit.recorded``
event on ``medstream.visits``, keyed by its visit id (the topic is compacted by it: a visit
sent again with the same id is the same visit, counted once). The analytics replicas append
it to the warehouse within seconds; a rejected visit (unknown ICD-10 code, a patient known
with another sex or birth date, invalid data) lands in ``medstream.visits.dlq`` with the
reason.

    python examples/publish_visits.py --bootstrap 127.0.0.1:9092 --count 100 \\
        --date 2026-01-03 --city Moscow --district Western

The visits are made up but deterministic: the same arguments publish the same visits (the
ids run from ``--first-id``), so running it twice shows that nothing is counted twice.
"""

import argparse
import json
import random
import sys
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any

from confluent_kafka import KafkaException, Producer

EVENT_TYPE = "medstream.visit.recorded"
DATASCHEMA = "https://medstream.dev/schemas/events/medstream.visit.recorded.v1.json"
CODES = ("J06", "J20", "I10", "E11", "M54", "K29")
VISIT_TYPES = ("outpatient", "outpatient", "outpatient", "emergency", "inpatient")


def cloudevent_headers(subject: str, source: str) -> list[tuple[str, bytes]]:
    """The CloudEvents attributes as ``ce_*`` headers (binary content mode)."""
    attributes = {
        "ce_specversion": "1.0",
        "ce_id": str(uuid.uuid4()),
        "ce_source": source,
        "ce_type": EVENT_TYPE,
        "ce_subject": subject,
        "ce_time": datetime.now(UTC).isoformat().replace("+00:00", "Z"),
        "ce_dataschema": DATASCHEMA,
        "content-type": "application/json",
    }
    return [(name, value.encode()) for name, value in attributes.items()]


def make_visits(args: argparse.Namespace) -> list[dict[str, Any]]:
    """``--count`` visits on ``--date`` in one place; patients reused a few times each."""
    rng = random.Random(args.first_id)
    visits = []
    for i in range(args.count):
        patient = rng.randrange(args.count // 3 + 1)
        born = date(1940, 1, 1) + timedelta(days=(patient * 7919) % 25_000)
        visits.append(
            {
                "visit_id": args.first_id + i,
                "patient_id": args.first_patient_id + patient,
                "visit_date": args.date,
                "city": args.city,
                "district": args.district,
                "icd10_code": args.icd10 or rng.choice(CODES),
                "department": args.department,
                "visit_type": rng.choice(VISIT_TYPES),
                "cost_rub": f"{rng.uniform(500, 9000):.2f}",
                "patient": {"sex": "F" if patient % 2 else "M", "birth_date": born.isoformat()},
            }
        )
    return visits


def publish(bootstrap: str, topic: str, visits: list[dict[str, Any]], source: str) -> float:
    """Send every visit and wait for the broker's acks; returns the seconds it took."""
    producer = Producer({"bootstrap.servers": bootstrap, "acks": "all", "enable.idempotence": True})
    failures: list[str] = []

    def delivered(error: Any, _message: Any) -> None:
        if error is not None:
            failures.append(str(error))

    started = time.perf_counter()
    for visit in visits:
        subject = str(visit["visit_id"])
        while True:
            try:
                producer.produce(
                    topic,
                    key=subject.encode(),
                    value=json.dumps(visit).encode(),
                    headers=cloudevent_headers(subject, source),
                    on_delivery=delivered,
                )
                break
            except BufferError:  # the local queue is full: let it drain
                producer.poll(0.1)
        producer.poll(0)
    left = producer.flush(30)
    if left or failures:
        raise KafkaException(f"{left} not delivered; errors: {failures[:3]}")
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bootstrap", default="127.0.0.1:9092")
    parser.add_argument("--prefix", default="medstream.", help="topic prefix")
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--first-id", type=int, default=9_000_000_000)
    parser.add_argument("--first-patient-id", type=int, default=9_000_000_000)
    parser.add_argument("--date", default=date.today().isoformat(), help="visit date, ISO")
    parser.add_argument("--city", default="Moscow")
    parser.add_argument("--district", default="Western")
    parser.add_argument("--department", default="Therapy")
    parser.add_argument("--icd10", default=None, help="one ICD-10 code for all (default: mixed)")
    parser.add_argument("--source", default="/hospital/his-example")
    args = parser.parse_args(argv)
    visits = make_visits(args)
    seconds = publish(args.bootstrap, f"{args.prefix}visits", visits, args.source)
    print(f"published {len(visits)} visits in {seconds:.2f}s", file=sys.stderr)
    print(json.dumps({"published": len(visits), "seconds": round(seconds, 3)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
