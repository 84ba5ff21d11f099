"""One micro-batch of ``medstream.visits`` records: decoded, checked, then written at once.

:func:`prepare` reads (the warehouse's diagnoses, the visits and patients already known) and
decides per record: a new visit, a duplicate (its id is in the base warehouse, or in the
live store with the same content, or later in the same batch), or a rejection with the reason
(not a valid ``medstream.visit.recorded``, a key that is not its visit id, an ICD-10 code the
warehouse does not know, a patient known with another sex or birth date). :func:`apply`
writes the visits, the new patients and the partitions' next offsets in one transaction.

Between the two the consumer dead-letters the rejections and waits for the broker's acks,
so a crash never loses a rejection: the batch is read again from the stored offsets.

A live visit sent again with other content replaces the stored one: the topic is
compacted by visit id, so a replica rebuilt from it sees only the newest version, and
every replica must agree with it. A visit the base warehouse holds is never replaced.
"""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import duckdb
from aiokafka import ConsumerRecord
from medstream_shared.constants import EventType
from medstream_shared.events.envelope import InvalidEvent, decode
from medstream_shared.events.models import VisitRecorded

from medstream_analytics.live_store import BASE, Row, store_offsets, upsert_live


class Reason:
    """Closed set of rejection kinds (the metric's label); the message says the details."""

    INVALID = "invalid_event"
    KEY = "key_mismatch"
    DIAGNOSIS = "unknown_diagnosis"
    PATIENT = "patient_conflict"


@dataclass(frozen=True)
class Rejection:
    record: ConsumerRecord[bytes, bytes]
    kind: str
    reason: str


@dataclass
class BatchSummary:
    """What the accepted visits hold that the catalog may not (places, dates, codes…)."""

    places: set[tuple[str, str]] = field(default_factory=set)
    departments: set[str] = field(default_factory=set)
    visit_types: set[str] = field(default_factory=set)
    codes: set[str] = field(default_factory=set)
    first_date: dt.date | None = None
    last_date: dt.date | None = None

    def add(self, visit: VisitRecorded) -> None:
        self.places.add((visit.city, visit.district))
        self.departments.add(visit.department)
        self.visit_types.add(visit.visit_type)
        self.codes.add(visit.icd10_code)
        day = visit.visit_date
        self.first_date = day if self.first_date is None else min(self.first_date, day)
        self.last_date = day if self.last_date is None else max(self.last_date, day)


@dataclass
class PreparedBatch:
    visits: list[Row]
    patients: list[Row]
    rejections: list[Rejection]
    duplicates: int
    offsets: dict[int, int]
    """The next offset of each partition the batch covers (stored with the rows)."""
    summary: BatchSummary


def age_at(birth_date: dt.date, day: dt.date) -> int:
    """Completed years on ``day`` (a birthday on 29 February counts from 1 March)."""
    before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
    return day.year - birth_date.year - int(before_birthday)


def visit_row(visit: VisitRecorded) -> Row:
    return (
        visit.visit_id,
        visit.patient_id,
        visit.visit_date,
        visit.city,
        visit.district,
        visit.icd10_code,
        visit.department,
        visit.visit_type,
        age_at(visit.patient.birth_date, visit.visit_date),
        visit.cost_rub,
    )


def decode_visit(record: ConsumerRecord[bytes, bytes]) -> VisitRecorded | Rejection:
    """The record's visit, or why it is not one."""
    try:
        envelope = decode(record.headers, record.key, record.value)
    except InvalidEvent as exc:
        return Rejection(record, Reason.INVALID, str(exc))
    if envelope.type is not EventType.VISIT_RECORDED:
        return Rejection(
            record, Reason.INVALID, f"{envelope.type.value} does not belong on the visits topic"
        )
    visit = envelope.data_as(VisitRecorded)
    key = record.key.decode(errors="replace") if record.key is not None else None
    if key != str(visit.visit_id):
        return Rejection(
            record,
            Reason.KEY,
            f"the message key {key!r} is not the visit id {visit.visit_id} "
            "(the topic is compacted by visit id)",
        )
    return visit


def _ids(values: Sequence[int]) -> list[list[int]]:
    return [list(values)]


