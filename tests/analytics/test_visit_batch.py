"""A micro-batch of visits: new, duplicate or rejected with its reason, then one commit."""

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from medstream_analytics import live_store
from medstream_analytics.executor import Warehouse
from medstream_analytics.visit_batch import (
    PreparedBatch,
    Reason,
    age_at,
    apply,
    decode_visit,
    prepare,
)

from tests.analytics.live_visits import (
    FIRST_LIVE_ID,
    TOPIC,
    record,
    records,
    small_warehouse,
    visit,
)


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return small_warehouse(tmp_path_factory.mktemp("visit-batch"))


@pytest.fixture
def warehouse(base: Path, tmp_path: Path) -> Iterator[Warehouse]:
    opened = Warehouse(base, timeout_seconds=5, max_rows=1000, live=str(tmp_path / "live.duckdb"))
    yield opened
    opened.close()


def run(warehouse: Warehouse, batch: list, seq: int = 1) -> PreparedBatch:
    prepared = warehouse.write(lambda c: prepare(c, batch))
    warehouse.write(lambda c: apply(c, prepared, topic=TOPIC, seq=seq))
    return prepared


def count(warehouse: Warehouse) -> int:
    return warehouse.run_sync(f"SELECT count(*) FROM visits WHERE visit_id >= {FIRST_LIVE_ID}")[1][
        0
    ][0]


def base_patient(warehouse: Warehouse) -> tuple[int, str, dt.date]:
    row = warehouse.run_sync("SELECT patient_id, sex, birth_date FROM patients LIMIT 1")[1][0]
    return row[0], row[1], dt.date.fromisoformat(row[2])


@pytest.mark.parametrize(
    ("born", "day", "age"),
    [
        (dt.date(1990, 6, 15), dt.date(2026, 6, 14), 35),
        (dt.date(1990, 6, 15), dt.date(2026, 6, 15), 36),
        (dt.date(2000, 2, 29), dt.date(2026, 2, 28), 25),
        (dt.date(2000, 2, 29), dt.date(2026, 3, 1), 26),
        (dt.date(2026, 1, 3), dt.date(2026, 1, 3), 0),
    ],
)
def test_age_is_completed_years(born: dt.date, day: dt.date, age: int) -> None:
    assert age_at(born, day) == age


def test_age_agrees_with_the_generated_warehouse(base: Path) -> None:
    with duckdb.connect(str(base), read_only=True) as connection:
        rows = connection.execute(
            "SELECT v.visit_date, p.birth_date, v.age_at_visit "
            "FROM visits v JOIN patients p USING (patient_id)"
        ).fetchall()
    assert [age_at(born, day) for day, born, _ in rows] == [age for _, _, age in rows]


def test_new_visits_and_their_patient_are_written_with_the_offsets(warehouse: Warehouse) -> None:
    batch = run(warehouse, records(visit(FIRST_LIVE_ID), visit(FIRST_LIVE_ID + 5)))

    assert (len(batch.visits), len(batch.patients), batch.duplicates) == (2, 1, 0)
    assert count(warehouse) == 2
    assert warehouse.write(lambda c: live_store.stored_offsets(c, TOPIC)) == {0: 2}
    age = warehouse.run_sync(f"SELECT age_at_visit FROM visits WHERE visit_id = {FIRST_LIVE_ID}")
    assert age[1] == [[35]]


def test_a_batch_sent_twice_is_counted_once(warehouse: Warehouse) -> None:
    burst = records(*(visit(FIRST_LIVE_ID + i) for i in range(50)))

    first = run(warehouse, burst, seq=1)
    again = run(warehouse, burst, seq=2)
    within = run(warehouse, records(visit(FIRST_LIVE_ID + 99), visit(FIRST_LIVE_ID + 99)), seq=3)

    assert (len(first.visits), first.duplicates) == (50, 0)
    assert (len(again.visits), again.duplicates) == (0, 50)
    assert (len(within.visits), within.duplicates) == (1, 1)
    assert count(warehouse) == 51


