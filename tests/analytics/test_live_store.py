"""The live store: the base warehouse read-only, live rows beside it, one set of tables."""

import datetime as dt
import os
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from medstream_analytics import live_store
from medstream_analytics.executor import LiveStoreInUse, Warehouse
from medstream_analytics.guard import SqlGuard, UnsafeSql

from tests.analytics.live_visits import FIRST_LIVE_ID, small_warehouse

VISIT = (
    FIRST_LIVE_ID,
    FIRST_LIVE_ID + 1,
    dt.date(2026, 1, 3),
    "Tver",
    "Zavolzhsky",
    "J06",
    "Therapy",
    "outpatient",
    35,
    Decimal("1500.25"),
)
PATIENT = (FIRST_LIVE_ID + 1, "M", dt.date(1990, 6, 15), "Tver", "Zavolzhsky")


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return small_warehouse(tmp_path_factory.mktemp("live-store"))


@pytest.fixture
def live(base: Path, tmp_path: Path) -> Iterator[Warehouse]:
    opened = Warehouse(base, timeout_seconds=5, max_rows=1000, live=str(tmp_path / "live.duckdb"))
    yield opened
    opened.close()


def write(warehouse: Warehouse, visits: list, patients: list, seq: int = 1) -> None:
    def work(connection: duckdb.DuckDBPyConnection) -> None:
        connection.execute("BEGIN")
        live_store.upsert_live(connection, visits, patients, seq=seq)
        live_store.store_offsets(connection, "t", {0: seq * 10})
        connection.execute("COMMIT")

    warehouse.write(work)


def test_the_tables_are_the_base_plus_the_live_rows_with_the_same_columns(
    base: Path, live: Warehouse
) -> None:
    plain = Warehouse(base, timeout_seconds=5, max_rows=1000)
    try:
        for table in ("visits", "patients", "diagnoses"):
            sql = f"SELECT * FROM {table} ORDER BY 1 LIMIT 3"
            assert live.run_sync(sql) == plain.run_sync(sql)
        describe = "SELECT column_name, column_type FROM (DESCRIBE visits)"
        assert live.run_sync(describe) == plain.run_sync(describe)
    finally:
        plain.close()

    write(live, [VISIT], [PATIENT])

    assert live.run_sync("SELECT count(*) FROM visits")[1] == [[5001]]
    assert live.run_sync(f"SELECT sex FROM patients WHERE patient_id = {PATIENT[0]}")[1] == [["M"]]
    assert live.refresh_catalog().last_date == dt.date(2026, 1, 3)
    assert "Tver" in {city.value for city in live.catalog.cities}


def test_rows_and_offsets_survive_a_restart(base: Path, tmp_path: Path) -> None:
    path = str(tmp_path / "live.duckdb")
    first = Warehouse(base, timeout_seconds=5, max_rows=10, live=path)
    write(first, [VISIT], [PATIENT], seq=3)
    first.close()

    again = Warehouse(base, timeout_seconds=5, max_rows=10, live=path)
    try:
        assert again.catalog.visits == 5001
        assert again.write(lambda c: live_store.stored_offsets(c, "t")) == {0: 30}
        assert again.write(live_store.last_seq) == 3
    finally:
        again.close()


def test_a_newer_version_of_a_live_visit_replaces_it(live: Warehouse) -> None:
    write(live, [VISIT], [PATIENT], seq=1)
    write(live, [(*VISIT[:9], Decimal("99.00"))], [], seq=2)

    assert live.run_sync(f"SELECT cost_rub FROM visits WHERE visit_id = {VISIT[0]}")[1] == [[99.0]]


def test_a_sandbox_copy_gets_the_rows_it_lacks(base: Path, live: Warehouse) -> None:
    copy = Warehouse(base, timeout_seconds=5, max_rows=10, live=":memory:")
    try:
        write(live, [VISIT], [PATIENT], seq=1)
        push = live.write(lambda c: live_store.rows_since(c, 0))
        copy.write(lambda c: live_store.apply_push(c, push))
        assert push[0] == 1
        assert live.write(lambda c: live_store.rows_since(c, 1)) == (1, [], [])

        sql = "SELECT count(*), sum(cost_rub) FROM visits"
        assert copy.run_sync(sql) == live.run_sync(sql)
    finally:
        copy.close()


def test_live_rows_a_new_base_holds_are_dropped(live: Warehouse) -> None:
    write(live, [VISIT, (1, *VISIT[1:])], [PATIENT])  # visit 1 is a base visit

    assert live.write(live_store.prune_against_base) == 1
    assert live.run_sync("SELECT count(*) FROM visits")[1] == [[5001]]


def test_guarded_sql_reaches_only_the_views(live: Warehouse) -> None:
    guard = SqlGuard(max_limit=100)

    for sql in (
        "SELECT * FROM live_visits",
        "SELECT * FROM warehouse_base.main.visits",
        "SELECT * FROM warehouse_base.visits",
    ):
        with pytest.raises(UnsafeSql):
            guard.validate(sql)
    live.run_sync(guard.validate("SELECT count(*) FROM visits"))


def test_the_configuration_stays_locked(live: Warehouse) -> None:
    with pytest.raises(duckdb.Error):
        live.run_sync("SET enable_external_access = true")
    with pytest.raises(duckdb.Error):
        live.run_sync("SELECT * FROM read_csv('/etc/hostname')")


def test_a_live_store_in_use_by_another_process_is_refused_clearly(
    base: Path, tmp_path: Path
) -> None:
    import subprocess
    import sys

    path = tmp_path / "shared.duckdb"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb, sys, time; c = duckdb.connect({str(path)!r}); "
            "print('open', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(LiveStoreInUse, match="MEDSTREAM_REPLICA_ID"):
            Warehouse(base, timeout_seconds=5, max_rows=10, live=str(path))
    finally:
        holder.kill()
        holder.wait()


def test_a_swapped_base_keeps_the_live_rows_it_lacks(tmp_path: Path) -> None:
    from medstream_analytics.warehouse.generate import generate

    served = tmp_path / "warehouse.duckdb"
    generate(served, rows=2_000, seed=1)
    warehouse = Warehouse(
        served, timeout_seconds=5, max_rows=10, live=str(tmp_path / "live.duckdb")
    )
    try:
        write(warehouse, [VISIT, (2_500, *VISIT[1:])], [PATIENT])  # 2,500: in the next base
        generate(tmp_path / "next.duckdb", rows=3_000, seed=2)
        os.replace(tmp_path / "next.duckdb", served)

        assert warehouse.reload_if_changed() is not None
        assert warehouse.write(live_store.prune_against_base) == 1
        assert warehouse.refresh_catalog().visits == 3_001
        assert warehouse.run_sync("SELECT count(*) FROM visits WHERE visit_id = 2500")[1] == [[1]]
    finally:
        warehouse.close()