def _lookups(
    connection: duckdb.DuckDBPyConnection, visits: list[VisitRecorded]
) -> tuple[set[str], set[int], dict[int, Row], dict[int, tuple[str, dt.date]]]:
    visit_ids = _ids([v.visit_id for v in visits])
    codes = {row[0] for row in connection.execute("SELECT icd10_code FROM diagnoses").fetchall()}
    in_base = {
        row[0]
        for row in connection.execute(
            f"SELECT visit_id FROM {BASE}.main.visits "
            "WHERE visit_id IN (SELECT unnest($1::BIGINT[]))",
            visit_ids,
        ).fetchall()
    }
    live = {
        row[0]: tuple(row)
        for row in connection.execute(
            "SELECT * EXCLUDE (seq) FROM live_visits "
            "WHERE visit_id IN (SELECT unnest($1::BIGINT[]))",
            visit_ids,
        ).fetchall()
    }
    patients = {
        row[0]: (row[1], row[2])
        for row in connection.execute(
            "SELECT patient_id, sex, birth_date FROM patients "
            "WHERE patient_id IN (SELECT unnest($1::BIGINT[]))",
            _ids(list({v.patient_id for v in visits})),
        ).fetchall()
    }
    return codes, in_base, live, patients


def prepare(
    connection: duckdb.DuckDBPyConnection, records: Sequence[ConsumerRecord[bytes, bytes]]
) -> PreparedBatch:
    """Decide what each record is; reads only (the single writer keeps the answer valid)."""
    decoded: list[tuple[ConsumerRecord[bytes, bytes], VisitRecorded]] = []
    rejections: list[Rejection] = []
    offsets: dict[int, int] = {}
    for record in records:
        offsets[record.partition] = max(offsets.get(record.partition, 0), record.offset + 1)
        outcome = decode_visit(record)
        if isinstance(outcome, Rejection):
            rejections.append(outcome)
        else:
            decoded.append((record, outcome))
    if not decoded:
        return PreparedBatch([], [], rejections, 0, offsets, BatchSummary())
    codes, in_base, live, patients = _lookups(connection, [visit for _, visit in decoded])
    accepted: dict[int, tuple[VisitRecorded, Row]] = {}
    new_patients: dict[int, Row] = {}
    duplicates = 0
    for record, visit in decoded:
        row = visit_row(visit)
        if visit.visit_id in in_base or live.get(visit.visit_id) == row:
            duplicates += 1
            continue
        if visit.icd10_code not in codes:
            rejections.append(
                Rejection(
                    record,
                    Reason.DIAGNOSIS,
                    f"icd10_code {visit.icd10_code!r} is not in the warehouse's diagnoses",
                )
            )
            continue
        known = patients.get(visit.patient_id)
        given = (visit.patient.sex, visit.patient.birth_date)
        if known is not None and tuple(known) != given:
            rejections.append(
                Rejection(
                    record,
                    Reason.PATIENT,
                    f"patient {visit.patient_id} is recorded as sex {known[0]}, born "
                    f"{known[1]}; this visit says sex {given[0]}, born {given[1]}",
                )
            )
            continue
        if known is None:
            patients[visit.patient_id] = given
            new_patients[visit.patient_id] = (
                visit.patient_id,
                visit.patient.sex,
                visit.patient.birth_date,
                visit.city,
                visit.district,
            )
        if visit.visit_id in accepted:
            duplicates += 1
        accepted[visit.visit_id] = (visit, row)
    summary = BatchSummary()
    for visit, _row in accepted.values():
        summary.add(visit)
    return PreparedBatch(
        visits=[row for _visit, row in accepted.values()],
        patients=list(new_patients.values()),
        rejections=rejections,
        duplicates=duplicates,
        offsets=offsets,
        summary=summary,
    )


def apply(
    connection: duckdb.DuckDBPyConnection, batch: PreparedBatch, *, topic: str, seq: int
) -> None:
    """Write the batch's rows and its partitions' next offsets in one transaction."""
    connection.execute("BEGIN")
    try:
        upsert_live(connection, batch.visits, batch.patients, seq=seq)
        store_offsets(connection, topic, batch.offsets)
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise


def describe(batch: PreparedBatch) -> dict[str, Any]:
    return {
        "visits": len(batch.visits),
        "patients": len(batch.patients),
        "duplicates": batch.duplicates,
        "rejected": len(batch.rejections),
    }