def test_a_visit_the_base_warehouse_holds_is_a_duplicate(warehouse: Warehouse) -> None:
    batch = run(warehouse, records(visit(1)))

    assert (len(batch.visits), batch.duplicates, batch.rejections) == (0, 1, [])
    assert warehouse.run_sync("SELECT count(*) FROM visits")[1] == [[5000]]


def test_a_changed_live_visit_replaces_the_stored_one(warehouse: Warehouse) -> None:
    run(warehouse, records(visit(cost_rub=Decimal("10.00"))), seq=1)
    batch = run(warehouse, records(visit(cost_rub=Decimal("20.00"))), seq=2)

    assert len(batch.visits) == 1
    assert warehouse.run_sync(f"SELECT cost_rub FROM visits WHERE visit_id >= {FIRST_LIVE_ID}")[
        1
    ] == [[20.0]]


def test_bad_visits_are_rejected_with_the_reason(warehouse: Warehouse) -> None:
    patient_id, sex, born = base_patient(warehouse)
    other_sex = "M" if sex == "F" else "F"
    good = visit(FIRST_LIVE_ID + 1)
    wrong_key = record(good, offset=3)
    wrong_key = record(key=b"42", value=wrong_key.value, headers=list(wrong_key.headers), offset=3)
    batch = [
        record(visit(FIRST_LIVE_ID + 2, icd10_code="Z99.9"), offset=1),
        record(
            visit(
                FIRST_LIVE_ID + 3,
                patient_id=patient_id,
                patient={"sex": other_sex, "birth_date": born},
            ),
            offset=2,
        ),
        wrong_key,
        record(key=b"9", value=b"{not json", headers=[("ce_type", b"medstream.visit.recorded")]),
        record(good, offset=5),
    ]

    prepared = run(warehouse, batch)

    reasons = {r.kind: r.reason for r in prepared.rejections}
    assert set(reasons) == {Reason.DIAGNOSIS, Reason.PATIENT, Reason.KEY, Reason.INVALID}
    assert "Z99.9" in reasons[Reason.DIAGNOSIS]
    assert f"patient {patient_id} is recorded as sex {sex}" in reasons[Reason.PATIENT]
    assert "not the visit id" in reasons[Reason.KEY]
    assert count(warehouse) == 1
    assert warehouse.write(lambda c: live_store.stored_offsets(c, TOPIC)) == {0: 6}


def test_the_same_patient_with_the_same_data_is_accepted(warehouse: Warehouse) -> None:
    patient_id, sex, born = base_patient(warehouse)

    batch = run(
        warehouse,
        records(visit(patient_id=patient_id, patient={"sex": sex, "birth_date": born})),
    )

    assert (len(batch.visits), batch.patients, batch.rejections) == (1, [], [])


def test_another_event_type_on_the_topic_is_invalid() -> None:
    from medstream_shared.events.envelope import encode
    from medstream_shared.events.models import ReportFailed

    message = encode(ReportFailed(request_id="r", user_id="u", reason="x"), source="/t")
    outcome = decode_visit(
        record(key=b"r", value=message.value, headers=list(message.headers.items()))
    )

    assert not hasattr(outcome, "visit_id")
    assert "does not belong on the visits topic" in outcome.reason  # type: ignore[union-attr]


def test_a_summary_lists_what_the_accepted_visits_hold(warehouse: Warehouse) -> None:
    batch = run(
        warehouse,
        records(
            visit(FIRST_LIVE_ID, city="Tver", district="Zavolzhsky"),
            visit(FIRST_LIVE_ID + 1, visit_date=dt.date(2026, 1, 5)),
        ),
    )

    assert batch.summary.places == {("Tver", "Zavolzhsky"), ("Moscow", "Western")}
    assert (batch.summary.first_date, batch.summary.last_date) == (
        dt.date(2026, 1, 3),
        dt.date(2026, 1, 5),
    )
